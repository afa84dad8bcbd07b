import { HttpResponse, http } from 'msw';

import type { GetResponse } from '@/lib/api/types';
import { PROBLEM_TYPES } from '@/lib/api-problem';
import type { Role } from '@/lib/roles';

import { API, problemResponse } from './directory';

export type MockUser = GetResponse<'/api/v1/me'>;

/** The demo accounts of the backend's demo mode, plus a buyer and a person without roles. */
export const mockUsers = {
  admin: {
    id: '00000000-0000-4000-8000-000000000001',
    username: 'dla.admin',
    displayName: 'ผู้ดูแลระบบ สถ.',
    roles: ['DLA_ADMIN'],
    laoCodes: [],
    provinceCodes: [],
    buyerId: null,
  },
  provinceOfficer: {
    id: '00000000-0000-4000-8000-000000000002',
    username: 'province.nonthaburi',
    displayName: 'สุภาพร จังหวัดนนท์',
    roles: ['PROVINCE_OFFICER'],
    laoCodes: [],
    provinceCodes: ['12'],
    buyerId: null,
  },
  laoOfficer: {
    id: '00000000-0000-4000-8000-000000000003',
    username: 'lao.bangsrimuang.maker',
    displayName: 'วิชัย บางศรีเมือง',
    roles: ['LAO_OFFICER'],
    laoCodes: ['4120102'],
    provinceCodes: [],
    buyerId: null,
  },
  buyer: {
    id: '00000000-0000-4000-8000-000000000004',
    username: 'green.buyer',
    displayName: 'Green Energy Buyer',
    roles: ['BUYER'],
    laoCodes: [],
    provinceCodes: [],
    buyerId: 'b0000000-0000-4000-8000-000000000002',
  },
  noRole: {
    id: '00000000-0000-4000-8000-000000000005',
    username: 'new.person',
    displayName: 'คนใหม่ ยังไม่มีบทบาท',
    roles: [],
    laoCodes: [],
    provinceCodes: [],
    buyerId: null,
  },
} satisfies Record<string, MockUser>;

export const MOCK_PASSWORD = 'correct horse battery';

/** Whether the browser holds a refresh cookie, and for whom. */
const session: { user: MockUser | null } = { user: null };

/** As if this person had signed in before the page loaded: the refresh cookie is there. */
export function signInAs(user: MockUser | null) {
  session.user = user;
}

export function resetAuthMock() {
  session.user = null;
}

export const tokenFor = (user: MockUser) => `test-token.${user.username}`;

function token(user: MockUser) {
  return HttpResponse.json(
    { accessToken: tokenFor(user), tokenType: 'Bearer', expiresIn: 900, roles: user.roles },
    { headers: { 'Cache-Control': 'no-store' } },
  );
}

/** The person the request's bearer token belongs to (only the tokens this mock issued are valid). */
export function userOf(request: Request): MockUser | null {
  const header = request.headers.get('Authorization');
  if (!header?.startsWith('Bearer ')) return null;
  return Object.values(mockUsers).find((user) => tokenFor(user) === header.slice(7)) ?? null;
}

/** The caller if it has one of `roles`, else the problem the backend would answer (401 or 403). */
export function authorise(request: Request, ...roles: Role[]): MockUser | Response {
  const user = userOf(request);
  if (!user) {
    return request.headers.has('Authorization')
      ? problemResponse(401, PROBLEM_TYPES.invalidToken, 'The access token is not valid')
      : problemResponse(401, PROBLEM_TYPES.unauthorized, 'Authentication required');
  }
  if (roles.length > 0 && !roles.some((role) => user.roles.includes(role))) {
    return problemResponse(403, PROBLEM_TYPES.forbidden, 'Not allowed', 'Your role does not allow this.');
  }
  return user;
}

export const authHandlers = [
  http.post(`${API}/auth/login`, async ({ request }) => {
    const { username, password } = (await request.json()) as { username?: string; password?: string };
    const user = Object.values(mockUsers).find((candidate) => candidate.username === username);
    if (!user || password !== MOCK_PASSWORD) {
      return problemResponse(401, PROBLEM_TYPES.invalidCredentials, 'Sign-in failed', 'The username or password is wrong.');
    }
    session.user = user;
    return token(user);
  }),

  http.post(`${API}/auth/refresh`, () =>
    session.user
      ? token(session.user)
      : problemResponse(401, PROBLEM_TYPES.sessionExpired, 'The session has ended'),
  ),

  http.post(`${API}/auth/logout`, () => {
    session.user = null;
    return new HttpResponse(null, { status: 204 });
  }),

  http.get(`${API}/me`, ({ request }) => {
    const user = authorise(request);
    return user instanceof Response ? user : HttpResponse.json(user);
  }),

  http.get(`${API}/auth/providers`, () =>
    HttpResponse.json([{ id: 'keycloak', name: 'DLA Keycloak', loginUrl: '/oauth2/authorization/keycloak' }]),
  ),
];
