import type { CaseRead } from '@kassabon/contract';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { CASES_KEY } from './cases-key.ts';

export function getCase(code: string, signal?: AbortSignal): Promise<CaseRead> {
  return apiRequest<CaseRead>(`/cases/${encodeURIComponent(code)}`, { signal });
}

export const caseQueryKey = (code: string) => [CASES_KEY, 'detail', code] as const;

export const caseQueryOptions = (code: string) =>
  queryOptions({
    queryKey: caseQueryKey(code),
    queryFn: ({ signal }) => getCase(code, signal),
    // The workspace edits its own copy; reading the case again behind its back helps no one.
    refetchOnWindowFocus: false,
  });

export function useCase(code: string) {
  return useQuery(caseQueryOptions(code));
}
