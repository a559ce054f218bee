import type { CaseList } from '@kassabon/contract';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { type CaseListSearch, listQueryOf } from '../lib/list-search.ts';
import { CASES_KEY } from './cases-key.ts';

export function getCases(search: CaseListSearch, signal?: AbortSignal): Promise<CaseList> {
  return apiRequest<CaseList>('/cases', { query: listQueryOf(search), signal });
}

export const casesQueryOptions = (search: CaseListSearch) =>
  queryOptions({
    queryKey: [CASES_KEY, 'list', search],
    queryFn: ({ signal }) => getCases(search, signal),
    // The table keeps the previous page while the next loads, instead of jumping to a spinner.
    placeholderData: keepPreviousData,
  });

export function useCases(search: CaseListSearch) {
  return useQuery(casesQueryOptions(search));
}
