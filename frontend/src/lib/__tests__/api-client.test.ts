import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';

import { server } from '@/testing/mocks/server';

import { apiGet, buildUrl } from '../api-client';
import { ApiProblem, PROBLEM_TYPES } from '../api-problem';

async function caught(promise: Promise<unknown>): Promise<ApiProblem> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiProblem) return error;
    throw error;
  }
  throw new Error('expected an ApiProblem');
}

describe('api client', () => {
  it('builds URLs from the OpenAPI path, encoding parameters and dropping empty ones', () => {
    expect(buildUrl('/api/v1/laos/{code}', { code: '41 20' })).toBe(`${location.origin}/api/v1/laos/41%2020`);
    expect(buildUrl('/api/v1/laos', undefined, { q: 'บาง', province: '', type: undefined, page: 0 })).toBe(
      `${location.origin}/api/v1/laos?q=%E0%B8%9A%E0%B8%B2%E0%B8%87&page=0`,
    );
    expect(() => buildUrl('/api/v1/laos/{code}', {})).toThrow(/code/);
  });

  it('returns typed JSON', async () => {
    const page = await apiGet('/api/v1/laos', { query: { province: '12' } });
    expect(page.items.map((lao) => lao.code)).toContain('4120102');
  });

  it('turns an RFC 7807 problem into an ApiProblem with field errors', async () => {
    server.use(
      http.get('/api/v1/laos', () =>
        HttpResponse.json(
          {
            type: PROBLEM_TYPES.validation,
            title: 'Bad Request',
            status: 400,
            detail: 'Invalid request',
            errors: [{ field: 'size', message: 'must be at most 100' }],
          },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const problem = await caught(apiGet('/api/v1/laos', { query: { size: 1000 } }));
    expect(problem).toMatchObject({
      type: PROBLEM_TYPES.validation,
      status: 400,
      title: 'Bad Request',
      detail: 'Invalid request',
      errors: [{ field: 'size', message: 'must be at most 100' }],
    });
  });

  it('handles error responses that are not problems', async () => {
    server.use(
      http.get('/api/v1/provinces', () => new HttpResponse('<html>Bad gateway</html>', { status: 502, headers: { 'Content-Type': 'text/html' } })),
    );
    const problem = await caught(apiGet('/api/v1/provinces', {}));
    expect(problem.status).toBe(502);
    expect(problem.type).toBe('about:blank');
  });

  it('reports network failures as a problem with status 0', async () => {
    server.use(http.get('/api/v1/provinces', () => HttpResponse.error()));
    const problem = await caught(apiGet('/api/v1/provinces', {}));
    expect(problem).toMatchObject({ status: 0, type: PROBLEM_TYPES.network });
  });

  it('reports a 404 problem as not found', async () => {
    const problem = await caught(apiGet('/api/v1/laos/{code}', { path: { code: '9999999' } }));
    expect(problem.isNotFound).toBe(true);
    expect(problem.type).toBe(PROBLEM_TYPES.notFound);
  });
});
