import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { useFormat } from '@/lib/i18n/use-format';

import type { MonthlyPoint } from '../api/types';
import { useWidth } from '../hooks/use-width';
import { formatMonth } from '../utils/months';
import { niceTicks } from '../utils/ticks';

import { Disclosure } from './disclosure';

const HEIGHT = 220;
const MARGIN = { top: 12, right: 12, bottom: 34, left: 56 };

/** Every n-th month gets a label, so labels never overlap at any width. */
function labelEvery(count: number, plotWidth: number): number {
  const fits = Math.max(1, Math.floor(plotWidth / 64));
  return Math.max(1, Math.ceil(count / fits));
}

type ChartFrameProps = { months: readonly MonthlyPoint[]; width: number; ticks: number[]; tickLabel: (v: number) => string };

function Axes({ months, width, ticks, tickLabel }: ChartFrameProps) {
  const format = useFormat();
  const plotWidth = width - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const top = ticks[ticks.length - 1] ?? 1;
  const every = labelEvery(months.length, plotWidth);
  const step = plotWidth / Math.max(1, months.length);
  return (
    <g className="dash-chart__axes" aria-hidden="true">
      {ticks.map((tick) => {
        const y = MARGIN.top + plotHeight - (tick / top) * plotHeight;
        return (
          <g key={tick}>
            <line x1={MARGIN.left} x2={width - MARGIN.right} y1={y} y2={y} className="dash-chart__grid" />
            <text x={MARGIN.left - 6} y={y} dy="0.32em" textAnchor="end" className="dash-chart__tick">
              {tickLabel(tick)}
            </text>
          </g>
        );
      })}
      {months.map((point, index) => {
        if (index % every !== (months.length - 1) % every) return null;
        const x = MARGIN.left + step * (index + 0.5);
        // Labels near the edges are anchored inwards so they are never cut off.
        const anchor = x > width - 36 ? 'end' : x < MARGIN.left + 28 ? 'start' : 'middle';
        return (
          <text
            key={point.month}
            x={anchor === 'end' ? width - 2 : anchor === 'start' ? MARGIN.left : x}
            y={HEIGHT - MARGIN.bottom + 18}
            textAnchor={anchor}
            className="dash-chart__tick"
          >
            {formatMonth(point.month, format.language)}
          </text>
        );
      })}
    </g>
  );
}

