import { BUYER_PAGE_SIZE } from '../api/get-buyers';
import { isBuyerStatus, type BuyerListQuery, type BuyerStatus } from '../types';

export type BuyerFilters = { q: string; status: BuyerStatus | ''; page: number };

/** `?q=&status=&page=` (page 1-based) → filters; anything invalid is ignored. */
export function parseBuyerSearchParams(params: URLSearchParams): BuyerFilters {
  const status = params.get('status');
  const page = Number(params.get('page'));
  return {
    q: (params.get('q') ?? '').trim().slice(0, 100),
    status: isBuyerStatus(status) ? status : '',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

export function toBuyerQuery(filters: BuyerFilters): BuyerListQuery {
  return {
    ...(filters.q ? { q: filters.q } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    page: filters.page - 1,
    size: BUYER_PAGE_SIZE,
  };
}
