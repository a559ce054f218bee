import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { CASES_KEY } from './cases-key.ts';

/** The teams named on the organisation's cases: the choices of the team filter and field. */
export async function getTeams(signal?: AbortSignal): Promise<string[]> {
  return (await apiRequest<{ teams: string[] }>('/teams', { signal })).teams;
}

export const teamsQueryOptions = () =>
  queryOptions({ queryKey: [CASES_KEY, 'teams'], queryFn: ({ signal }) => getTeams(signal) });

export function useTeams() {
  return useQuery(teamsQueryOptions());
}
