import { HttpResponse, http } from 'msw';

import type { AdminUser, Grant } from '@/features/admin-users/types';
import { PROBLEM_TYPES } from '@/lib/api-problem';
import { isRole } from '@/lib/roles';

import { authorise, mockUsers, type MockUser } from './auth';
import { API, problemResponse } from './directory';

function grantsOf(user: MockUser): Grant[] {
  return user.roles.map((role) => ({
    role,
    tenant:
      role === 'LAO_OFFICER'
        ? (user.laoCodes[0] ?? null)
        : role === 'PROVINCE_OFFICER'
          ? (user.provinceCodes[0] ?? null)
          : role === 'BUYER'
            ? (user.buyerId ?? null)
            : null,
  }));
}

function seed(): AdminUser[] {
  return Object.values(mockUsers).map((user: MockUser) => ({
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    email: `${user.username}@example.go.th`,
    emailVerified: user.username !== 'new.person',
    enabled: true,
    grants: grantsOf(user),
  }));
}

export const userDb = { users: seed() };

export function resetAdminUsersMock() {
  userDb.users = seed();
}

/** Behaves like the contract of the `oidc` branch (users and role grants). */
export const adminUserHandlers = [
  http.get(`${API}/admin/users`, ({ request }) => {
    const caller = authorise(request, 'DLA_ADMIN');
    if (caller instanceof Response) return caller;
    const url = new URL(request.url);
    const q = url.searchParams.get('q')?.toLowerCase();
    const role = url.searchParams.get('role');
    const page = Number(url.searchParams.get('page') ?? 0);
    const size = Number(url.searchParams.get('size') ?? 20);
    const matching = userDb.users.filter(
      (user) =>
        (!q || `${user.username} ${user.displayName} ${user.email ?? ''}`.toLowerCase().includes(q)) &&
        (!role || user.grants.some((grant) => grant.role === role)),
    );
    return HttpResponse.json({ items: matching.slice(page * size, page * size + size), page, size, total: matching.length });
  }),

  http.post(`${API}/admin/users/:id/roles`, async ({ request, params }) => {
    const caller = authorise(request, 'DLA_ADMIN');
    if (caller instanceof Response) return caller;
    const user = userDb.users.find((candidate) => candidate.id === params.id);
    if (!user) return problemResponse(404, PROBLEM_TYPES.notFound, 'Resource not found');
    const grant = (await request.json()) as Grant;
    if (!isRole(grant.role)) {
      return problemResponse(400, PROBLEM_TYPES.validation, 'The request is not valid', undefined, [
        { field: 'role', message: 'is not a role' },
      ]);
    }
    if (grant.role === 'LAO_OFFICER' && grant.tenant === '9999999') {
      return problemResponse(400, PROBLEM_TYPES.validation, 'The request is not valid', undefined, [
        { field: 'tenant', message: 'no LAO with this code' },
      ]);
    }
    if (!user.grants.some((g) => g.role === grant.role && g.tenant === grant.tenant)) user.grants.push(grant);
    return HttpResponse.json(user);
  }),

  http.delete(`${API}/admin/users/:id/roles/:role`, ({ request, params }) => {
    const caller = authorise(request, 'DLA_ADMIN');
    if (caller instanceof Response) return caller;
    const user = userDb.users.find((candidate) => candidate.id === params.id);
    if (!user) return problemResponse(404, PROBLEM_TYPES.notFound, 'Resource not found');
    const tenant = new URL(request.url).searchParams.get('tenant');
    user.grants = user.grants.filter((g) => !(g.role === params.role && (g.tenant ?? null) === tenant));
    return HttpResponse.json(user);
  }),
];
