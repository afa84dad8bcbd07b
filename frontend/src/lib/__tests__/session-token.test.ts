import { HttpResponse, http } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { server } from '@/testing/mocks/server';

import { apiGet } from '../api-client';
import { ApiProblem, PROBLEM_TYPES } from '../api-problem';
import {
  getSessionToken,
  refreshSessionToken,
  setSessionRefresher,
  setSessionToken,
} from '../session-token';

const me = { id: '1', username: 'u', displayName: 'U', roles: [], laoCodes: [], provinceCodes: [], buyerId: null };
const invalidToken = () =>
  HttpResponse.json(
    { type: PROBLEM_TYPES.invalidToken, title: 'The access token is not valid', status: 401 },
    { status: 401, headers: { 'Content-Type': 'application/problem+json' } },
  );

/** GET /api/v1/me answers only to `valid`, and records the tokens it saw. */
function meAcceptsOnly(valid: string) {
  const seen: Array<string | null> = [];
  server.use(
    http.get('/api/v1/me', ({ request }) => {
      const header = request.headers.get('Authorization');
      seen.push(header);
      return header === `Bearer ${valid}` ? HttpResponse.json(me) : invalidToken();
    }),
  );
  return seen;
}

afterEach(() => {
  setSessionRefresher(null);
  vi.useRealTimers();
});

describe('access token and silent refresh', () => {
  it('sends the token as Bearer; on an invalid-token 401 refreshes once and retries once', async () => {
    const seen = meAcceptsOnly('fresh');
    const refresher = vi.fn(() => {
      setSessionToken('fresh', 900);
      return Promise.resolve('fresh');
    });
    setSessionRefresher(refresher);
    setSessionToken('stale', 900);

    await expect(apiGet('/api/v1/me', {})).resolves.toEqual(me);
    expect(seen).toEqual(['Bearer stale', 'Bearer fresh']);
    expect(refresher).toHaveBeenCalledTimes(1);
  });

  it('gives up after one retry, and when the session cannot be refreshed', async () => {
    const seen = meAcceptsOnly('never');
    setSessionRefresher(() => {
      setSessionToken('also-stale', 900);
      return Promise.resolve('also-stale');
    });
    setSessionToken('stale', 900);
    await expect(apiGet('/api/v1/me', {})).rejects.toMatchObject({ status: 401, type: PROBLEM_TYPES.invalidToken });
    expect(seen).toEqual(['Bearer stale', 'Bearer also-stale']);

    setSessionRefresher(() => Promise.resolve(null));
    const error = await apiGet('/api/v1/me', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiProblem);
  });

  it('shares one refresh between parallel callers (the refresh cookie rotates on every use)', async () => {
    let calls = 0;
    setSessionRefresher(async () => {
      calls++;
      await new Promise((resolve) => setTimeout(resolve, 10));
      setSessionToken('fresh', 900);
      return 'fresh';
    });
    const results = await Promise.all([refreshSessionToken(), refreshSessionToken(), refreshSessionToken()]);
    expect(results).toEqual(['fresh', 'fresh', 'fresh']);
    expect(calls).toBe(1);
  });

  it('refreshes shortly before the access token expires', () => {
    vi.useFakeTimers();
    const refresher = vi.fn(() => Promise.resolve('next'));
    setSessionRefresher(refresher);
    setSessionToken('first', 900);
    expect(getSessionToken()).toMatchObject({ status: 'authenticated', accessToken: 'first' });
    vi.advanceTimersByTime(839_000);
    expect(refresher).not.toHaveBeenCalled();
    vi.advanceTimersByTime(2_000); // 60 s before expiry
    expect(refresher).toHaveBeenCalledTimes(1);
  });

  it('treats a failed refresh as signed out', async () => {
    setSessionRefresher(() => Promise.reject(new Error('network')));
    setSessionToken('t', 900);
    await expect(refreshSessionToken()).resolves.toBeNull();
    expect(getSessionToken()).toEqual({ status: 'anonymous', accessToken: null, expiresAt: null });
  });
});
