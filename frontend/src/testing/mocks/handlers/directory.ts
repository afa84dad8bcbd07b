import { HttpResponse, http } from 'msw';

import { PROBLEM_TYPES } from '@/lib/api-problem';

import { laos, provinces, toSummary } from '../data';

export const API = '/api/v1';

export function problemResponse(
  status: number,
  type: string,
  title: string,
  detail?: string,
  errors?: Array<{ field: string; message: string }>,
) {
  return HttpResponse.json(
    { type, title, status, ...(detail ? { detail } : {}), ...(errors ? { errors } : {}) },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

/** Behaves like the backend: filters on province, type and Thai name, pages 0-based. */
export const directoryHandlers = [
  http.get(`${API}/provinces`, () => HttpResponse.json(provinces)),

  http.get(`${API}/laos`, ({ request }) => {
    const url = new URL(request.url);
    const province = url.searchParams.get('province');
    const type = url.searchParams.get('type');
    const q = url.searchParams.get('q')?.trim();
    const page = Number(url.searchParams.get('page') ?? 0);
    const size = Number(url.searchParams.get('size') ?? 20);
    const matching = laos.filter(
      (lao) =>
        (!province || lao.provinceCode === province) &&
        (!type || lao.type === type) &&
        (!q || lao.nameTh.includes(q)),
    );
    return HttpResponse.json({
      items: matching.slice(page * size, page * size + size).map(toSummary),
      page,
      size,
      total: matching.length,
    });
  }),

  http.get(`${API}/laos/:code`, ({ params }) => {
    const lao = laos.find((candidate) => candidate.code === params.code);
    if (!lao) {
      return problemResponse(404, PROBLEM_TYPES.notFound, 'Not Found', `LAO ${String(params.code)} does not exist`);
    }
    return HttpResponse.json(lao);
  }),
];
