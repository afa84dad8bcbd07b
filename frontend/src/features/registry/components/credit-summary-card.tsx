import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorState } from '@/components/ui/error-state';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { isApiProblem } from '@/lib/api-problem';
import { useFormat } from '@/lib/i18n/use-format';

import { useCreditSummary } from '../api/get-credit-summary';

import { EstimateExplained } from './estimate';

import '../registry.css';

const FIGURES = ['received', 'available', 'reserved', 'sold', 'retired'] as const;

/** The public numbers of an LAO's credits (no blocks, no journal), for its profile page. */
export function CreditSummaryCard({ code }: { code: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const query = useCreditSummary(code);
  // An unknown LAO: the profile already says so.
  if (isApiProblem(query.error) && query.error.isNotFound) return null;

  return (
    <section className="card registry" aria-labelledby="lao-credits">
      <h2 className="card__title" id="lao-credits">
        {t('registry.summary.title')}
      </h2>
      {query.isPending ? (
        <Spinner size="sm" />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.received === 0 ? (
        <p className="muted">{t('registry.summary.none')}</p>
      ) : (
        <div className="stack">
          <dl className="facts registry-facts">
            {FIGURES.map((figure) => (
              <div key={figure} className="facts__item">
                <dt className="facts__label">{t(`registry.summary.${figure}`)}</dt>
                <dd className="facts__value" data-testid={`summary-${figure}`}>
                  {format.number(query.data[figure])}
                </dd>
              </div>
            ))}
          </dl>
          <p className="small muted">
            {t('registry.summary.byVintage', {
              list: query.data.byVintage
                .map((v) => t('registry.summary.vintageItem', { vintage: format.year(v.vintage), value: format.number(v.received) }))
                .join(t('registry.summary.separator')),
            })}
          </p>
          {query.data.latestBinReport ? (
            <div>
              <h3 className="registry-subtitle">
                {t('registry.summary.latestReport', { title: query.data.latestBinReport.windowTitle })}
              </h3>
              <EstimateExplained estimate={query.data.latestBinReport.estimate} />
            </div>
          ) : null}
        </div>
      )}
      <p className="small">
        <Link to={paths.serials.getHref()}>{t('registry.summary.lookupLink')}</Link>
        {' · '}
        <Link to={paths.laoAccount.getHref(code)}>{t('registry.summary.accountLink')}</Link>
      </p>
    </section>
  );
}
