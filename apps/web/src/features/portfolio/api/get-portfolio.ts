import type { CaseFilter, PortfolioReport } from '@kassabon/contract';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

/**
 * The portfolio and its monitor over the cases the user may see, filtered. Viewers get it
 * too (quotes left out), and only over 5 cases or more: else a 403 with the count.
 */
export const portfolioQueryOptions = (filter: CaseFilter) =>
  queryOptions({
    queryKey: ['portfolio', filter],
    queryFn: ({ signal }) => apiRequest<PortfolioReport>('/portfolio', { signal, query: filter }),
    // Changing a filter keeps the figures in view until the new ones arrive.
    placeholderData: keepPreviousData,
  });

export function usePortfolio(filter: CaseFilter) {
  return useQuery(portfolioQueryOptions(filter));
}
