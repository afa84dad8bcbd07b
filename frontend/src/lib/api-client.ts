import { env } from '@/config/env';

import { ApiProblem, PROBLEM_TYPES, problemFromBody } from './api-problem';
import type { GetPath, GetPathParams, GetQuery, GetResponse } from './api/types';

type QueryValue = string | number | boolean | null | undefined;

type RequestOptions<P extends GetPath> = {
  signal?: AbortSignal | undefined;
} & ([GetPathParams<P>] extends [never] ? { path?: never } : { path: GetPathParams<P> }) &
  ([GetQuery<P>] extends [never] ? { query?: never } : { query?: GetQuery<P> });

const JSON_TYPES = /^application\/(problem\+)?json\b|\+json\b/i;

/** `/api/v1/laos/{code}` + `{code: '4120102'}` → `/api/v1/laos/4120102?...` */
export function buildUrl(
  template: string,
  pathParams?: Record<string, QueryValue>,
  query?: Record<string, QueryValue>,
): string {
  const path = template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = pathParams?.[name];
    if (value === undefined || value === null || value === '') {
      throw new Error(`Missing path parameter "${name}" for ${template}`);
    }
    return encodeURIComponent(String(value));
  });
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const qs = search.toString();
  // Same origin by default; made absolute so it also works where fetch needs absolute URLs (tests).
  const base = env.API_BASE_URL || globalThis.location?.origin || '';
  return `${base}${path}${qs ? `?${qs}` : ''}`;
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (!text) return undefined;
  const contentType = response.headers.get('content-type') ?? '';
  if (!JSON_TYPES.test(contentType)) return text;
  return JSON.parse(text) as unknown;
}

type Body = FormData | Blob | Record<string, unknown> | readonly unknown[] | undefined;

function encodeBody(body: Body, headers: Record<string, string>): BodyInit | null {
  if (body === undefined) return null;
  // The browser sets multipart/form-data with its boundary itself.
  if (body instanceof FormData || body instanceof Blob) return body;
  headers['Content-Type'] = 'application/json';
  return JSON.stringify(body);
}

async function request<T>(method: string, url: string, signal: AbortSignal | undefined, payload?: Body): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      signal: signal ?? null,
      credentials: 'same-origin',
      headers,
      body: encodeBody(payload, headers),
    });
  } catch (error) {
    if (signal?.aborted) throw error; // cancelled by the caller (e.g. TanStack Query): not a problem to show
    throw new ApiProblem({ type: PROBLEM_TYPES.network, status: 0, title: 'Network error' }, { cause: error });
  }

  let body: unknown;
  try {
    body = await readBody(response);
  } catch (error) {
    if (signal?.aborted) throw error;
    if (response.ok) {
      throw new ApiProblem(
        { type: PROBLEM_TYPES.invalidResponse, status: response.status, title: 'Invalid response' },
        { cause: error },
      );
    }
    body = undefined;
  }

  if (!response.ok) {
    throw problemFromBody(response.status, response.statusText, body);
  }
  return body as T;
}

/**
 * GET one of the paths declared in the OpenAPI document; the response type follows from the path.
 * Errors are thrown as {@link ApiProblem}.
 */
export function apiGet<P extends GetPath>(path: P, options: RequestOptions<P>): Promise<GetResponse<P>> {
  const { path: pathParams, query, signal } = options as {
    path?: Record<string, QueryValue>;
    query?: Record<string, QueryValue>;
    signal?: AbortSignal;
  };
  return request<GetResponse<P>>('GET', buildUrl(path, pathParams, query), signal);
}

export type ApiRequestOptions = {
  path?: Record<string, QueryValue>;
  query?: Record<string, QueryValue>;
  body?: Body;
  signal?: AbortSignal | undefined;
};

/**
 * Any method on any path with a JSON or multipart body, typed by the caller (writes, multipart uploads).
 * Errors are thrown as {@link ApiProblem}.
 */
export function apiRequest<T>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  template: string,
  { path, query, body, signal }: ApiRequestOptions = {},
): Promise<T> {
  return request<T>(method, buildUrl(template, path, query), signal, body);
}
