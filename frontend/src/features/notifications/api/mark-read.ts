import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import { notificationsQueryKey } from './get-notifications';

/** `POST /api/v1/me/notifications/{id}/read` → 204. */
export function markRead({ id }: { id: string }): Promise<void> {
  return apiRequest<void>('POST', '/api/v1/me/notifications/{id}/read', { path: { id } });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markRead,
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: notificationsQueryKey }),
  });
}
