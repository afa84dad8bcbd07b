import { describe, expect, it } from 'vitest';

import { i18n, initI18n } from '@/lib/i18n';

import { ApiProblem, PROBLEM_TYPES } from '../api-problem';
import { translateProblem } from '../problem-translation';

describe('translateProblem', () => {
  it('maps problem types and statuses to localised messages and actions', () => {
    initI18n('th');
    const t = i18n.t.bind(i18n);
    expect(translateProblem(new ApiProblem({ type: PROBLEM_TYPES.notFound, status: 404 }), t)).toMatchObject({
      kind: 'not-found',
      title: 'ไม่พบข้อมูล',
      retryable: false,
      action: 'none',
    });
    expect(translateProblem(new ApiProblem({ status: 503 }), t)).toMatchObject({ kind: 'server', action: 'retry' });
    expect(translateProblem(new ApiProblem({ status: 401 }), t)).toMatchObject({ kind: 'unauthorized', action: 'sign-in' });
    expect(translateProblem(new ApiProblem({ status: 0, type: PROBLEM_TYPES.network }), t).kind).toBe('network');
    expect(translateProblem(new TypeError('boom'), t).kind).toBe('unknown');
  });

  it('collects field errors for inline display', () => {
    initI18n('en');
    const t = i18n.t.bind(i18n);
    const ui = translateProblem(
      new ApiProblem({
        type: PROBLEM_TYPES.validation,
        status: 400,
        errors: [
          { field: 'quantity', message: 'must be positive' },
          { field: 'unitPrice', message: '' },
        ],
      }),
      t,
    );
    expect(ui.kind).toBe('validation');
    expect(ui.title).toBe('Invalid data');
    expect(ui.fieldErrors).toEqual({ quantity: 'must be positive', unitPrice: 'This value is not valid.' });
  });
});
