import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { paths } from '@/config/paths';
import { useFormat } from '@/lib/i18n/use-format';

import type { ProvinceFigures } from '../api/types';
import { abbreviations } from '../utils/abbreviations';
import { classOf, colourClasses } from '../utils/classes';
import { MAP_MEASURES, measureValue, type MapMeasure } from '../utils/measures';

import { Disclosure } from './disclosure';
import { SortableTable, type Column } from './sortable-table';

const CELL = 40;
const GAP = 3;

type Direction = 'left' | 'right' | 'up' | 'down';
const KEY_DIRECTIONS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/** The nearest tile in a direction (same row/column first), for arrow-key moves across the grid. */
function neighbour(from: ProvinceFigures, all: readonly ProvinceFigures[], direction: Direction) {
  let best: ProvinceFigures | undefined;
  let bestScore = Infinity;
  for (const candidate of all) {
    const dx = candidate.gridCol - from.gridCol;
    const dy = candidate.gridRow - from.gridRow;
    const [along, across] =
      direction === 'left' ? [-dx, dy] : direction === 'right' ? [dx, dy] : direction === 'up' ? [-dy, dx] : [dy, dx];
    if (along <= 0) continue;
    const score = along + Math.abs(across) * 3;
    if (score < bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  return best;
}

type ProvinceMapProps = {
  provinces: readonly ProvinceFigures[];
  measure: MapMeasure;
  onMeasureChange: (measure: MapMeasure) => void;
};

/**
 * A tile-grid cartogram of the 77 provinces (one equal square each, placed near its real position by gridCol/
 * gridRow), coloured by the chosen measure. Every tile is a link: Tab reaches the map, the arrow keys move
 * between provinces, Enter opens one. The same values are in a sortable table below (the text alternative).
 */
export function ProvinceMap({ provinces, measure, onMeasureChange }: ProvinceMapProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const id = useId();
  const tileRefs = useRef(new Map<string, { focus: () => void }>());
  const [active, setActive] = useState<string | null>(null);
  const [pointed, setPointed] = useState<string | null>(null);

  const labels = useMemo(() => abbreviations(provinces, t, format.language), [provinces, t, format.language]);
  const classes = useMemo(() => colourClasses(provinces.map((p) => measureValue(p, measure))), [provinces, measure]);
  const columns = Math.max(...provinces.map((p) => p.gridCol)) + 1;
  const rows = Math.max(...provinces.map((p) => p.gridRow)) + 1;
  const width = columns * CELL;
  const height = rows * CELL;
  const name = (p: { nameTh: string; nameEn: string }) => (format.language === 'th' ? p.nameTh : p.nameEn);
  const measureLabel = t(`dashboard.measure.${measure}`);
  const tabStop = active ?? [...provinces].sort((a, b) => a.gridRow - b.gridRow || a.gridCol - b.gridCol)[0]?.code;
  const shown = provinces.find((p) => p.code === (pointed ?? active));

  const open = (code: string) => void navigate(paths.provinceDashboard.getHref(code));

  const onKeyDown = (event: KeyboardEvent<Element>, province: ProvinceFigures) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      open(province.code);
      return;
    }
    const direction = KEY_DIRECTIONS[event.key];
    if (!direction) return;
    event.preventDefault();
    const next = neighbour(province, provinces, direction);
    if (next) {
      setActive(next.code);
      tileRefs.current.get(next.code)?.focus();
    }
  };

  const tableColumns: Column<ProvinceFigures>[] = [
    {
      key: 'name',
      label: t('dashboard.map.province'),
      rowHeader: true,
      sortValue: (p) => name(p),
      render: (p) => <Link to={paths.provinceDashboard.getHref(p.code)}>{name(p)}</Link>,
    },
    { key: 'region', label: t('dashboard.map.region'), sortValue: (p) => t(`region.${p.region}`), render: (p) => t(`region.${p.region}`) },
    ...MAP_MEASURES.map((m) => ({
      key: m,
      label: t(`dashboard.measure.${m}`),
      numeric: true,
      sortValue: (p: ProvinceFigures) => measureValue(p, m),
      render: (p: ProvinceFigures) => format.number(measureValue(p, m)),
    })),
  ];

  return (
    <section className="card dash-map" aria-labelledby={`${id}-title`}>
      <h2 className="card__title" id={`${id}-title`}>
        {t('dashboard.map.title')}
      </h2>
      <fieldset className="chip-group dash-map__measures">
        <legend className="field__label">{t('dashboard.map.measureLegend')}</legend>
        <div className="chip-group__options">
          {MAP_MEASURES.map((m) => (
            <label key={m} className="chip">
              <input
                type="radio"
                name={`${id}-measure`}
                value={m}
                checked={measure === m}
                onChange={() => onMeasureChange(m)}
              />
              <span>{t(`dashboard.measure.${m}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <div className="dash-map__body">
        <div className="dash-map__canvas">
          <p className="visually-hidden" id={`${id}-help`}>
            {t('dashboard.map.keyboardHelp')}
          </p>
          <svg
            className="dash-map__svg"
            viewBox={`0 0 ${width} ${height}`}
            role="group"
            aria-label={t('dashboard.map.label', { measure: measureLabel })}
            aria-describedby={`${id}-help`}
            data-measure={measure}
            onMouseLeave={() => setPointed(null)}
          >
            {provinces.map((province) => {
              const value = measureValue(province, measure);
              const colourClass = classOf(value, classes);
              const x = province.gridCol * CELL;
              const y = province.gridRow * CELL;
              return (
                <a
                  key={province.code}
                  ref={(element) => {
                    if (element) tileRefs.current.set(province.code, element);
                    else tileRefs.current.delete(province.code);
                  }}
                  href={paths.provinceDashboard.getHref(province.code)}
                  className="dash-map__tile"
                  data-province={province.code}
                  data-class={colourClass.index}
                  tabIndex={province.code === tabStop ? 0 : -1}
                  aria-label={t('dashboard.map.tileLabel', {
                    province: name(province),
                    measure: measureLabel,
                    value: format.number(value),
                  })}
                  onClick={(event) => {
                    event.preventDefault();
                    open(province.code);
                  }}
                  onKeyDown={(event) => onKeyDown(event, province)}
                  onFocus={() => setActive(province.code)}
                  onMouseEnter={() => setPointed(province.code)}
                >
                  <rect
                    x={x + GAP / 2}
                    y={y + GAP / 2}
                    width={CELL - GAP}
                    height={CELL - GAP}
                    rx={5}
                    fill={colourClass.colour}
                    className="dash-map__cell"
                  />
                  <text
                    x={x + CELL / 2}
                    y={y + CELL / 2}
                    dy="0.35em"
                    textAnchor="middle"
                    fill={colourClass.ink}
                    className="dash-map__abbr"
                    aria-hidden="true"
                  >
                    {labels.get(province.code)}
                  </text>
                </a>
              );
            })}
          </svg>
          {shown ? (
            <div
              className="dash-map__tooltip"
              aria-hidden="true"
              data-testid="map-tooltip"
              style={{
                left: `${((shown.gridCol + 0.5) / columns) * 100}%`,
                top: `${((shown.gridRow + 1) / rows) * 100}%`,
              }}
            >
              <strong>{name(shown)}</strong>
              <span>
                {measureLabel}: {format.number(measureValue(shown, measure))}
              </span>
              <span className="dash-map__tooltip-hint">{t('dashboard.map.openHint')}</span>
            </div>
          ) : null}
        </div>

        <div className="dash-map__side">
          <h3 className="dash-subtitle" id={`${id}-legend`}>
            {t('dashboard.map.legendTitle', { measure: measureLabel })}
          </h3>
          <ul className="dash-legend" aria-labelledby={`${id}-legend`} data-testid="map-legend">
            {classes.map((colourClass) => (
              <li key={colourClass.index} className="dash-legend__item" data-class={colourClass.index}>
                <span className="dash-legend__swatch" style={{ background: colourClass.colour }} aria-hidden="true" />
                <span>
                  {colourClass.index < 0
                    ? t('dashboard.map.none')
                    : colourClass.min === colourClass.max
                      ? format.number(colourClass.min)
                      : t('dashboard.map.range', {
                          min: format.number(colourClass.min),
                          max: format.number(colourClass.max),
                        })}
                </span>
              </li>
            ))}
          </ul>
          <p className="small muted">{t('dashboard.map.note')}</p>
        </div>
      </div>

      <Disclosure label={t('dashboard.map.tableToggle')}>
        <SortableTable
          key={measure}
          caption={t('dashboard.map.tableCaption')}
          rows={provinces}
          columns={tableColumns}
          rowKey={(p) => p.code}
          initialSort={{ key: measure, direction: 'descending' }}
          testId="map-table"
        />
      </Disclosure>
    </section>
  );
}
