import { LISTING_PAGE_SIZE } from '../api/get-listings';
import {
  CATALOGUE_STATES,
  isListingMode,
  isListingSort,
  type ListingMode,
  type ListingQuery,
  type ListingSort,
  type ListingState,
} from '../types';

/** The catalogue's filters as they live in the URL (`vintage` is the CE year; page is 1-based). */
export type CatalogueFilters = {
  province: string;
  lao: string;
  vintage: number | undefined;
  mode: ListingMode | '';
  status: ListingState | '';
  minPrice: string;
  maxPrice: string;
  sort: ListingSort;
  page: number;
};

const MONEY = /^\d{1,12}(\.\d{1,2})?$/;

/** `?province=&lao=&vintage=&mode=&status=&minPrice=&maxPrice=&sort=&page=` → filters; anything invalid is ignored. */
export function parseCatalogueSearchParams(params: URLSearchParams): CatalogueFilters {
  const province = params.get('province') ?? '';
  const lao = params.get('lao') ?? '';
  const vintage = Number(params.get('vintage'));
  const mode = params.get('mode');
  const status = params.get('status') ?? '';
  const minPrice = params.get('minPrice') ?? '';
  const maxPrice = params.get('maxPrice') ?? '';
  const sort = params.get('sort');
  const page = Number(params.get('page'));
  return {
    province: /^\d{2}$/.test(province) ? province : '',
    lao: /^\d{7}$/.test(lao) ? lao : '',
    vintage: Number.isInteger(vintage) && vintage >= 2000 && vintage <= 2100 ? vintage : undefined,
    mode: isListingMode(mode) ? mode : '',
    status: (CATALOGUE_STATES as readonly string[]).includes(status) ? (status as ListingState) : '',
    minPrice: MONEY.test(minPrice) ? minPrice : '',
    maxPrice: MONEY.test(maxPrice) ? maxPrice : '',
    sort: isListingSort(sort) ? sort : 'newest',
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

export function toListingQuery(filters: CatalogueFilters): ListingQuery {
  return {
    ...(filters.province ? { province: filters.province } : {}),
    ...(filters.lao ? { lao: filters.lao } : {}),
    ...(filters.vintage ? { vintage: filters.vintage } : {}),
    ...(filters.mode ? { mode: filters.mode } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.minPrice ? { minPrice: filters.minPrice } : {}),
    ...(filters.maxPrice ? { maxPrice: filters.maxPrice } : {}),
    ...(filters.sort !== 'newest' ? { sort: filters.sort } : {}),
    page: filters.page - 1,
    size: LISTING_PAGE_SIZE,
  };
}

/** Filters → URL parameters (defaults left out). */
export function toCatalogueParams(filters: CatalogueFilters): Record<string, string | number | undefined> {
  return {
    province: filters.province || undefined,
    lao: filters.lao || undefined,
    vintage: filters.vintage,
    mode: filters.mode || undefined,
    status: filters.status || undefined,
    minPrice: filters.minPrice || undefined,
    maxPrice: filters.maxPrice || undefined,
    sort: filters.sort === 'newest' ? undefined : filters.sort,
    page: filters.page,
  };
}
