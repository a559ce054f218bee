import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { caseQueryKey } from './get-case.ts';

/** Deletes a case and everything in it (admins and analysts). */
export function deleteCase(code: string): Promise<void> {
  return apiRequest<void>(`/cases/${encodeURIComponent(code)}`, { method: 'DELETE' });
}

export function useDeleteCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteCase,
    onSuccess: async (_nothing, code) => {
      queryClient.removeQueries({ queryKey: caseQueryKey(code), exact: true });
      await queryClient.invalidateQueries();
    },
  });
}
