import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { useFormat } from '@/lib/i18n/use-format';

import type { Totals } from '../api/types';

/** Okabe–Ito colours: distinguishable with every common colour-vision deficiency. */
const STATE_COLOURS = { available: '#0072b2', listed: '#e69f00', soldNotRetired: '#009e73', retired: '#cc79a7' } as const;
type StateKey = keyof typeof STATE_COLOURS;

/**
 * Where the issued credits are now, as one stacked bar (available + listed + sold; retired is the part of sold
 * that buyers have retired), with the numbers beside it as a list (the text alternative).
 */
export function StateChart({ totals }: { totals: Totals }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const parts: Array<{ key: StateKey; value: number; label: string }> = [
    { key: 'available', value: totals.available, label: t('dashboard.state.available') },
    { key: 'listed', value: totals.listed, label: t('dashboard.state.listed') },
    { key: 'soldNotRetired', value: Math.max(0, totals.sold - totals.retired), label: t('dashboard.state.soldNotRetired') },
    { key: 'retired', value: totals.retired, label: t('dashboard.state.retired') },
  ];
  const whole = parts.reduce((sum, part) => sum + part.value, 0);
  const percent = (value: number) => (whole === 0 ? 0 : (value / whole) * 100);
  const summary =
    whole === 0
      ? t('dashboard.charts.noData')
      : t('dashboard.charts.stateSummary', {
          total: format.number(totals.issued),
          list: parts
            .map((part) => `${part.label} ${format.number(part.value)} (${format.number(percent(part.value), { maximumFractionDigits: 0 })}%)`)
            .join(', '),
        });
  let offset = 0;
  return (
    <figure className="card dash-chart" aria-labelledby={`${id}-title`}>
      <figcaption className="card__title" id={`${id}-title`}>
        {t('dashboard.charts.stateTitle')}
      </figcaption>
      <svg
        className="dash-state__bar"
        viewBox="0 0 100 8"
        preserveAspectRatio="none"
        role="img"
        aria-label={summary}
        data-testid="state-chart"
      >
        {whole === 0 ? <rect x={0} y={0} width={100} height={8} fill="#e4e9e6" /> : null}
        {parts.map((part) => {
          const width = percent(part.value);
          const x = offset;
          offset += width;
          return width > 0 ? <rect key={part.key} x={x} y={0} width={width} height={8} fill={STATE_COLOURS[part.key]} /> : null;
        })}
      </svg>
      <ul className="dash-state__legend" role="list">
        {parts.map((part) => (
          <li key={part.key} className="dash-legend__item">
            <span className="dash-legend__swatch" style={{ background: STATE_COLOURS[part.key] }} aria-hidden="true" />
            <span>
              {part.label}: <strong>{format.number(part.value)}</strong>{' '}
              <span className="muted">({format.number(percent(part.value), { maximumFractionDigits: 1 })}%)</span>
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
