import type { ReactNode } from 'react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { PageHeader } from '@/components/ui/page-header';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { ApiProblem, PROBLEM_TYPES, isApiProblem } from '@/lib/api-problem';
import { useFormat } from '@/lib/i18n/use-format';

import { PROVINCE_CODE, useProvinceDashboard } from '../api/get-province-dashboard';
import type { LaoRow, ProvinceDashboard as ProvinceDashboardData } from '../api/types';

import { ExportButtons } from './export-buttons';
import { HeadlineFigures } from './headline-figures';
import { PriceChart, VolumeChart } from './monthly-charts';
import { PriceTable } from './price-table';
import { SortableTable, type Column } from './sortable-table';
import { StateChart } from './state-chart';

import '../dashboard.css';

function BackLink() {
  const { t } = useTranslation();
  return (
    <Link className="back-link" to={paths.dashboard.getHref()}>
      <span aria-hidden="true">← </span>
      {t('dashboard.province.back')}
    </Link>
  );
}

function LaoTable({ rows }: { rows: readonly LaoRow[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const number = (
    key: 'credits' | 'available' | 'listed' | 'sold' | 'households' | 'bins' | 'estimatedCredits',
    label: string,
  ): Column<LaoRow> => ({
    key,
    label,
    numeric: true,
    sortValue: (row) => row[key],
    render: (row) => format.number(row[key]),
  });
  const columns: Column<LaoRow>[] = [
    {
      key: 'name',
      label: t('dashboard.laoTable.lao'),
      rowHeader: true,
      sortValue: (row) => row.nameTh,
      render: (row) => (
        <>
          <Link to={paths.lao.getHref(row.code)} lang="th">
            {row.nameTh}
          </Link>
          <span className="table__sub">
            {t(`laoType.${row.type}`)} · <span lang="th">{row.district}</span>
          </span>
        </>
      ),
    },
    number('credits', t('dashboard.laoTable.credits')),
    number('available', t('dashboard.state.available')),
    number('listed', t('dashboard.state.listed')),
    number('sold', t('dashboard.state.sold')),
    {
      key: 'revenue',
      label: t('dashboard.laoTable.revenue'),
      numeric: true,
      sortValue: (row) => Number(row.revenue),
      render: (row) => format.thb(row.revenue),
    },
    number('households', t('dashboard.laoTable.households')),
    number('bins', t('dashboard.laoTable.bins')),
    number('estimatedCredits', t('dashboard.laoTable.estimatedCredits')),
  ];
  return (
    <SortableTable
      caption={t('dashboard.laoTable.caption')}
      captionHidden
      rows={rows}
      columns={columns}
      rowKey={(row) => row.code}
      initialSort={{ key: 'credits', direction: 'descending' }}
      testId="lao-table"
    />
  );
}

function Province({ data, officerPanel }: { data: ProvinceDashboardData; officerPanel?: ReactNode }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const province = data.province;
  const name = format.language === 'th' ? province.nameTh : province.nameEn;
  return (
    <div className="stack dashboard">
      <PageHeader
        before={<BackLink />}
        eyebrow={`${t('dashboard.province.eyebrow')} · ${t(`region.${province.region}`)}`}
        title={t('dashboard.province.title', { province: name })}
        description={t('dashboard.asOf', { date: format.date(data.asOf, { dateStyle: 'long', timeStyle: 'short' }) })}
      >
        <div className="cluster">
          <Link className="button button--secondary" to={paths.laos.getHref({ province: province.code })}>
            {t('dashboard.province.allLaos')}
          </Link>
          <Link className="button button--secondary" to={paths.market.getHref({ province: province.code })}>
            {t('dashboard.province.market')}
          </Link>
        </div>
      </PageHeader>

      <HeadlineFigures scope="province" totals={data.totals} laos={data.laos} revenue={data.revenue} />

      <div className="dash-grid">
        <VolumeChart months={data.monthly} />
        <PriceChart months={data.monthly} />
        <StateChart totals={data.totals} />
        <PriceTable prices={data.prices} />
      </div>

      <section className="dash-section" aria-labelledby={`${id}-laos`}>
        <h2 className="section__title" id={`${id}-laos`}>
          {t('dashboard.laoTable.title')}
          <span className="card__meta"> {t('dashboard.laoTable.count', { count: data.laoRows.length })}</span>
        </h2>
        {data.laoRows.length === 0 ? <p className="muted">{t('dashboard.laoTable.empty')}</p> : <LaoTable rows={data.laoRows} />}
      </section>

      <section className="dash-section" aria-labelledby={`${id}-listings`}>
        <h2 className="section__title" id={`${id}-listings`}>
          {t('dashboard.openListings.title')}
        </h2>
        {data.openListings.length === 0 ? (
          <p className="muted">{t('dashboard.openListings.empty')}</p>
        ) : (
          <div className="table-wrap">
            <table className="table dash-table" data-testid="open-listings">
              <caption className="visually-hidden">{t('dashboard.openListings.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('dashboard.laoTable.lao')}</th>
                  <th scope="col">{t('dashboard.openListings.mode')}</th>
                  <th scope="col">{t('dashboard.prices.vintage')}</th>
                  <th scope="col" className="dash-table__num">{t('dashboard.openListings.remaining')}</th>
                  <th scope="col" className="dash-table__num">{t('dashboard.openListings.unitPrice')}</th>
                  <th scope="col">{t('dashboard.openListings.endsAt')}</th>
                </tr>
              </thead>
              <tbody>
                {data.openListings.map((listing) => (
                  <tr key={listing.id}>
                    <th scope="row">
                      <Link to={paths.listing.getHref(listing.id)}>
                        <span lang="th">{listing.laoNameTh}</span>
                        <span className="visually-hidden"> · {t('dashboard.openListings.open')}</span>
                      </Link>
                    </th>
                    <td data-label={t('dashboard.openListings.mode')}>{t(`market.mode.${listing.mode}`)}</td>
                    <td data-label={t('dashboard.prices.vintage')}>{format.year(listing.vintage)}</td>
                    <td data-label={t('dashboard.openListings.remaining')} className="dash-table__num">{format.number(listing.remaining)}</td>
                    <td data-label={t('dashboard.openListings.unitPrice')} className="dash-table__num">{format.thb(listing.unitPrice)}</td>
                    <td data-label={t('dashboard.openListings.endsAt')}>{listing.endsAt ? format.date(listing.endsAt, { dateStyle: 'medium', timeStyle: 'short' }) : t('dashboard.openListings.noEnd')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="dash-section" aria-labelledby={`${id}-retirements`}>
        <h2 className="section__title" id={`${id}-retirements`}>
          {t('dashboard.retirements.title')}
        </h2>
        {data.retirements.length === 0 ? (
          <p className="muted">{t('dashboard.retirements.empty')}</p>
        ) : (
          <div className="table-wrap">
            <table className="table dash-table" data-testid="province-retirements">
              <caption className="visually-hidden">{t('dashboard.retirements.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('dashboard.retirements.certificate')}</th>
                  <th scope="col">{t('dashboard.retirements.buyer')}</th>
                  <th scope="col" className="dash-table__num">{t('dashboard.retirements.quantity')}</th>
                  <th scope="col">{t('dashboard.prices.vintage')}</th>
                  <th scope="col">{t('dashboard.retirements.retiredAt')}</th>
                  <th scope="col">{t('dashboard.retirements.beneficiary')}</th>
                </tr>
              </thead>
              <tbody>
                {data.retirements.map((retirement) => (
                  <tr key={retirement.certificateNo}>
                    <th scope="row">
                      <Link className="code" to={paths.verifyCertificate.getHref(retirement.certificateNo)}>
                        {retirement.certificateNo}
                      </Link>
                    </th>
                    <td data-label={t('dashboard.retirements.buyer')}>{retirement.buyerName}</td>
                    <td data-label={t('dashboard.retirements.quantity')} className="dash-table__num">{format.number(retirement.quantity)}</td>
                    <td data-label={t('dashboard.prices.vintage')}>{format.year(retirement.vintage)}</td>
                    <td data-label={t('dashboard.retirements.retiredAt')}>{format.date(retirement.retiredAt, { dateStyle: 'medium' })}</td>
                    <td data-label={t('dashboard.retirements.beneficiary')}>{retirement.beneficiary ?? <span className="muted">{t('common.notProvided')}</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="card" aria-labelledby={`${id}-exports`}>
        <h2 className="card__title" id={`${id}-exports`}>
          {t('dashboard.export.title')}
        </h2>
        <p className="small muted">{t('dashboard.export.provinceNote')}</p>
        <div className="stack">
          <ExportButtons kind="listings" filters={{ province: province.code }} />
          <ExportButtons kind="trades" filters={{ province: province.code }} />
          <ExportButtons kind="retirements" filters={{ province: province.code }} />
        </div>
      </section>

      {officerPanel}
    </div>
  );
}

/** The provincial dashboard with loading, not-found and error states. `officerPanel`: extra content for its officers. */
export function ProvinceDashboard({ code, officerPanel }: { code: string; officerPanel?: ReactNode }) {
  const { t } = useTranslation();
  const valid = PROVINCE_CODE.test(code);
  const query = useProvinceDashboard(code);
  const notFound = !valid || (isApiProblem(query.error) && query.error.isNotFound);
  if (notFound) {
    return (
      <>
        <PageHeader before={<BackLink />} title={t('dashboard.province.notFoundTitle', { code })} />
        <ErrorState
          error={query.error ?? new ApiProblem({ type: PROBLEM_TYPES.notFound, status: 404 })}
          message={t('dashboard.province.notFoundMessage')}
        >
          <Link className="button button--secondary" to={paths.provinces.getHref()}>
            {t('dashboard.province.goToProvinces')}
          </Link>
        </ErrorState>
      </>
    );
  }
  if (query.isPending) return <Spinner />;
  if (query.isError) {
    return (
      <>
        <PageHeader before={<BackLink />} title={t('dashboard.province.titleFallback')} />
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }
  if (query.data.totals.issued === 0 && query.data.laoRows.length === 0) {
    return (
      <>
        <PageHeader before={<BackLink />} title={t('dashboard.province.title', { province: query.data.province.nameTh })} />
        <EmptyState title={t('dashboard.province.emptyTitle')} message={t('dashboard.province.emptyMessage')} />
        {officerPanel}
      </>
    );
  }
  return <Province data={query.data} officerPanel={officerPanel} />;
}
