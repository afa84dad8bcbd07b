/** Users and their role grants, administered by DLA. Shapes from the generated OpenAPI schema. */
import type { components } from '@/lib/api/schema';
import type { GetResponse } from '@/lib/api/types';
import type { Role } from '@/lib/roles';

export type { Role };

/** A role in a tenant: LAO code (LAO_OFFICER), province code (PROVINCE_OFFICER), buyer id (BUYER), none (DLA_ADMIN). */
export type Grant = components['schemas']['RoleGrant'];
export type UserPage = GetResponse<'/api/v1/admin/users'>;
export type AdminUser = UserPage['items'][number];
export type UserListQuery = {
  q?: string | undefined;
  role?: Role | undefined;
  page?: number | undefined;
  size?: number | undefined;
};

/** What the tenant of each role is, and how it looks. */
export const TENANT_KIND: Record<Role, 'buyer' | 'lao' | 'province' | null> = {
  BUYER: 'buyer',
  LAO_OFFICER: 'lao',
  PROVINCE_OFFICER: 'province',
  DLA_ADMIN: null,
};

export const TENANT_PATTERN: Record<'buyer' | 'lao' | 'province', RegExp> = {
  lao: /^\d{7}$/,
  province: /^\d{2}$/,
  buyer: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
};
