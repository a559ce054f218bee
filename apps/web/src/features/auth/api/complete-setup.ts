import type { Session, SetupRequest } from '@kassabon/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { startSession } from '../../../lib/session.ts';

export function completeSetup(request: SetupRequest): Promise<Session> {
  return apiRequest<Session>('/setup', { method: 'POST', json: request });
}

export function useCompleteSetup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: completeSetup,
    onSuccess: (session) => startSession(queryClient, session),
  });
}
