import { isRole, type Role } from '@/lib/roles';

import { USER_PAGE_SIZE } from '../api/get-users';
import type { UserListQuery } from '../types';

export type UserFilters = { q: string; role: Role | ''; page: number };

export function parseUserSearchParams(params: URLSearchParams): UserFilters {
  const role = params.get('role');
  const page = Number(params.get('page'));
  return {
    q: (params.get('q') ?? '').trim().slice(0, 100),
    role: isRole(role) ? role : '',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

export function toUserQuery(filters: UserFilters): UserListQuery {
  return {
    ...(filters.q ? { q: filters.q } : {}),
    ...(filters.role ? { role: filters.role } : {}),
    page: filters.page - 1,
    size: USER_PAGE_SIZE,
  };
}
