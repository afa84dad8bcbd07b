import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import { notificationsQueryKey } from './get-notifications';

/** `POST /api/v1/me/notifications/read-all` → `{marked}`. */
export function markAllRead(): Promise<{ marked: number }> {
  return apiRequest<{ marked: number }>('POST', '/api/v1/me/notifications/read-all');
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markAllRead,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: notificationsQueryKey }),
  });
}
