import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { apiRequest, setCsrfToken } from '../../../lib/api-client.ts';

export function signOut(): Promise<void> {
  return apiRequest<void>('/session', { method: 'DELETE', redirectOnUnauthenticated: false });
}

/** Signs out; whatever the server answers, this browser forgets the session. */
export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: signOut,
    onSettled: async () => {
      setCsrfToken(null);
      await navigate('/login', { replace: true });
      // Only once the signed-in pages are gone, so that none of them fetches again.
      queryClient.clear();
    },
  });
}
