import type { Session, SwitchOrganisationRequest } from '@kassabon/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { startSession } from '../../../lib/session.ts';

export function switchOrganisation(request: SwitchOrganisationRequest): Promise<Session> {
  return apiRequest<Session>('/session/organisation', { method: 'PUT', json: request });
}

export function useSwitchOrganisation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: switchOrganisation,
    onSuccess: (session) => startSession(queryClient, session),
  });
}
