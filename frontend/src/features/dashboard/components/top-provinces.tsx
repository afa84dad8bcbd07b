import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths } from '@/config/paths';
import { useFormat } from '@/lib/i18n/use-format';

import type { TopProvinces as TopProvincesData } from '../api/types';

const MEASURES = ['sold', 'retired', 'revenue', 'available'] as const;
type TopMeasure = (typeof MEASURES)[number];

/** The five leading provinces by a chosen measure, as labelled bars (each a link to the province). */
export function TopProvinces({ top }: { top: TopProvincesData }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const [measure, setMeasure] = useState<TopMeasure>('sold');
  const rows = top[measure];
  const max = Math.max(0, ...rows.map((row) => Number(row.value)));
  const show = (value: number | string) => (measure === 'revenue' ? format.thb(value) : format.number(value));
  return (
    <section className="card dash-chart" aria-labelledby={`${id}-title`}>
      <h2 className="card__title" id={`${id}-title`}>
        {t('dashboard.top.title')}
      </h2>
      <div className="dash-tabs" role="group" aria-label={t('dashboard.top.measureLabel')}>
        {MEASURES.map((m) => (
          <button
            key={m}
            type="button"
            className="dash-tabs__button"
            aria-pressed={measure === m}
            onClick={() => setMeasure(m)}
          >
            {t(`dashboard.top.${m}`)}
          </button>
        ))}
      </div>
      {rows.length === 0 || max === 0 ? (
        <p className="muted">{t('dashboard.charts.noData')}</p>
      ) : (
        <ol className="dash-bars" data-testid="top-provinces">
          {rows.map((row) => (
            <li key={row.code} className="dash-bars__row">
              <Link className="dash-bars__name" to={paths.provinceDashboard.getHref(row.code)}>
                {format.language === 'th' ? row.nameTh : row.nameEn}
              </Link>
              <span className="dash-bars__track" aria-hidden="true">
                <span className="dash-bars__fill" style={{ width: `${(Number(row.value) / max) * 100}%` }} />
              </span>
              <span className="dash-bars__value">{show(row.value)}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
