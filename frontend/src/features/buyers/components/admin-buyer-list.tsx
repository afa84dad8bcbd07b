import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { ListFilters } from '@/components/ui/list-filters';
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
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const filters = parseBuyerSearchParams(searchParams);
  const buyers = useBuyers(toBuyerQuery(filters));


  const apply = (next: Partial<BuyerFilters>) => void navigate(paths.adminBuyers.getHref({ ...filters, page: 1, ...next }));

  return (
    <div className="stack">
      <ListFilters
        label={t('buyers.searchLabel')}
        queryLabel={t('buyers.qLabel')}
        query={filters.q}
        onQuery={(q) => apply({ q })}
        select={{
          label: t('buyers.status'),
          name: 'status',
          value: filters.status,
          allLabel: t('buyers.allStatuses'),
          options: BUYER_STATUSES.map((status) => ({ value: status, label: t(`buyerStatus.${status}`) })),
          onChange: (value) => apply({ status: isBuyerStatus(value) ? value : '' }),
        }}
      />

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
                        <div>
                          <Link to={paths.adminBuyer.getHref(buyer.id)} lang="th">
                            {buyer.nameTh}
                          </Link>
                          <span className="table__sub">{buyer.nameEn}</span>
                        </div>
                      </td>
                      <td data-label={t('register.taxId')}>
                        <span className="code">{buyer.taxId}</span>
                      </td>
                      <td data-label={t('register.type')}>
                        <span>{t(`organisationType.${buyer.type}`)}</span>
                      </td>
                      <td data-label={t('buyers.status')}>
                        <BuyerStatusBadge status={buyer.status} />
                      </td>
                      <td data-label={t('buyers.registeredOn')}>
                        <span>{format.date(buyer.createdAt, { dateStyle: 'medium' })}</span>
                      </td>
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
