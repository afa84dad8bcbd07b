import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { Pagination } from '@/components/ui/pagination';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { useFormat } from '@/lib/i18n/use-format';

import { useLaos } from '../api/get-laos';
import { useProvinces } from '../api/get-provinces';
import { LAO_TYPES, isLaoType, type LaoSummary } from '../types';
import {
  LAO_PAGE_SIZE,
  LAO_QUERY_MAX_LENGTH,
  parseLaoSearchParams,
  toLaoQuery,
  type LaoSearchFilters,
} from '../utils/search-params';

import { laoTypeLabel } from './lao-type-label';

function LaoResult({ lao, backSearch }: { lao: LaoSummary; backSearch: string }) {
  const { t } = useTranslation();
  const { language } = useFormat();
  return (
    <li className="lao-card" data-lao-code={lao.code}>
      <div className="lao-card__main">
        <h2 className="lao-card__name" lang="th">
          <Link to={paths.lao.getHref(lao.code)} state={{ backSearch }}>
            {lao.fullNameTh}
          </Link>
        </h2>
        <p className="lao-card__type">{laoTypeLabel(t, lao.type)}</p>
        <p className="lao-card__place">
          {t('laos.location', {
            district: lao.district,
            province: language === 'th' ? lao.provinceNameTh : lao.provinceNameEn,
          })}
        </p>
      </div>
      <span className="lao-card__code">{lao.code}</span>
    </li>
  );
}

/** Search form whose filters live in the URL, and the paged results. */
export function LaoSearch() {
  const { t } = useTranslation();
  const format = useFormat();
  const ids = useId();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const filters = parseLaoSearchParams(searchParams);
  const laosQuery = useLaos(toLaoQuery(filters));
  const provincesQuery = useProvinces();

  // The text box follows the URL (back/forward) but is only applied on submit.
  const [text, setText] = useState(filters.q);
  const [lastQ, setLastQ] = useState(filters.q);
  if (lastQ !== filters.q) {
    setLastQ(filters.q);
    setText(filters.q);
  }

  const apply = (next: Partial<LaoSearchFilters>) => {
    // Any change of filter starts again from the first page.
    void navigate(paths.laos.getHref({ ...filters, page: 1, ...next }));
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    apply({ q: text.trim() });
  };

  const provinces = [...(provincesQuery.data ?? [])].sort((a, b) =>
    format.language === 'th' ? a.nameTh.localeCompare(b.nameTh, 'th') : a.nameEn.localeCompare(b.nameEn, 'en'),
  );
  const hasFilters = Boolean(filters.q || filters.province || filters.type);
  const backSearch = searchParams.toString() ? `?${searchParams.toString()}` : '';

  return (
    <div className="stack">
      <form role="search" aria-label={t('laos.searchLabel')} className="search-form" onSubmit={onSubmit}>
        <div className="field field--grow">
          <label className="field__label" htmlFor={`${ids}-q`}>
            {t('laos.qLabel')}
          </label>
          <div className="search-form__query">
            <input
              id={`${ids}-q`}
              className="input"
              type="search"
              name="q"
              lang="th"
              value={text}
              maxLength={LAO_QUERY_MAX_LENGTH}
              placeholder={t('laos.qPlaceholder')}
              onChange={(event) => setText(event.target.value)}
              autoComplete="off"
            />
            <button type="submit" className="button button--primary">
              {t('laos.submit')}
            </button>
          </div>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${ids}-province`}>
            {t('laos.provinceLabel')}
          </label>
          <select
            id={`${ids}-province`}
            className="select"
            name="province"
            value={filters.province}
            onChange={(event) => apply({ province: event.target.value })}
            aria-busy={provincesQuery.isPending}
          >
            <option value="">{t('laos.allProvinces')}</option>
            {filters.province && !provinces.some((p) => p.code === filters.province) ? (
              <option value={filters.province}>{filters.province}</option>
            ) : null}
            {provinces.map((province) => (
              <option key={province.code} value={province.code}>
                {format.language === 'th' ? province.nameTh : province.nameEn}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${ids}-type`}>
            {t('laos.typeLabel')}
          </label>
          <select
            id={`${ids}-type`}
            className="select"
            name="type"
            value={filters.type}
            onChange={(event) => apply({ type: isLaoType(event.target.value) ? event.target.value : '' })}
          >
            <option value="">{t('laos.allTypes')}</option>
            {LAO_TYPES.map((type) => (
              <option key={type} value={type}>
                {laoTypeLabel(t, type)}
              </option>
            ))}
          </select>
        </div>
      </form>

      <section aria-label={t('laos.resultsLabel')} className="stack">
        {laosQuery.isPending ? (
          <Spinner />
        ) : laosQuery.isError ? (
          <ErrorState error={laosQuery.error} onRetry={() => void laosQuery.refetch()} />
        ) : laosQuery.data.items.length === 0 ? (
          <EmptyState title={t('laos.emptyTitle')} message={t('laos.emptyMessage')}>
            {hasFilters ? (
              <Link className="button button--secondary" to={paths.laos.getHref()}>
                {t('common.clearFilters')}
              </Link>
            ) : null}
          </EmptyState>
        ) : (
          <>
            <div className="results-bar">
              <p className="results-summary" aria-live="polite">
                {t('laos.total', { total: format.number(laosQuery.data.total) })}
              </p>
              {hasFilters ? (
                <Link className="link-button" to={paths.laos.getHref()}>
                  {t('common.clearFilters')}
                </Link>
              ) : null}
            </div>
            <ul
              className={`lao-list${laosQuery.isPlaceholderData ? ' lao-list--stale' : ''}`}
              role="list"
              aria-busy={laosQuery.isPlaceholderData}
            >
              {laosQuery.data.items.map((lao) => (
                <LaoResult key={lao.code} lao={lao} backSearch={backSearch} />
              ))}
            </ul>
            <Pagination
              page={filters.page}
              pageSize={LAO_PAGE_SIZE}
              total={laosQuery.data.total}
              hrefForPage={(page) => paths.laos.getHref({ ...filters, page })}
            />
          </>
        )}
      </section>
    </div>
  );
}
