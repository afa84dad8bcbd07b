/** Users and their role grants, administered by DLA. Built on the `oidc` branch (TEAM.md). */
import type { Page } from '@/lib/api/page';
import type { Role } from '@/lib/roles';

export type { Role };

// Hand-written until the backend branch lands; then import from '@/lib/api/types'.
/** A role in a tenant: LAO code (LAO_OFFICER), province code (PROVINCE_OFFICER), buyer id (BUYER), none (DLA_ADMIN). */
export type Grant = { role: Role; tenant: string | null };

// Hand-written until the backend branch lands; then import from '@/lib/api/types'.
export type AdminUser = {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  emailVerified: boolean;
  enabled: boolean;
  grants: Grant[];
};

// Hand-written until the backend branch lands; then import from '@/lib/api/types'.
export type UserPage = Page<AdminUser>;

// Hand-written until the backend branch lands; then import from '@/lib/api/types'.
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
