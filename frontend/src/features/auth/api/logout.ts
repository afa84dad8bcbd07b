import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiPost } from '@/lib/api-client';
import { clearSessionToken } from '@/lib/session-token';

/** `POST /api/v1/auth/logout`: revokes the session on the server; the token is forgotten here in any case. */
export async function logout(): Promise<void> {
  try {
    await apiPost('/api/v1/auth/logout', { auth: false });
  } finally {
    clearSessionToken();
  }
}

/** Query keys that hold public data, which may outlive a session; everything else is the person's own. */
const PUBLIC_QUERY_ROOTS: ReadonlySet<unknown> = new Set(['directory']);

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: () => queryClient.removeQueries({ predicate: (query) => !PUBLIC_QUERY_ROOTS.has(query.queryKey[0]) }),
  });
}
