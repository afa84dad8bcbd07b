import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { useFormat } from '@/lib/i18n/use-format';

import { useProvinces } from '../api/get-provinces';
import { REGIONS, isRegion, type Province, type Region } from '../types';

import { regionLabel } from './lao-type-label';

function matches(province: Province, text: string): boolean {
  if (!text) return true;
  const needle = text.toLocaleLowerCase();
  return (
    province.nameTh.includes(text) || province.nameEn.toLocaleLowerCase().includes(needle) || province.code === text
  );
}

/** The 77 provinces, grouped by region, filterable by region (kept in the URL) and by name. */
export function ProvinceDirectory() {
  const { t } = useTranslation();
  const format = useFormat();
  const ids = useId();
  const [searchParams, setSearchParams] = useSearchParams();
  const regionParam = searchParams.get('region');
  const region: Region | '' = isRegion(regionParam) ? regionParam : '';
  const [text, setText] = useState('');
  const deferredText = useDeferredValue(text.trim());
  const provincesQuery = useProvinces();

  const collator = useMemo(() => new Intl.Collator(format.language === 'th' ? 'th' : 'en'), [format.language]);
  const groups = useMemo(() => {
    const all = provincesQuery.data ?? [];
    const name = (p: Province) => (format.language === 'th' ? p.nameTh : p.nameEn);
    return REGIONS.filter((r) => !region || r === region)
      .map((r) => ({
        region: r,
        provinces: all
          .filter((p) => p.region === r && matches(p, deferredText))
          .sort((a, b) => collator.compare(name(a), name(b))),
      }))
      .filter((group) => group.provinces.length > 0);
  }, [provincesQuery.data, region, deferredText, collator, format.language]);

  const setRegion = (next: Region | '') => {
    const params = new URLSearchParams(searchParams);
    if (next) params.set('region', next);
    else params.delete('region');
    setSearchParams(params, { replace: true });
  };

  const total = provincesQuery.data?.length ?? 0;
  const shown = groups.reduce((sum, group) => sum + group.provinces.length, 0);

  return (
    <div className="stack">
      <div className="toolbar">
        <fieldset className="chip-group">
          <legend className="field__label">{t('provinces.regionLegend')}</legend>
          <div className="chip-group__options">
            {(['', ...REGIONS] as const).map((value) => (
              <label key={value || 'all'} className="chip">
                <input
                  type="radio"
                  name={`${ids}-region`}
                  value={value}
                  checked={region === value}
                  onChange={() => setRegion(value)}
                />
                <span>{value ? regionLabel(t, value) : t('region.all')}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className="field field--search">
          <label className="field__label" htmlFor={`${ids}-search`}>
            {t('provinces.searchLabel')}
          </label>
          <input
            id={`${ids}-search`}
            className="input"
            type="search"
            value={text}
            placeholder={t('provinces.searchPlaceholder')}
            onChange={(event) => setText(event.target.value)}
            autoComplete="off"
          />
        </div>
      </div>

      {provincesQuery.isPending ? (
        <Spinner />
      ) : provincesQuery.isError ? (
        <ErrorState error={provincesQuery.error} onRetry={() => void provincesQuery.refetch()} />
      ) : shown === 0 ? (
        <EmptyState title={t('provinces.empty')} message={t('provinces.emptyHint')} />
      ) : (
        <>
          <p className="results-summary" aria-live="polite">
            {t('provinces.summary', { shown: format.number(shown), total: format.number(total) })}
          </p>
          {groups.map((group) => (
            <section key={group.region} className="region-group" aria-labelledby={`${ids}-${group.region}`}>
              <h2 className="region-group__title" id={`${ids}-${group.region}`}>
                {regionLabel(t, group.region)}
                <span className="region-group__count">
                  {t('provinces.provinceCount', { count: group.provinces.length })}
                </span>
              </h2>
              <ul className="province-grid" role="list">
                {group.provinces.map((province) => (
                  <li key={province.code} data-province-code={province.code} className="province-grid__item">
                    <Link
                      className="province-card"
                      to={paths.laos.getHref({ province: province.code })}
                      id={`${ids}-card-${province.code}`}
                    >
                      <span className="province-card__names">
                        <span className="province-card__name" lang={format.language === 'th' ? 'th' : 'en'}>
                          {format.language === 'th' ? province.nameTh : province.nameEn}
                        </span>
                        <span className="province-card__alt" lang={format.language === 'th' ? 'en' : 'th'}>
                          {format.language === 'th' ? province.nameEn : province.nameTh}
                        </span>
                      </span>
                      <span className="province-card__count">
                        {t('provinces.laoCount', { count: province.laoCount })}
                      </span>
                    </Link>
                    <Link
                      className="province-card__dashboard"
                      to={paths.provinceDashboard.getHref(province.code)}
                      aria-describedby={`${ids}-card-${province.code}`}
                    >
                      {t('provinces.dashboardLink')}
                    </Link>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </div>
  );
}
