import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { useFormat } from '@/lib/i18n/use-format';

type PaginationProps = {
  /** 1-based current page. */
  page: number;
  pageSize: number;
  total: number;
  /** Link target for a 1-based page number (pages live in the URL). */
  hrefForPage: (page: number) => string;
};

export function Pagination({ page, pageSize, total, hrefForPage }: PaginationProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  const hasPrevious = page > 1;
  const hasNext = page < pages;

  return (
    <nav className="pagination" aria-label={t('pagination.label')}>
      <p className="pagination__range">
        {t('pagination.range', {
          from: format.number(from),
          to: format.number(to),
          total: format.number(total),
        })}
      </p>
      {pages > 1 ? (
      <div className="pagination__controls">
        {hasPrevious ? (
          <Link className="button button--secondary" to={hrefForPage(page - 1)} rel="prev">
            <span aria-hidden="true">‹ </span>
            {t('pagination.previous')}
          </Link>
        ) : (
          <span className="button button--secondary button--disabled" aria-disabled="true">
            <span aria-hidden="true">‹ </span>
            {t('pagination.previous')}
          </span>
        )}
        <span className="pagination__page" aria-current="page">
          {t('pagination.page', { page: format.number(page), pages: format.number(pages) })}
        </span>
        {hasNext ? (
          <Link className="button button--secondary" to={hrefForPage(page + 1)} rel="next">
            {t('pagination.next')}
            <span aria-hidden="true"> ›</span>
          </Link>
        ) : (
          <span className="button button--secondary button--disabled" aria-disabled="true">
            {t('pagination.next')}
            <span aria-hidden="true"> ›</span>
          </span>
        )}
      </div>
      ) : null}
    </nav>
  );
}
