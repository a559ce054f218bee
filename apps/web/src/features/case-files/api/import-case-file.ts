import type { ImportQuery, ImportResult } from '@kassabon/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

export type ImportCaseFileInput = { file: File; mode: ImportQuery['mode'] };

const YAML_EXTENSION = /\.ya?ml$/i;

/** Sends the file as it is: the server parses it, so a syntax error comes back with its line. */
export async function importCaseFile({ file, mode }: ImportCaseFileInput): Promise<ImportResult> {
  const contentType = YAML_EXTENSION.test(file.name) ? 'application/yaml' : 'application/json';
  return apiRequest<ImportResult>('/import', {
    method: 'POST',
    query: { mode },
    text: { content: await file.text(), contentType },
  });
}

export function useImportCaseFile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importCaseFile,
    // Every figure may change with the cases; features do not know each other's query keys.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
