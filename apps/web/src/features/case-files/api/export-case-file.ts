import type { CaseFile } from '@kassabon/engine';
import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

export function exportCaseFile(): Promise<CaseFile> {
  return apiRequest<CaseFile>('/export');
}

/** Fetches all visible cases and hands them to the browser as a file; returns its name. */
export function useExportCaseFile() {
  return useMutation({
    mutationFn: async () => {
      const caseFile = await exportCaseFile();
      const filename = `kassabon-${new Date().toISOString().slice(0, 10)}.json`;
      const url = URL.createObjectURL(
        new Blob([`${JSON.stringify(caseFile, null, 2)}\n`], { type: 'application/json' }),
      );
      const link = document.createElement('a');
      link.href = url;
      link.download = filename;
      link.click();
      // Later, not at once: some browsers read the blob after click() has returned.
      setTimeout(() => URL.revokeObjectURL(url), 1000);
      return filename;
    },
  });
}
