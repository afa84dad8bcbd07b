import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';

import { ErrorState } from '@/components/ui/error-state';
import { PageSpinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import type { Role } from '@/lib/roles';

import { useSession } from '../hooks/use-session';

import { NotAllowed } from './not-allowed';

type RequireRoleProps = {
  /** Any one of these roles lets the person in. */
  roles: readonly Role[];
  children: ReactNode;
};

/**
 * Route guard: anonymous people go to the sign-in page (and come back here afterwards); people without the
 * role see why they cannot enter. The server checks again on every call; this only spares people dead ends.
 */
export function RequireRole({ roles, children }: RequireRoleProps) {
  const session = useSession();
  const location = useLocation();

  if (session.status === 'pending') return <PageSpinner />;
  if (session.status === 'error') return <ErrorState error={session.error} onRetry={session.retry} />;
  if (session.status === 'anonymous') {
    return <Navigate to={paths.signIn.getHref(`${location.pathname}${location.search}`)} replace />;
  }
  if (!session.hasRole(...roles)) return <NotAllowed roles={roles} yourRoles={session.user.roles} />;
  return children;
}
