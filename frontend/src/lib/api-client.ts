import { env } from '@/config/env';

import { ApiProblem, PROBLEM_TYPES, problemFromBody } from './api-problem';
import type { GetPath, GetPathParams, GetQuery, GetResponse, PostBody, PostPath, PostResponse } from './api/types';
import { getAccessToken, refreshSessionToken } from './session-token';

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

type SendOptions = {
  signal?: AbortSignal | undefined;
  body?: Body;
  /** false: send no access token and never refresh on 401 (the auth endpoints themselves). */
  auth?: boolean;
  accept?: string;
  /** Extra request headers (e.g. `Idempotency-Key`). */
  headers?: Record<string, string> | undefined;
};

const ACCEPT_JSON = 'application/json, application/problem+json';

function encodeBody(body: Body, headers: Record<string, string>): BodyInit | null {
  if (body === undefined) return null;
  // The browser sets multipart/form-data with its boundary itself.
  if (body instanceof FormData || body instanceof Blob) return body;
  headers['Content-Type'] = 'application/json';
  return JSON.stringify(body);
}

async function send(method: string, url: string, options: SendOptions, retried = false): Promise<Response> {
  const { signal, body, auth = true, accept = ACCEPT_JSON } = options;
  const headers: Record<string, string> = { ...options.headers, Accept: accept };
  const token = auth ? getAccessToken() : null;
  if (token) headers.Authorization = `Bearer ${token}`;

  let response: Response;
  try {
    response = await fetch(url, {
      method,
      signal: signal ?? null,
      credentials: 'same-origin',
      headers,
      body: encodeBody(body, headers),
    });
  } catch (error) {
    if (signal?.aborted) throw error; // cancelled by the caller (e.g. TanStack Query): not a problem to show
    throw new ApiProblem({ type: PROBLEM_TYPES.network, status: 0, title: 'Network error' }, { cause: error });
  }

  // An expired access token: refresh once (silently, through the refresh cookie) and try again once.
  if (response.status === 401 && auth && !retried) {
    const problem = await readProblem(response, signal);
    if (problem.type === PROBLEM_TYPES.invalidToken) {
      const fresh = await refreshSessionToken();
      if (fresh) return send(method, url, options, true);
    }
    throw problem;
  }
  return response;
}

async function readProblem(response: Response, signal: AbortSignal | undefined): Promise<ApiProblem> {
  let body: unknown;
  try {
    body = await readBody(response);
  } catch (error) {
    if (signal?.aborted) throw error;
    body = undefined;
  }
  return problemFromBody(response.status, response.statusText, body);
}

async function request<T>(method: string, url: string, options: SendOptions): Promise<T> {
  const { signal } = options;
  const response = await send(method, url, options);
  if (!response.ok) throw await readProblem(response, signal);

  try {
    return (await readBody(response)) as T;
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiProblem(
      { type: PROBLEM_TYPES.invalidResponse, status: response.status, title: 'Invalid response' },
      { cause: error },
    );
  }
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
  return request<GetResponse<P>>('GET', buildUrl(path, pathParams, query), { signal });
}

/** POST to one of the paths declared in the OpenAPI document, with its declared body and response types. */
export function apiPost<P extends PostPath>(
  path: P,
  options: { body?: PostBody<P>; signal?: AbortSignal; auth?: boolean } = {},
): Promise<PostResponse<P>> {
  const { body, signal, auth } = options;
  return request<PostResponse<P>>('POST', buildUrl(path), {
    body,
    signal,
    ...(auth === undefined ? {} : { auth }),
  });
}

export type ApiRequestOptions = {
  path?: Record<string, QueryValue>;
  query?: Record<string, QueryValue>;
  body?: Body;
  signal?: AbortSignal | undefined;
  headers?: Record<string, string> | undefined;
};

/**
 * Any method on any path, typed by the caller: for endpoints whose types are not generated yet.
 * Prefer {@link apiGet} / {@link apiPost} once the path is in the OpenAPI document.
 */
export function apiRequest<T>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  template: string,
  { path, query, body, signal, headers }: ApiRequestOptions = {},
): Promise<T> {
  return request<T>(method, buildUrl(template, path, query), { body, signal, headers });
}

export type DownloadedFile = { blob: Blob; fileName: string | null };

/** `attachment; filename*=UTF-8''%E0%B8%81.pdf` or `filename="a.pdf"` → the file name. */
export function fileNameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  const star = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim());
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(header);
  return plain?.[1]?.trim() ?? null;
}

/**
 * Downloads a file from a protected endpoint. A plain link cannot carry the access token (it lives in memory,
 * not in a cookie), so files are fetched with it and handed to the browser as a Blob.
 */
export async function apiDownload(
  template: string,
  { path, query, signal }: Omit<ApiRequestOptions, 'body' | 'headers'> = {},
): Promise<DownloadedFile> {
  const options: SendOptions = { signal, accept: '*/*' };
  const response = await send('GET', buildUrl(template, path, query), options);
  if (!response.ok) throw await readProblem(response, signal);
  return { blob: await response.blob(), fileName: fileNameFromDisposition(response.headers.get('content-disposition')) };
}