function MonthTable({ months, caption }: { months: readonly MonthlyPoint[]; caption: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Disclosure label={t('dashboard.charts.showTable')}>
      <div className="table-wrap">
        <table className="table dash-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.charts.month')}</th>
              <th scope="col" className="dash-table__num">{t('dashboard.charts.volume')}</th>
              <th scope="col" className="dash-table__num">{t('dashboard.charts.value')}</th>
              <th scope="col" className="dash-table__num">{t('dashboard.charts.vwap')}</th>
              <th scope="col" className="dash-table__num">{t('dashboard.charts.retired')}</th>
            </tr>
          </thead>
          <tbody>
            {months.map((point) => (
              <tr key={point.month}>
                <th scope="row">{formatMonth(point.month, format.language, 'long')}</th>
                <td data-label={t('dashboard.charts.volume')} className="dash-table__num">{format.number(point.volume)}</td>
                <td data-label={t('dashboard.charts.value')} className="dash-table__num">{format.thb(point.value)}</td>
                <td data-label={t('dashboard.charts.vwap')} className="dash-table__num">{point.vwap == null ? '–' : format.thb(point.vwap)}</td>
                <td data-label={t('dashboard.charts.retired')} className="dash-table__num">{format.number(point.retired)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Disclosure>
  );
}

/** Credits sold per month (bars) with their text alternative. */
export function VolumeChart({ months }: { months: readonly MonthlyPoint[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const [ref, width] = useWidth<HTMLDivElement>();
  const max = Math.max(0, ...months.map((m) => m.volume));
  const ticks = niceTicks(max);
  const top = ticks[ticks.length - 1] ?? 1;
  const plotWidth = width - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const step = plotWidth / Math.max(1, months.length);
  const total = months.reduce((sum, m) => sum + m.volume, 0);
  const busiest = months.reduce<MonthlyPoint | undefined>((best, m) => (!best || m.volume > best.volume ? m : best), undefined);
  const first = months[0];
  const last = months[months.length - 1];
  const summary =
    first && last && busiest
      ? t('dashboard.charts.volumeSummary', {
          from: formatMonth(first.month, format.language, 'long'),
          to: formatMonth(last.month, format.language, 'long'),
          total: format.number(total),
          month: formatMonth(busiest.month, format.language, 'long'),
          max: format.number(busiest.volume),
        })
      : t('dashboard.charts.noData');
  return (
    <figure className="card dash-chart" aria-labelledby={`${id}-title`}>
      <figcaption className="card__title" id={`${id}-title`}>
        {t('dashboard.charts.volumeTitle')}
      </figcaption>
      <div ref={ref} className="dash-chart__canvas">
        <svg width={width} height={HEIGHT} role="img" aria-label={summary} data-testid="volume-chart">
          <Axes months={months} width={width} ticks={ticks} tickLabel={(v) => format.number(v, { notation: 'compact' })} />
          {months.map((point, index) => {
            const h = (point.volume / top) * plotHeight;
            return (
              <rect
                key={point.month}
                x={MARGIN.left + step * index + step * 0.15}
                y={MARGIN.top + plotHeight - h}
                width={Math.max(1, step * 0.7)}
                height={h}
                className="dash-chart__bar"
              >
                <title>{`${formatMonth(point.month, format.language)}: ${format.number(point.volume)}`}</title>
              </rect>
            );
          })}
        </svg>
      </div>
      <MonthTable months={months} caption={t('dashboard.charts.volumeTitle')} />
    </figure>
  );
}

/** The volume-weighted average price per month (a line; months without trades leave a gap). */
export function PriceChart({ months }: { months: readonly MonthlyPoint[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const [ref, width] = useWidth<HTMLDivElement>();
  const priced = months.filter((m) => m.vwap != null);
  const values = priced.map((m) => Number(m.vwap));
  const ticks = niceTicks(Math.max(0, ...values));
  const top = ticks[ticks.length - 1] ?? 1;
  const plotWidth = width - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const step = plotWidth / Math.max(1, months.length);
  const point = (index: number, value: number) =>
    [MARGIN.left + step * (index + 0.5), MARGIN.top + plotHeight - (value / top) * plotHeight] as const;

  // Segments of consecutive priced months
  const segments: string[] = [];
  let current: string[] = [];
  months.forEach((m, index) => {
    if (m.vwap == null) {
      if (current.length) segments.push(current.join(' '));
      current = [];
      return;
    }
    const [x, y] = point(index, Number(m.vwap));
    current.push(`${current.length ? 'L' : 'M'}${x.toFixed(1)},${y.toFixed(1)}`);
  });
  if (current.length) segments.push(current.join(' '));

  const firstPriced = priced[0];
  const lastPriced = priced[priced.length - 1];
  const summary =
    firstPriced && lastPriced
      ? t('dashboard.charts.priceSummary', {
          from: formatMonth(firstPriced.month, format.language, 'long'),
          first: format.thb(firstPriced.vwap ?? 0),
          to: formatMonth(lastPriced.month, format.language, 'long'),
          last: format.thb(lastPriced.vwap ?? 0),
          min: format.thb(Math.min(...values)),
          max: format.thb(Math.max(...values)),
        })
      : t('dashboard.charts.noData');
  return (
    <figure className="card dash-chart" aria-labelledby={`${id}-title`}>
      <figcaption className="card__title" id={`${id}-title`}>
        {t('dashboard.charts.priceTitle')}
      </figcaption>
      <div ref={ref} className="dash-chart__canvas">
        <svg width={width} height={HEIGHT} role="img" aria-label={summary} data-testid="price-chart">
          <Axes months={months} width={width} ticks={ticks} tickLabel={(v) => format.number(v)} />
          {segments.map((d) => (
            <path key={d} d={d} className="dash-chart__line" />
          ))}
          {months.map((m, index) => {
            if (m.vwap == null) return null;
            const [x, y] = point(index, Number(m.vwap));
            return (
              <circle key={m.month} cx={x} cy={y} r={3.5} className="dash-chart__dot">
                <title>{`${formatMonth(m.month, format.language)}: ${format.thb(m.vwap)}`}</title>
              </circle>
            );
          })}
        </svg>
      </div>
      <MonthTable months={months} caption={t('dashboard.charts.priceTitle')} />
    </figure>
  );
}
