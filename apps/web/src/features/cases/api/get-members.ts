import type { Member } from '@kassabon/contract';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';

/** The organisation's members, to link a participant to a user account (admins, analysts). */
export async function getMembers(signal?: AbortSignal): Promise<Member[]> {
  return (await apiRequest<{ members: Member[] }>('/members', { signal })).members;
}

export const membersQueryOptions = () =>
  queryOptions({ queryKey: ['members'], queryFn: ({ signal }) => getMembers(signal) });

/** Only asked for where the user may link accounts: others get a 403 for it. */
export function useMembers({ enabled }: { enabled: boolean }) {
  return useQuery({ ...membersQueryOptions(), enabled });
}
