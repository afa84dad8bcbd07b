import { queryOptions, useQuery } from '@tanstack/react-query';

import { apiGet } from '@/lib/api-client';

import { notificationsQueryKey } from './get-notifications';

export const UNREAD_POLL_MS = 30_000;

/** `GET /api/v1/me/notifications/unread-count`: polled every 30 s while signed in, and again on window focus. */
export function getUnreadCountQueryOptions() {
  return queryOptions({
    queryKey: [...notificationsQueryKey, 'unread-count'] as const,
    queryFn: ({ signal }) => apiGet('/api/v1/me/notifications/unread-count', { signal }),
    refetchInterval: UNREAD_POLL_MS,
    refetchOnWindowFocus: 'always',
    staleTime: 0,
  });
}

export function useUnreadCount({ enabled }: { enabled: boolean }) {
  return useQuery({ ...getUnreadCountQueryOptions(), enabled });
}
