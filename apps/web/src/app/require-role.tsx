import type { Role } from '@kassabon/contract';
import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import { useSession } from '../lib/session.ts';

/**
 * A page for some roles only; others go to the start page. The API refuses them anyway: this
 * only keeps them from a page that could not work for them.
 */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { role } = useSession();
  return roles.includes(role) ? children : <Navigate to="/" replace />;
}
