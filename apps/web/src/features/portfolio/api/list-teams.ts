import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

/** The teams named on the cases, for the filter; for those who may list cases only. */
export const teamsQueryOptions = () =>
  queryOptions({
    queryKey: ['teams'],
    queryFn: ({ signal }) => apiRequest<{ teams: string[] }>('/teams', { signal }),
  });

export function useTeams(enabled: boolean) {
  return useQuery({ ...teamsQueryOptions(), enabled });
}
