import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

import { ErrorState } from '@/components/ui/error-state';
import { PageHeader } from '@/components/ui/page-header';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { ApiProblem, PROBLEM_TYPES, isApiProblem } from '@/lib/api-problem';
import { useFormat } from '@/lib/i18n/use-format';

import { useLao } from '../api/get-lao';
import type { LaoDetail } from '../types';
import { websiteHref, websiteLabel } from '../utils/website';

import { laoTypeLabel } from './lao-type-label';

const LAO_CODE = /^\d{7}$/;

function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="details__item">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function useBackToSearch(): string {
  const location = useLocation();
  const state: unknown = location.state;
  const backSearch =
    state && typeof state === 'object' && 'backSearch' in state && typeof state.backSearch === 'string'
      ? state.backSearch
      : '';
  return `${paths.laos.getHref()}${backSearch.startsWith('?') ? backSearch : ''}`;
}

function BackLink() {
  const { t } = useTranslation();
  const href = useBackToSearch();
  return (
    <Link className="back-link" to={href}>
      <span aria-hidden="true">← </span>
      {t('lao.backToSearch')}
    </Link>
  );
}

function NotFound({ code, error }: { code: string; error: unknown }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('lao.notFoundTitle', { code })} before={<BackLink />} />
      <ErrorState error={error} message={t('lao.notFoundMessage')}>
        <Link className="button button--secondary" to={paths.laos.getHref()}>
          {t('lao.goToSearch')}
        </Link>
      </ErrorState>
    </>
  );
}

function Profile({ lao }: { lao: LaoDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const fullName = lao.fullNameTh;
  const href = websiteHref(lao.website);
  const notProvided = <span className="muted">{t('common.notProvided')}</span>;
  const addressParts = [
    lao.address.houseNo && lao.address.houseNo !== '-' ? t('lao.houseNo', { value: lao.address.houseNo }) : null,
    lao.address.moo ? t('lao.moo', { value: lao.address.moo }) : null,
    lao.address.postcode ? t('lao.postcode', { value: lao.address.postcode }) : null,
  ].filter((part): part is string => Boolean(part));
  const provinceName = format.language === 'th' ? lao.provinceNameTh : lao.provinceNameEn;

  return (
    <div className="stack">
      <PageHeader
        title={fullName}
        titleLang="th"
        eyebrow={laoTypeLabel(t, lao.type)}
        before={<BackLink />}
        description={t('laos.location', { district: lao.district, province: provinceName })}
      />

      <div className="profile-grid">
        <section className="card" aria-labelledby="lao-details">
          <h2 className="card__title" id="lao-details">
            {t('lao.detailsTitle')}
          </h2>
          <dl className="details">
            <Item label={t('lao.code')}>
              <span className="code" data-testid="lao-code">
                {lao.code}
              </span>
            </Item>
            <Item label={t('lao.type')}>{laoTypeLabel(t, lao.type)}</Item>
            <Item label={t('lao.province')}>
              <Link to={paths.laos.getHref({ province: lao.provinceCode })}>{provinceName}</Link>
            </Item>
            <Item label={t('lao.district')}>
              <span lang="th">{lao.district}</span>
            </Item>
            <Item label={t('lao.area')}>
              {lao.areaSqKm ? t('lao.areaValue', { value: format.number(lao.areaSqKm) }) : notProvided}
            </Item>
            <Item label={t('lao.website')}>
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer external">
                  {websiteLabel(lao.website ?? '')}
                </a>
              ) : lao.website ? (
                <span>{lao.website}</span>
              ) : (
                notProvided
              )}
            </Item>
          </dl>
        </section>

        <section className="card" aria-labelledby="lao-address">
          <h2 className="card__title" id="lao-address">
            {t('lao.addressTitle')}
          </h2>
          <dl className="details">
            <Item label={t('lao.address')}>
              {addressParts.length > 0 ? <address className="address">{addressParts.join(' ')}</address> : notProvided}
            </Item>
            <Item label={t('lao.location')}>
              {lao.location ? (
                <>
                  <span className="code">
                    {lao.location.latitude}, {lao.location.longitude}
                  </span>
                  <br />
                  <a
                    href={`https://www.openstreetmap.org/?mlat=${encodeURIComponent(lao.location.latitude)}&mlon=${encodeURIComponent(lao.location.longitude)}#map=14/${encodeURIComponent(lao.location.latitude)}/${encodeURIComponent(lao.location.longitude)}`}
                    target="_blank"
                    rel="noopener noreferrer external"
                  >
                    {t('lao.openMap')}
                  </a>
                </>
              ) : (
                notProvided
              )}
            </Item>
          </dl>
        </section>

        <section className="card profile-grid__wide" aria-labelledby="lao-subdistricts">
          <h2 className="card__title" id="lao-subdistricts">
            {t('lao.subdistrictsTitle')}
            <span className="card__meta">{t('lao.subdistrictCount', { count: lao.subdistricts.length })}</span>
          </h2>
          {lao.subdistricts.length > 0 ? (
            <ul className="tag-list" role="list" lang="th">
              {lao.subdistricts.map((name) => (
                <li key={name} className="tag">
                  {name}
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('lao.subdistrictsEmpty')}</p>
          )}
        </section>
      </div>
      <p className="muted small">{t('lao.dataNote')}</p>
    </div>
  );
}

/** The public profile of one LAO, with loading, not-found and error states. */
export function LaoProfile({ code }: { code: string }) {
  const valid = LAO_CODE.test(code);
  // An invalid code cannot exist: say "not found" without asking the server.
  const laoQuery = useLao(code, { enabled: valid });

  if (!valid) {
    return <NotFound code={code} error={new ApiProblem({ type: PROBLEM_TYPES.notFound, status: 404 })} />;
  }
  if (laoQuery.isPending) return <Spinner />;
  if (laoQuery.isError) {
    if (isApiProblem(laoQuery.error) && laoQuery.error.isNotFound) {
      return <NotFound code={code} error={laoQuery.error} />;
    }
    return (
      <>
        <PageHeader title={code} before={<BackLink />} />
        <ErrorState error={laoQuery.error} onRetry={() => void laoQuery.refetch()} />
      </>
    );
  }
  return <Profile lao={laoQuery.data} />;
}
