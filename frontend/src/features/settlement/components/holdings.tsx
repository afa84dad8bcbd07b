import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { useFormat } from '@/lib/i18n/use-format';

import { useMyHoldings } from '../api/get-my-holdings';

/** The buyer's credits: totals and balances by project and vintage. */
export function MyHoldings() {
  const { t } = useTranslation();
  const format = useFormat();
  const holdings = useMyHoldings();
  if (holdings.isPending) return <Spinner />;
  if (holdings.isError) return <ErrorState error={holdings.error} onRetry={() => void holdings.refetch()} />;
  const { totals, balances } = holdings.data;
  if (balances.length === 0) {
    return (
      <EmptyState title={t('settlement.holdings.emptyTitle')} message={t('settlement.holdings.emptyMessage')}>
        <Link className="button button--primary" to={paths.market.getHref()}>
          {t('market.nav.market')}
        </Link>
      </EmptyState>
    );
  }
  const facts = [
    [t('settlement.holdings.available'), totals.available],
    [t('settlement.holdings.retired'), totals.retired],
    [t('settlement.holdings.received'), totals.received],
  ] as const;
  return (
    <div className="stack">
      <dl className="facts">
        {facts.map(([label, value]) => (
          <div className="facts__item" key={label}>
            <dt className="facts__label">{label}</dt>
            <dd className="facts__value">{t('market.credits', { formatted: format.number(value) })}</dd>
          </div>
        ))}
      </dl>
      <div className="actions-row">
        <Link className="button button--primary" to={paths.myRetire.getHref()}>
          {t('settlement.retire.open')}
        </Link>
        <Link className="button button--secondary" to={paths.myRetirements.getHref()}>
          {t('settlement.retirements.title')}
        </Link>
      </div>
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">{t('settlement.holdings.byVintage')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('settlement.holdings.project')}</th>
              <th scope="col">{t('market.vintage')}</th>
              <th scope="col">{t('settlement.holdings.available')}</th>
              <th scope="col">{t('settlement.holdings.retired')}</th>
            </tr>
          </thead>
          <tbody>
            {balances.map((b) => (
              <tr key={b.issuanceId}>
                <td data-label={t('settlement.holdings.project')}>
                  <span className="code">{b.projectCode}</span>
                </td>
                <td data-label={t('market.vintage')}>{format.year(b.vintage)}</td>
                <td data-label={t('settlement.holdings.available')}>{format.number(b.available)}</td>
                <td data-label={t('settlement.holdings.retired')}>{format.number(b.retired)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
