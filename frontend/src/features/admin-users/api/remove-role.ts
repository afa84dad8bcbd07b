import { useMutation, useQueryClient } from '@tanstack/react-query';

import { apiRequest } from '@/lib/api-client';

import type { AdminUser, Grant } from '../types';

import { userListQueryKey } from './get-users';

/** `DELETE /api/v1/admin/users/{id}/roles/{role}?tenant=` → the user. */
export function removeRole({ userId, grant }: { userId: string; grant: Grant }): Promise<AdminUser> {
  return apiRequest<AdminUser>('DELETE', '/api/v1/admin/users/{id}/roles/{role}', {
    path: { id: userId, role: grant.role },
    query: { tenant: grant.tenant },
  });
}

export function useRemoveRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeRole,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userListQueryKey }),
  });
}
