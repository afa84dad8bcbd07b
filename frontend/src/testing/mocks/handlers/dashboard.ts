import { HttpResponse, http } from 'msw';

import { PROBLEM_TYPES } from '@/lib/api-problem';

import { laoDashboard, nationalDashboard, provinceDashboard } from '../data/dashboard';

import { API, problemResponse } from './directory';

const CACHE = { 'Cache-Control': 'public, max-age=30' };

/** Requests for files (committee report, exports), newest last, so tests can check the URL that was asked for. */
export const fileRequests: Array<{ url: URL; authorization: string | null }> = [];

export function resetDashboardMock() {
  fileRequests.length = 0;
}

const CONTENT_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

function file(format: string, name: string) {
  return new HttpResponse(format === 'csv' ? '\uFEFFจังหวัด,อปท.\n' : 'file', {
    headers: {
      'Content-Type': CONTENT_TYPES[format] ?? 'application/octet-stream',
      'Content-Disposition': `attachment; filename="${name}.${format}"`,
    },
  });
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Behaves like the dashboard and reporting endpoints of the contract (public reads; 404 for unknown codes). */
export const dashboardHandlers = [
  http.get(`${API}/dashboards/national`, () => HttpResponse.json(nationalDashboard(), { headers: CACHE })),

  http.get(`${API}/dashboards/provinces/:code`, ({ params }) => {
    const found = provinceDashboard(String(params.code));
    return found
      ? HttpResponse.json(found, { headers: CACHE })
      : problemResponse(404, PROBLEM_TYPES.notFound, 'Not Found', `Province ${String(params.code)} does not exist`);
  }),

  http.get(`${API}/dashboards/laos/:code`, ({ params }) => {
    const found = laoDashboard(String(params.code));
    return found
      ? HttpResponse.json(found, { headers: CACHE })
      : problemResponse(404, PROBLEM_TYPES.notFound, 'Not Found', `LAO ${String(params.code)} does not exist`);
  }),

  http.get(`${API}/provinces/:code/committee-report`, ({ params, request }) => {
    const url = new URL(request.url);
    const authorization = request.headers.get('Authorization');
    fileRequests.push({ url, authorization });
    if (!authorization) return problemResponse(401, PROBLEM_TYPES.unauthorized, 'Unauthorized');
    const from = url.searchParams.get('from') ?? '';
    const to = url.searchParams.get('to') ?? '';
    const errors = [
      ...(from && !DATE.test(from) ? [{ field: 'from', message: 'must be a date (YYYY-MM-DD)' }] : []),
      ...(to && !DATE.test(to) ? [{ field: 'to', message: 'must be a date (YYYY-MM-DD)' }] : []),
      ...(from && to && from > to ? [{ field: 'from', message: 'must not be after to' }] : []),
    ];
    if (errors.length > 0) {
      return problemResponse(400, PROBLEM_TYPES.validation, 'Bad Request', 'Invalid period', errors);
    }
    const format = url.searchParams.get('format') ?? 'pdf';
    return file(format, `committee-report-${String(params.code)}-${from}-${to}`);
  }),

  http.get(`${API}/exports/:kind`, ({ params, request }) => {
    const url = new URL(request.url);
    fileRequests.push({ url, authorization: request.headers.get('Authorization') });
    const format = url.searchParams.get('format') ?? 'csv';
    return file(format, String(params.kind));
  }),
];
