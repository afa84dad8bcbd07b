import * as z from 'zod/mini';

import type { GetQuery } from '@/lib/api/types';

import { isLaoType, type LaoType } from '../types';

export const LAO_PAGE_SIZE = 20;
export const LAO_QUERY_MAX_LENGTH = 100;

/** Filters of the LAO search as they live in the page URL (`/laos?q=&province=&type=&page=`). */
export type LaoSearchFilters = {
  q: string;
  province: string;
  type: LaoType | '';
  /** 1-based, as people count pages. */
  page: number;
};

const FiltersSchema = z.object({
  q: z.catch(z.string().check(z.trim(), z.maxLength(LAO_QUERY_MAX_LENGTH)), ''),
  province: z.catch(z.string().check(z.regex(/^\d{2}$/)), ''),
  type: z.catch(
    z.pipe(
      z.string(),
      z.transform((value): LaoType | '' => (isLaoType(value) ? value : '')),
    ),
    '',
  ),
  page: z.catch(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100_000)), 1),
});

/** Anything unreadable in the URL falls back to "no filter" rather than an error page. */
export function parseLaoSearchParams(params: URLSearchParams): LaoSearchFilters {
  return z.parse(FiltersSchema, {
    q: params.get('q') ?? '',
    province: params.get('province') ?? '',
    type: params.get('type') ?? '',
    page: params.get('page') ?? 1,
  });
}

/** URL filters → the API's query (0-based page, empty filters left out). */
export function toLaoQuery(filters: LaoSearchFilters): GetQuery<'/api/v1/laos'> {
  return {
    ...(filters.q ? { q: filters.q } : {}),
    ...(filters.province ? { province: filters.province } : {}),
    ...(filters.type ? { type: filters.type } : {}),
    page: filters.page - 1,
    size: LAO_PAGE_SIZE,
  };
}
