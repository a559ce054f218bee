import type { CaseRead, CaseWrite } from '@kassabon/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { caseQueryKey } from './get-case.ts';

export type NewCase = Pick<CaseWrite, 'code' | 'title' | 'kind'>;

/** A new case with no receipts yet, priced from the organisation's active price list. */
export function createCase(input: NewCase): Promise<CaseRead> {
  return apiRequest<CaseRead>('/cases', { method: 'POST', json: { ...input, scenarios: [] } });
}

export function useCreateCase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCase,
    onSuccess: async (created) => {
      // Lists, teams and every figure may change with a case; features share no query keys.
      await queryClient.invalidateQueries();
      queryClient.setQueryData(caseQueryKey(created.code), created);
    },
  });
}
