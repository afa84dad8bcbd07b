import type { TFunction } from 'i18next';

import { ApiProblem, PROBLEM_TYPES, isApiProblem } from './api-problem';

export type ProblemKind =
  | 'network'
  | 'not-found'
  | 'validation'
  | 'unauthorized'
  | 'invalid-credentials'
  | 'too-large'
  | 'forbidden'
  | 'conflict'
  | 'rate-limited'
  | 'server'
  | 'unknown';

/** What the UI needs to show a problem: a heading, a sentence, per-field messages and what to do next. */
export type UiProblem = {
  kind: ProblemKind;
  title: string;
  message: string;
  /** Field path (as the server names it) → message, for inline form errors. */
  fieldErrors: Record<string, string>;
  /** Whether trying again may help (show a retry button). */
  retryable: boolean;
  /** Where to send the user, if anywhere (e.g. sign-in after 401). */
  action: 'retry' | 'sign-in' | 'none';
  status: number;
};

const KIND_BY_TYPE: Record<string, ProblemKind> = {
  [PROBLEM_TYPES.notFound]: 'not-found',
  [PROBLEM_TYPES.validation]: 'validation',
  [PROBLEM_TYPES.malformedRequest]: 'validation',
  [PROBLEM_TYPES.invalidImportFile]: 'validation',
  [PROBLEM_TYPES.unauthorized]: 'unauthorized',
  [PROBLEM_TYPES.invalidToken]: 'unauthorized',
  [PROBLEM_TYPES.sessionExpired]: 'unauthorized',
  [PROBLEM_TYPES.invalidCredentials]: 'invalid-credentials',
  [PROBLEM_TYPES.tooManyAttempts]: 'rate-limited',
  [PROBLEM_TYPES.payloadTooLarge]: 'too-large',
  [PROBLEM_TYPES.unsupportedMediaType]: 'validation',
  [PROBLEM_TYPES.forbidden]: 'forbidden',
  [PROBLEM_TYPES.conflict]: 'conflict',
  [PROBLEM_TYPES.serviceUnavailable]: 'server',
  [PROBLEM_TYPES.internalError]: 'server',
  [PROBLEM_TYPES.network]: 'network',
};

export function problemKind(problem: ApiProblem): ProblemKind {
  const byType = KIND_BY_TYPE[problem.type];
  if (byType) return byType;
  const { status } = problem;
  if (status === 0) return 'network';
  if (status === 404 || status === 410) return 'not-found';
  if (status === 400 || status === 422) return 'validation';
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 409 || status === 412) return 'conflict';
  if (status === 413) return 'too-large';
  if (status === 429) return 'rate-limited';
  if (status >= 500) return 'server';
  return 'unknown';
}

const RETRYABLE: ReadonlySet<ProblemKind> = new Set(['network', 'server', 'rate-limited', 'unknown']);

/**
 * The one translator of errors for the UI: any thrown value (usually an {@link ApiProblem}) becomes
 * localised text, inline field errors and a suggested action.
 */
export function translateProblem(error: unknown, t: TFunction): UiProblem {
  const problem = isApiProblem(error)
    ? error
    : new ApiProblem({ status: -1, title: error instanceof Error ? error.message : undefined });
  const kind = problem.status === -1 ? 'unknown' : problemKind(problem);
  const fieldErrors: Record<string, string> = {};
  for (const { field, message } of problem.errors) {
    if (field && !(field in fieldErrors)) fieldErrors[field] = message || t('problems.validation.field');
  }
  return {
    kind,
    title: t(`problems.${kind}.title`),
    message: t(`problems.${kind}.message`),
    fieldErrors,
    retryable: RETRYABLE.has(kind),
    action: kind === 'unauthorized' ? 'sign-in' : RETRYABLE.has(kind) ? 'retry' : 'none',
    status: problem.status,
  };
}
