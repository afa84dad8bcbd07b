import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { Pagination } from '@/components/ui/pagination';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { useFormat } from '@/lib/i18n/use-format';

import { LISTING_PAGE_SIZE, useListings } from '../api/get-listings';
import { CATALOGUE_STATES, LISTING_MODES, LISTING_SORTS } from '../types';
import {
  parseCatalogueSearchParams,
  toCatalogueParams,
  toListingQuery,
  type CatalogueFilters,
} from '../utils/search-params';

import { ListingCard } from './listing-card';

export type ProvinceOption = { code: string; name: string };

const FIRST_VINTAGE = 2016;

/** The public catalogue: filters and sort in the URL, a page of listing cards. */
export function Catalogue({ provinces }: { provinces: readonly ProvinceOption[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const filters = parseCatalogueSearchParams(searchParams);
  const listings = useListings(toListingQuery(filters));
  const thisYear = new Date().getFullYear();
  const vintages = Array.from({ length: thisYear - FIRST_VINTAGE + 1 }, (_, i) => thisYear - i);

  const go = (next: CatalogueFilters) => void navigate(paths.market.getHref(toCatalogueParams(next)));

  const readForm = (form: HTMLFormElement): CatalogueFilters => {
    const data = new FormData(form);
    const text = (name: string) => {
      const value = data.get(name);
      return typeof value === 'string' ? value.trim() : '';
    };
    const parsed = parseCatalogueSearchParams(
      new URLSearchParams(
        Object.entries({
          province: text('province'),
          lao: text('lao'),
          vintage: text('vintage'),
          mode: text('mode'),
          status: text('status'),
          minPrice: text('minPrice'),
          maxPrice: text('maxPrice'),
          sort: text('sort'),
        }).filter(([, v]) => v !== ''),
      ),
    );
    return { ...parsed, page: 1 };
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    go(readForm(event.currentTarget));
  };
  // Selects apply at once; the text and price boxes on "apply".
  const onSelect = (event: { currentTarget: HTMLSelectElement }) => {
    const form = event.currentTarget.form;
    if (form) go(readForm(form));
  };

  const filtered =
    filters.province || filters.lao || filters.vintage || filters.mode || filters.status || filters.minPrice || filters.maxPrice;

  return (
    <div className="stack">
      <form
        role="search"
        aria-label={t('market.filtersLabel')}
        className="market-filters"
        onSubmit={onSubmit}
      >
        <div className="field">
          <label className="field__label" htmlFor={`${id}-province`}>
            {t('market.filters.province')}
          </label>
          <select id={`${id}-province`} name="province" className="select" value={filters.province} onChange={onSelect}>
            <option value="">{t('market.filters.allProvinces')}</option>
            {provinces.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-lao`}>
            {t('market.filters.lao')}
          </label>
          <input
            id={`${id}-lao`}
            name="lao"
            className="input"
            inputMode="numeric"
            pattern="\d{7}"
            maxLength={7}
            placeholder="4120102"
            key={filters.lao}
              defaultValue={filters.lao}
            aria-describedby={`${id}-lao-hint`}
          />
          <p className="field__hint" id={`${id}-lao-hint`}>
            {t('market.filters.laoHint')}
          </p>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-vintage`}>
            {t('market.filters.vintage')}
          </label>
          <select
            id={`${id}-vintage`}
            name="vintage"
            className="select"
            value={filters.vintage ? String(filters.vintage) : ''}
            onChange={onSelect}
          >
            <option value="">{t('market.filters.allVintages')}</option>
            {vintages.map((year) => (
              <option key={year} value={year}>
                {format.year(year)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-mode`}>
            {t('market.filters.mode')}
          </label>
          <select id={`${id}-mode`} name="mode" className="select" value={filters.mode} onChange={onSelect}>
            <option value="">{t('market.filters.allModes')}</option>
            {LISTING_MODES.map((mode) => (
              <option key={mode} value={mode}>
                {t(`market.mode.${mode}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-status`}>
            {t('market.filters.status')}
          </label>
          <select id={`${id}-status`} name="status" className="select" value={filters.status} onChange={onSelect}>
            <option value="">{t('market.listingState.OPEN')}</option>
            {CATALOGUE_STATES.filter((s) => s !== 'OPEN').map((state) => (
              <option key={state} value={state}>
                {t(`market.listingState.${state}`)}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="fieldset market-filters__price">
          <legend className="field__label">{t('market.filters.price')}</legend>
          <div className="cluster">
            <label className="visually-hidden" htmlFor={`${id}-min`}>
              {t('market.filters.minPrice')}
            </label>
            <input
              id={`${id}-min`}
              name="minPrice"
              className="input"
              inputMode="decimal"
              placeholder={t('market.filters.minPlaceholder')}
              key={filters.minPrice}
              defaultValue={filters.minPrice}
            />
            <span aria-hidden="true">–</span>
            <label className="visually-hidden" htmlFor={`${id}-max`}>
              {t('market.filters.maxPrice')}
            </label>
            <input
              id={`${id}-max`}
              name="maxPrice"
              className="input"
              inputMode="decimal"
              placeholder={t('market.filters.maxPlaceholder')}
              key={filters.maxPrice}
              defaultValue={filters.maxPrice}
            />
          </div>
        </fieldset>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-sort`}>
            {t('market.filters.sort')}
          </label>
          <select id={`${id}-sort`} name="sort" className="select" value={filters.sort} onChange={onSelect}>
            {LISTING_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {t(`market.sort.${sort}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="market-filters__actions">
          <button type="submit" className="button button--primary">
            {t('market.filters.apply')}
          </button>
          {filtered ? (
            <Link className="button button--secondary" to={paths.market.getHref()}>
              {t('common.clearFilters')}
            </Link>
          ) : null}
        </div>
      </form>

      <section aria-label={t('market.resultsLabel')} className="stack">
        {listings.isPending ? (
          <Spinner />
        ) : listings.isError ? (
          <ErrorState error={listings.error} onRetry={() => void listings.refetch()} />
        ) : listings.data.items.length === 0 ? (
          <EmptyState title={t('market.emptyTitle')} message={t('market.emptyMessage')}>
            {filtered ? (
              <Link className="button button--secondary" to={paths.market.getHref()}>
                {t('common.clearFilters')}
              </Link>
            ) : null}
          </EmptyState>
        ) : (
          <>
            <ul className="listing-grid" aria-busy={listings.isPlaceholderData}>
              {listings.data.items.map((listing) => (
                <li key={listing.id}>
                  <ListingCard listing={listing} />
                </li>
              ))}
            </ul>
            <Pagination
              page={filters.page}
              pageSize={LISTING_PAGE_SIZE}
              total={listings.data.total}
              hrefForPage={(page) => paths.market.getHref(toCatalogueParams({ ...filters, page }))}
            />
          </>
        )}
      </section>
    </div>
  );
}
