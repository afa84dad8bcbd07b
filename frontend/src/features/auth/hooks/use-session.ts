import { useEffect, useSyncExternalStore } from 'react';

import { isApiProblem } from '@/lib/api-problem';
import type { Role } from '@/lib/roles';
import { getSessionToken, refreshSessionToken, subscribeSessionToken } from '@/lib/session-token';

import { useMe } from '../api/get-me';
import type { Me } from '../types';

export type Session =
  | { status: 'pending'; user: undefined; error: undefined }
  | { status: 'anonymous'; user: undefined; error: undefined }
  | { status: 'authenticated'; user: Me; error: undefined }
  /** Signed in, but the person could not be read (network, server): neither anonymous nor known. */
  | { status: 'error'; user: undefined; error: unknown; retry: () => void };

/**
 * The signed-in person (`GET /api/v1/me`) or anonymous. On first use after a page load it tries a silent refresh
 * (the refresh cookie survives reloads; the access token does not).
 */
export function useSession(): Session & { hasRole: (...roles: Role[]) => boolean } {
  const token = useSyncExternalStore(subscribeSessionToken, getSessionToken, getSessionToken);

  useEffect(() => {
    if (token.status === 'unknown') void refreshSessionToken();
  }, [token.status]);

  const me = useMe({ enabled: token.status === 'authenticated' });

  let session: Session;
  if (token.status === 'unknown') {
    session = { status: 'pending', user: undefined, error: undefined };
  } else if (token.status === 'anonymous') {
    session = { status: 'anonymous', user: undefined, error: undefined };
  } else if (me.data) {
    session = { status: 'authenticated', user: me.data, error: undefined };
  } else if (me.isError) {
    session =
      isApiProblem(me.error) && me.error.status === 401
        ? { status: 'anonymous', user: undefined, error: undefined }
        : { status: 'error', user: undefined, error: me.error, retry: () => void me.refetch() };
  } else {
    session = { status: 'pending', user: undefined, error: undefined };
  }

  const roles = session.user?.roles ?? [];
  return { ...session, hasRole: (...wanted: Role[]) => wanted.some((role) => roles.includes(role)) };
}
