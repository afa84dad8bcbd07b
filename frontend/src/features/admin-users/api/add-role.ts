import { useMutation, useQueryClient } from '@tanstack/react-query';
import * as z from 'zod/mini';

import { apiRequest } from '@/lib/api-client';
import { ROLES } from '@/lib/roles';

import { TENANT_KIND, TENANT_PATTERN, type AdminUser, type Grant } from '../types';

import { userListQueryKey } from './get-users';

/** Messages are `validation.*` keys: the tenant must fit the role (none for DLA_ADMIN). */
export const grantSchema = z
  .object({
    role: z.enum(ROLES as [Grant['role'], ...Grant['role'][]], 'required'),
    tenant: z.string().check(z.trim()),
  })
  .check(
    z.superRefine(({ role, tenant }, ctx) => {
      const kind = TENANT_KIND[role];
      if (kind === null) return;
      if (!tenant) ctx.issues.push({ code: 'custom', message: 'required', path: ['tenant'], input: tenant });
      else if (!TENANT_PATTERN[kind].test(tenant)) {
        ctx.issues.push({ code: 'custom', message: `tenant.${kind}`, path: ['tenant'], input: tenant });
      }
    }),
  );

/** `POST /api/v1/admin/users/{id}/roles {role, tenant}` → the user. */
export function addRole({ userId, grant }: { userId: string; grant: Grant }): Promise<AdminUser> {
  return apiRequest<AdminUser>('POST', '/api/v1/admin/users/{id}/roles', { path: { id: userId }, body: grant });
}

export function useAddRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addRole,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userListQueryKey }),
  });
}
