import type { JournalQuery } from '../api/get-lao-account';
import { isJournalReason, type JournalReason } from '../types';

export const JOURNAL_PAGE_SIZE = 20;

/** The journal filters as they live in the URL (page 1-based in the URL, 0-based in the API). */
export type JournalFilters = {
  reason?: JournalReason | undefined;
  vintage?: number | undefined;
  from?: string | undefined;
  to?: string | undefined;
  page: number;
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseJournalParams(params: URLSearchParams): JournalFilters {
  const reason = params.get('reason');
  const vintage = Number(params.get('vintage'));
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const page = Number(params.get('page'));
  return {
    reason: isJournalReason(reason) ? reason : undefined,
    vintage: Number.isInteger(vintage) && vintage >= 2000 && vintage <= 2100 ? vintage : undefined,
    from: DATE.test(from) ? from : undefined,
    to: DATE.test(to) ? to : undefined,
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

export function toJournalSearch(filters: JournalFilters): string {
  const search = new URLSearchParams();
  if (filters.reason) search.set('reason', filters.reason);
  if (filters.vintage) search.set('vintage', String(filters.vintage));
  if (filters.from) search.set('from', filters.from);
  if (filters.to) search.set('to', filters.to);
  if (filters.page > 1) search.set('page', String(filters.page));
  const query = search.toString();
  return query ? `?${query}` : '';
}

export function toJournalQuery(filters: JournalFilters): JournalQuery {
  return {
    reason: filters.reason,
    vintage: filters.vintage,
    from: filters.from,
    to: filters.to,
    page: filters.page - 1,
    size: JOURNAL_PAGE_SIZE,
  };
}
