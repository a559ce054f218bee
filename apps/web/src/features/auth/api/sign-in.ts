import type { Session, SignInRequest } from '@kassabon/contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client.ts';
import { startSession } from '../../../lib/session.ts';

export function signIn(request: SignInRequest): Promise<Session> {
  // A 401 here is a wrong password, shown in the form; not an ended session.
  return apiRequest<Session>('/session', {
    method: 'POST',
    json: request,
    redirectOnUnauthenticated: false,
  });
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (session) => startSession(queryClient, session),
  });
}
