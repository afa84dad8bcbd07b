import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { useFormat } from '@/lib/i18n/use-format';

import { useIssuance } from '../api/get-issuance';
import { ISSUANCE_PAGE_SIZE, useIssuances } from '../api/get-issuances';
import type { Issuance } from '../types';
import { padSerial } from '../utils/serial';

import { AccessProblem } from './access-problem';
import { LaoName } from './lao-name';

import '../registry.css';

/** DLA admin: recorded issuances, newest vintage first. */
export function IssuanceList() {
  const { t } = useTranslation();
  const format = useFormat();
  const [searchParams] = useSearchParams();
  const pageParam = Number(searchParams.get('page'));
  const page = Number.isInteger(pageParam) && pageParam > 1 ? pageParam : 1;
  const query = useIssuances(page - 1);

  return (
    <div className="stack registry">
      <PageHeader title={t('registry.issuances.title')} description={t('registry.issuances.description')}>
        <Link className="button button--primary" to={paths.adminIssuanceNew.getHref()}>
          + {t('registry.issuances.new')}
        </Link>
      </PageHeader>
      {query.isPending ? (
        <Spinner />
      ) : query.isError ? (
        <AccessProblem error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.items.length === 0 ? (
        <EmptyState title={t('registry.issuances.empty')} />
      ) : (
        <>
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="issuances-caption">
            <table className="data-table">
              <caption id="issuances-caption">{t('registry.issuances.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('registry.issuance.tgoReference')}</th>
                  <th scope="col">{t('registry.common.project')}</th>
                  <th scope="col">{t('registry.common.vintage')}</th>
                  <th scope="col" className="num">
                    {t('registry.common.quantity')}
                  </th>
                  <th scope="col">{t('registry.issuance.serials')}</th>
                  <th scope="col">{t('registry.issuance.issuedOn')}</th>
                  <th scope="col" className="num">
                    {t('registry.issuances.laos')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {query.data.items.map((issuance) => (
                  <tr key={issuance.id}>
                    <th scope="row">
                      <Link to={paths.adminIssuance.getHref(issuance.id)}>{issuance.tgoReference}</Link>
                    </th>
                    <td className="code">{issuance.projectCode}</td>
                    <td>{format.year(issuance.vintage)}</td>
                    <td className="num">{format.number(issuance.quantity)}</td>
                    <td className="code small">
                      {padSerial(issuance.serialFirst)}–{padSerial(issuance.serialLast)}
                    </td>
                    <td>{format.date(issuance.issuedOn)}</td>
                    <td className="num">{format.number(issuance.allocations.length)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination page={page} pageSize={ISSUANCE_PAGE_SIZE} total={query.data.total} hrefForPage={paths.adminIssuances.getHref} />
        </>
      )}
    </div>
  );
}

function IssuanceDetails({ issuance, created }: { issuance: Issuance; created: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="stack">
      {created ? (
        <div className="registry-success" role="status">
          <p className="registry-success__title">{t('registry.issuance.createdTitle')}</p>
          <p>{t('registry.issuance.createdMessage', { quantity: format.number(issuance.quantity), laos: format.number(issuance.allocations.length) })}</p>
        </div>
      ) : null}
      <section className="card" aria-labelledby="issuance-facts">
        <h2 className="card__title" id="issuance-facts">
          {t('registry.issuance.issuanceLegend')}
        </h2>
        <dl className="details">
          {(
            [
              [t('registry.common.project'), <span className="code">{issuance.projectCode}</span>],
              [t('registry.common.vintage'), format.year(issuance.vintage)],
              [t('registry.common.quantity'), format.number(issuance.quantity)],
              [t('registry.issuance.serials'), <span className="code">{padSerial(issuance.serialFirst)}–{padSerial(issuance.serialLast)}</span>],
              [t('registry.issuance.tgoReference'), <span className="code">{issuance.tgoReference}</span>],
              [t('registry.issuance.issuedOn'), format.date(issuance.issuedOn)],
            ] as const
          ).map(([label, value]) => (
            <div key={label} className="details__item">
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="allocation-caption">
        <table className="data-table">
          <caption id="allocation-caption">{t('registry.issuance.allocationCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('registry.issuance.lao')}</th>
              <th scope="col" className="num">
                {t('registry.common.quantity')}
              </th>
              <th scope="col">{t('registry.account.blockSerial')}</th>
            </tr>
          </thead>
          <tbody>
            {issuance.allocations.map((allocation) => (
              <tr key={allocation.blockSerial}>
                <th scope="row">
                  <LaoName code={allocation.laoCode} />
                </th>
                <td className="num">{format.number(allocation.quantity)}</td>
                <td className="code small registry-break">
                  <Link to={paths.serial.getHref(allocation.blockSerial)}>{allocation.blockSerial}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** One issuance with its allocation; after a successful import it also says so. */
export function IssuanceDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const location = useLocation();
  const state: unknown = location.state;
  const created = Boolean(state && typeof state === 'object' && 'created' in state && state.created === true);
  const query = useIssuance(id);
  return (
    <div className="stack registry">
      <PageHeader
        title={query.data ? t('registry.issuance.detailTitle', { reference: query.data.tgoReference }) : t('registry.issuances.title')}
        before={
          <Link className="back-link" to={paths.adminIssuances.getHref()}>
            <span aria-hidden="true">← </span>
            {t('registry.issuance.backToList')}
          </Link>
        }
      />
      {query.isPending ? (
        <Spinner />
      ) : query.isError ? (
        <AccessProblem error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <IssuanceDetails issuance={query.data} created={created} />
      )}
    </div>
  );
}

