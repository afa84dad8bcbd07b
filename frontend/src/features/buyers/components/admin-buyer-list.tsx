import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { Pagination } from '@/components/ui/pagination';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { useFormat } from '@/lib/i18n/use-format';

import { BUYER_PAGE_SIZE, useBuyers } from '../api/get-buyers';
import { BUYER_STATUSES, isBuyerStatus } from '../types';
import { parseBuyerSearchParams, toBuyerQuery, type BuyerFilters } from '../utils/search-params';

import { BuyerStatusBadge } from './buyer-status';

/** DLA's list of buyer organisations, filtered by status and searched by name or tax ID. */
export function AdminBuyerList() {
  const { t } = useTranslation();
  const format = useFormat();
  const ids = useId();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const filters = parseBuyerSearchParams(searchParams);
  const buyers = useBuyers(toBuyerQuery(filters));

  const [text, setText] = useState(filters.q);
  const [lastQ, setLastQ] = useState(filters.q);
  if (lastQ !== filters.q) {
    setLastQ(filters.q);
    setText(filters.q);
  }

  const apply = (next: Partial<BuyerFilters>) => void navigate(paths.adminBuyers.getHref({ ...filters, page: 1, ...next }));
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    apply({ q: text.trim() });
  };

  return (
    <div className="stack">
      <form role="search" aria-label={t('buyers.searchLabel')} className="search-form" onSubmit={onSubmit}>
        <div className="field field--grow">
          <label className="field__label" htmlFor={`${ids}-q`}>
            {t('buyers.qLabel')}
          </label>
          <div className="search-form__query">
            <input
              id={`${ids}-q`}
              className="input"
              type="search"
              name="q"
              value={text}
              maxLength={100}
              onChange={(event) => setText(event.target.value)}
              autoComplete="off"
            />
            <button type="submit" className="button button--primary">
              {t('laos.submit')}
            </button>
          </div>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${ids}-status`}>
            {t('buyers.status')}
          </label>
          <select
            id={`${ids}-status`}
            className="select"
            name="status"
            value={filters.status}
            onChange={(event) => apply({ status: isBuyerStatus(event.target.value) ? event.target.value : '' })}
          >
            <option value="">{t('buyers.allStatuses')}</option>
            {BUYER_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`buyerStatus.${status}`)}
              </option>
            ))}
          </select>
        </div>
      </form>

      <section aria-label={t('buyers.resultsLabel')} className="stack">
        {buyers.isPending ? (
          <Spinner />
        ) : buyers.isError ? (
          <ErrorState error={buyers.error} onRetry={() => void buyers.refetch()} />
        ) : buyers.data.items.length === 0 ? (
          <EmptyState title={t('buyers.emptyTitle')} message={t('buyers.emptyMessage')}>
            {filters.q || filters.status ? (
              <Link className="button button--secondary" to={paths.adminBuyers.getHref()}>
                {t('common.clearFilters')}
              </Link>
            ) : null}
          </EmptyState>
        ) : (
          <>
            <div className="table-wrap">
              <table className="table" aria-busy={buyers.isPlaceholderData}>
                <caption className="visually-hidden">{t('buyers.resultsLabel')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('buyers.organisation')}</th>
                    <th scope="col">{t('register.taxId')}</th>
                    <th scope="col">{t('register.type')}</th>
                    <th scope="col">{t('buyers.status')}</th>
                    <th scope="col">{t('buyers.registeredOn')}</th>
                  </tr>
                </thead>
                <tbody>
                  {buyers.data.items.map((buyer) => (
                    <tr key={buyer.id}>
                      <td data-label={t('buyers.organisation')}>
                        <Link to={paths.adminBuyer.getHref(buyer.id)} lang="th">
                          {buyer.nameTh}
                        </Link>
                        <span className="table__sub">{buyer.nameEn}</span>
                      </td>
                      <td data-label={t('register.taxId')} className="code">
                        {buyer.taxId}
                      </td>
                      <td data-label={t('register.type')}>{t(`organisationType.${buyer.type}`)}</td>
                      <td data-label={t('buyers.status')}>
                        <BuyerStatusBadge status={buyer.status} />
                      </td>
                      <td data-label={t('buyers.registeredOn')}>{format.date(buyer.createdAt, { dateStyle: 'medium' })}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pagination
              page={filters.page}
              pageSize={BUYER_PAGE_SIZE}
              total={buyers.data.total}
              hrefForPage={(page) => paths.adminBuyers.getHref({ ...filters, page })}
            />
          </>
        )}
      </section>
    </div>
  );
}
