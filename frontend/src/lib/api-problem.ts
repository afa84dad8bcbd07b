import * as z from 'zod/mini';

const PROBLEM_BASE = 'https://carbon.dla.go.th/problems/';

/** Stable problem `type` URIs the backend uses (RFC 7807 / RFC 9457; the backend's ProblemType). */
export const PROBLEM_TYPES = {
  notFound: `${PROBLEM_BASE}not-found`,
  validation: `${PROBLEM_BASE}validation-failed`,
  malformedRequest: `${PROBLEM_BASE}malformed-request`,
  invalidImportFile: `${PROBLEM_BASE}invalid-import-file`,
  unauthorized: `${PROBLEM_BASE}unauthorized`,
  invalidToken: `${PROBLEM_BASE}invalid-token`,
  invalidCredentials: `${PROBLEM_BASE}invalid-credentials`,
  sessionExpired: `${PROBLEM_BASE}session-expired`,
  tooManyAttempts: `${PROBLEM_BASE}too-many-attempts`,
  payloadTooLarge: `${PROBLEM_BASE}payload-too-large`,
  unsupportedMediaType: `${PROBLEM_BASE}unsupported-media-type`,
  forbidden: `${PROBLEM_BASE}forbidden`,
  conflict: `${PROBLEM_BASE}conflict`,
  serviceUnavailable: `${PROBLEM_BASE}service-unavailable`,
  internalError: `${PROBLEM_BASE}internal-error`,
  /** Client-side only: the request never got an HTTP answer. */
  network: 'urn:carbon-market:problems:network',
  /** Client-side only: the server answered 2xx with a body we could not read. */
  invalidResponse: 'urn:carbon-market:problems:invalid-response',
} as const;

export type FieldError = { field: string; message: string };

export type ProblemInit = {
  type?: string | undefined;
  title?: string | undefined;
  status: number;
  detail?: string | undefined;
  instance?: string | undefined;
  errors?: FieldError[] | undefined;
};

/** An RFC 7807 problem (or anything that went wrong talking to the API) as a typed error. */
export class ApiProblem extends Error {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string | undefined;
  readonly instance: string | undefined;
  readonly errors: FieldError[];

  constructor(init: ProblemInit, options?: { cause?: unknown }) {
    const title = init.title ?? `HTTP ${init.status}`;
    super(init.detail ? `${title}: ${init.detail}` : title, options);
    this.name = 'ApiProblem';
    this.type = init.type ?? 'about:blank';
    this.title = title;
    this.status = init.status;
    this.detail = init.detail;
    this.instance = init.instance;
    this.errors = init.errors ?? [];
  }

  get isNotFound(): boolean {
    return this.type === PROBLEM_TYPES.notFound || this.status === 404;
  }
}

export function isApiProblem(error: unknown): error is ApiProblem {
  return error instanceof ApiProblem;
}

const ProblemBodySchema = z.looseObject({
  type: z.optional(z.string()),
  title: z.optional(z.string()),
  status: z.optional(z.int()),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  errors: z.catch(
    z.optional(z.array(z.looseObject({ field: z._default(z.string(), ''), message: z._default(z.string(), '') }))),
    undefined,
  ),
});

/** Builds an ApiProblem from an error response body, whatever the server actually sent. */
export function problemFromBody(status: number, statusText: string, body: unknown): ApiProblem {
  const parsed = z.safeParse(ProblemBodySchema, body);
  if (!parsed.success) {
    return new ApiProblem({ status, title: statusText || undefined });
  }
  const problem = parsed.data;
  return new ApiProblem({
    type: problem.type,
    title: problem.title ?? (statusText || undefined),
    status: problem.status ?? status,
    detail: problem.detail,
    instance: problem.instance,
    errors: problem.errors?.map(({ field, message }) => ({ field, message })),
  });
}
