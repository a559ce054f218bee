import type { CaseRead } from '@kassabon/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { caseWriteOf } from '../lib/case-draft.ts';
import { caseQueryKey } from './get-case.ts';

export type SaveCaseInput = {
  /** The code the case had when it was read: a changed `draft.code` renames it. */
  code: string;
  draft: CaseRead;
  readVersion: number;
};

/** PUT /cases/{code}: the whole draft, refused with 409 when another save came first. */
export function saveCase({ code, draft, readVersion }: SaveCaseInput): Promise<CaseRead> {
  return apiRequest<CaseRead>(`/cases/${encodeURIComponent(code)}`, {
    method: 'PUT',
    json: caseWriteOf(draft, readVersion),
  });
}

export function useSaveCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveCase,
    onSuccess: async (written, { code }) => {
      if (written.code !== code)
        queryClient.removeQueries({ queryKey: caseQueryKey(code), exact: true });
      queryClient.setQueryData(caseQueryKey(written.code), written);
      // Everything else may change with the case (lists, figures); this copy is the newest.
      const [feature, kind] = caseQueryKey(written.code);
      await queryClient.invalidateQueries({
        predicate: ({ queryKey: [first, second, third] }) =>
          !(first === feature && second === kind && third === written.code),
      });
    },
  });
}
