import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorState } from '@/components/ui/error-state';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { isApiProblem } from '@/lib/api-problem';
import { useFormat } from '@/lib/i18n/use-format';

import { useLaoDashboard } from '../api/get-lao-dashboard';

import '../dashboard.css';

/** The public market figures of one LAO for its profile: bins and households, credits by vintage, listings, sales. */
export function LaoFigures({ code }: { code: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const query = useLaoDashboard(code);
  // An unknown LAO: the profile already says so.
  if (isApiProblem(query.error) && query.error.isNotFound) return null;

  return (
    <section className="card dashboard" aria-labelledby={`${id}-title`} data-testid="lao-figures">
      <h2 className="card__title" id={`${id}-title`}>
        {t('dashboard.lao.title')}
      </h2>
      {query.isPending ? (
        <Spinner size="sm" />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <div className="stack">
          <dl className="dash-figures dash-figures--compact">
            <div className="dash-figure">
              <dt className="dash-figure__label">{t('dashboard.laoTable.households')}</dt>
              <dd className="dash-figure__value" data-testid="lao-households">{format.number(query.data.households)}</dd>
            </div>
            <div className="dash-figure">
              <dt className="dash-figure__label">{t('dashboard.laoTable.bins')}</dt>
              <dd className="dash-figure__value" data-testid="lao-bins">{format.number(query.data.bins)}</dd>
            </div>
            <div className="dash-figure">
              <dt className="dash-figure__label">{t('dashboard.laoTable.estimatedCredits')}</dt>
              <dd className="dash-figure__value" data-testid="lao-estimated">{format.number(query.data.estimatedCredits)}</dd>
            </div>
          </dl>

          <h3 className="dash-subtitle">{t('dashboard.lao.byVintage')}</h3>
          {query.data.creditsByVintage.length === 0 ? (
            <p className="muted">{t('dashboard.lao.noCredits')}</p>
          ) : (
            <div className="table-wrap">
              <table className="table dash-table" data-testid="lao-vintages">
                <caption className="visually-hidden">{t('dashboard.lao.byVintage')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('dashboard.prices.vintage')}</th>
                    {(['allocated', 'available', 'listed', 'sold', 'retired'] as const).map((key) => (
                      <th key={key} scope="col" className="dash-table__num">
                        {t(`dashboard.state.${key}`)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {query.data.creditsByVintage.map((row) => (
                    <tr key={row.vintage}>
                      <th scope="row">{format.year(row.vintage)}</th>
                      {(['allocated', 'available', 'listed', 'sold', 'retired'] as const).map((key) => (
                        <td data-label={t(`dashboard.state.${key}`)} key={key} className="dash-table__num">
                          {format.number(row[key])}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}

          <h3 className="dash-subtitle">{t('dashboard.lao.listings')}</h3>
          {query.data.listings.length === 0 ? (
            <p className="muted">{t('dashboard.lao.noListings')}</p>
          ) : (
            <div className="table-wrap">
              <table className="table dash-table" data-testid="lao-listings">
                <caption className="visually-hidden">{t('dashboard.lao.listings')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('dashboard.lao.listing')}</th>
                    <th scope="col">{t('dashboard.lao.state')}</th>
                    <th scope="col">{t('dashboard.prices.vintage')}</th>
                    <th scope="col" className="dash-table__num">{t('dashboard.lao.remainingOf')}</th>
                    <th scope="col" className="dash-table__num">{t('dashboard.openListings.unitPrice')}</th>
                    <th scope="col">{t('dashboard.lao.openedAt')}</th>
                  </tr>
                </thead>
                <tbody>
                  {query.data.listings.map((listing) => (
                    <tr key={listing.id}>
                      <th scope="row">
                        <Link to={paths.listing.getHref(listing.id)}>{t(`market.mode.${listing.mode}`)}</Link>
                      </th>
                      <td data-label={t('dashboard.lao.state')}>{t(`market.listingState.${listing.state}`)}</td>
                      <td data-label={t('dashboard.prices.vintage')}>{format.year(listing.vintage)}</td>
                      <td data-label={t('dashboard.lao.remainingOf')} className="dash-table__num">
                        {t('dashboard.lao.remainingValue', {
                          remaining: format.number(listing.remaining),
                          quantity: format.number(listing.quantity),
                        })}
                      </td>
                      <td data-label={t('dashboard.openListings.unitPrice')} className="dash-table__num">{format.thb(listing.unitPrice)}</td>
                      <td data-label={t('dashboard.lao.openedAt')}>{listing.openedAt ? format.date(listing.openedAt, { dateStyle: 'medium' }) : '–'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}

          <h3 className="dash-subtitle">{t('dashboard.lao.sales')}</h3>
          {query.data.sales.length === 0 ? (
            <p className="muted">{t('dashboard.lao.noSales')}</p>
          ) : (
            <div className="table-wrap">
              <table className="table dash-table" data-testid="lao-sales">
                <caption className="visually-hidden">{t('dashboard.lao.sales')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('dashboard.lao.date')}</th>
                    <th scope="col">{t('dashboard.prices.vintage')}</th>
                    <th scope="col" className="dash-table__num">{t('dashboard.retirements.quantity')}</th>
                    <th scope="col" className="dash-table__num">{t('dashboard.openListings.unitPrice')}</th>
                    <th scope="col" className="dash-table__num">{t('dashboard.lao.total')}</th>
                  </tr>
                </thead>
                <tbody>
                  {query.data.sales.map((sale, index) => (
                    <tr key={`${sale.date}-${index}`}>
                      <th scope="row">{format.date(sale.date, { dateStyle: 'medium' })}</th>
                      <td data-label={t('dashboard.prices.vintage')}>{format.year(sale.vintage)}</td>
                      <td data-label={t('dashboard.retirements.quantity')} className="dash-table__num">{format.number(sale.quantity)}</td>
                      <td data-label={t('dashboard.openListings.unitPrice')} className="dash-table__num">{format.thb(sale.unitPrice)}</td>
                      <td data-label={t('dashboard.lao.total')} className="dash-table__num">{format.thb(sale.total)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <p className="small">
            <Link to={paths.provinceDashboard.getHref(query.data.lao.provinceCode)}>
              {t('dashboard.lao.provinceLink', { province: query.data.lao.provinceNameTh })}
            </Link>
          </p>
        </div>
      )}
    </section>
  );
}
