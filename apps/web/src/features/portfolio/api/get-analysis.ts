import type { FileAnalysis } from '@kassabon/engine';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

/** The analysis of the organisation's visible cases: a viewer gets the portfolio only. */
export const analysisQueryOptions = () =>
  queryOptions({
    queryKey: ['analysis'],
    queryFn: ({ signal }) => apiRequest<FileAnalysis>('/analysis', { signal }),
  });

export function useAnalysis() {
  return useQuery(analysisQueryOptions());
}
