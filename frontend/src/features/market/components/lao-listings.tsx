import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { Pagination } from '@/components/ui/pagination';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { useFormat } from '@/lib/i18n/use-format';

import { LAO_LISTINGS_PAGE_SIZE, useLaoListings } from '../api/get-lao-listings';

import { ListingStateBadge, ModeTag } from './badges';
import { LaoPicker } from './lao-picker';

/** An LAO officer's listings in every state, with the way to draft a new one. */
export function LaoListings({ laoCodes }: { laoCodes: readonly string[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const lao = laoCodes.includes(params.get('lao') ?? '') ? (params.get('lao') ?? '') : (laoCodes[0] ?? '');
  const page = Math.max(1, Number(params.get('page')) || 1);
  const listings = useLaoListings(lao, page - 1);

  return (
    <div className="stack">
      <div className="toolbar actions-row">
        <LaoPicker codes={laoCodes} value={lao} onChange={(code) => void navigate(paths.laoListings.getHref(code))} />
        <Link className="button button--primary" to={paths.laoListingNew.getHref(lao)}>
          {t('market.officer.newListing')}
        </Link>
      </div>
      {listings.isPending ? (
        <Spinner />
      ) : listings.isError ? (
        <ErrorState error={listings.error} onRetry={() => void listings.refetch()} />
      ) : listings.data.items.length === 0 ? (
        <EmptyState title={t('market.officer.emptyTitle')} message={t('market.officer.emptyMessage')} />
      ) : (
        <>
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{t('market.officer.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('market.officer.listing')}</th>
                  <th scope="col">{t('market.modeLabel')}</th>
                  <th scope="col">{t('market.unitPrice')}</th>
                  <th scope="col">{t('market.remaining')}</th>
                  <th scope="col">{t('market.state')}</th>
                </tr>
              </thead>
              <tbody>
                {listings.data.items.map((l) => (
                  <tr key={l.id}>
                    <td data-label={t('market.officer.listing')}>
                      <Link to={paths.laoListing.getHref(l.id)}>
                        {t('market.officer.listingName', {
                          quantity: format.number(l.quantity),
                          date: format.date(l.createdAt, { dateStyle: 'medium' }),
                        })}
                      </Link>
                      <span className="table__sub">{t('market.officer.madeBy', { name: l.createdByName })}</span>
                    </td>
                    <td data-label={t('market.modeLabel')}>
                      <ModeTag mode={l.mode} />
                    </td>
                    <td data-label={t('market.unitPrice')}>{format.thb(l.unitPrice)}</td>
                    <td data-label={t('market.remaining')}>
                      {format.number(l.remaining)} / {format.number(l.quantity)}
                    </td>
                    <td data-label={t('market.state')}>
                      <ListingStateBadge state={l.state} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination
            page={page}
            pageSize={LAO_LISTINGS_PAGE_SIZE}
            total={listings.data.total}
            hrefForPage={(p) => `${paths.laoListings.getHref(lao)}${lao ? '&' : '?'}page=${p}`}
          />
        </>
      )}
    </div>
  );
}
