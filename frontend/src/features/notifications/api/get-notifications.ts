import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { apiGet } from '@/lib/api-client';

export const NOTIFICATIONS_PAGE_SIZE = 20;
export const notificationsQueryKey = ['notifications'] as const;

/** `GET /api/v1/me/notifications?unread=&page=&size=` (the signed-in person's inbox, newest first). */
export function getNotificationsQueryOptions(unread: boolean, page: number) {
  return queryOptions({
    queryKey: [...notificationsQueryKey, 'list', { unread, page }] as const,
    queryFn: ({ signal }) =>
      apiGet('/api/v1/me/notifications', { query: { unread, page, size: NOTIFICATIONS_PAGE_SIZE }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useNotifications(unread: boolean, page: number) {
  return useQuery(getNotificationsQueryOptions(unread, page));
}
