/** The roles of the identity module (from the generated API types) in display order. */
import type { GetResponse } from './api/types';

export type Role = GetResponse<'/api/v1/me'>['roles'][number];

/** A Record so that a new role on the server fails compilation here. */
const ROLE_ORDER: Record<Role, number> = {
  BUYER: 0,
  LAO_OFFICER: 1,
  PROVINCE_OFFICER: 2,
  DLA_ADMIN: 3,
};

export const ROLES: readonly Role[] = (Object.keys(ROLE_ORDER) as Role[]).sort((a, b) => ROLE_ORDER[a] - ROLE_ORDER[b]);

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && value in ROLE_ORDER;
}
