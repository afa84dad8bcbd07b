import { useTranslation } from 'react-i18next';

import { useFormat } from '@/lib/i18n/use-format';

import type { LaoCounts, Money, Totals } from '../api/types';

type HeadlineFiguresProps = {
  totals: Totals;
  laos: LaoCounts;
  revenue: Money;
  verifiedBuyers?: number;
  /** `national` or `province`: the prefix of each figure's test id (end-to-end tests read them). */
  scope: 'national' | 'province';
};

/** The headline numbers: credits by state, LAOs taking part, buyers, revenue. */
export function HeadlineFigures({ totals, laos, revenue, verifiedBuyers, scope }: HeadlineFiguresProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const credits = [
    { name: 'issued', value: totals.issued },
    { name: 'allocated', value: totals.allocated },
    { name: 'listed', value: totals.listed },
    { name: 'sold', value: totals.sold },
    { name: 'retired', value: totals.retired },
    { name: 'available', value: totals.available },
  ] as const;
  const others = [
    { name: 'laos-holding', label: t('dashboard.figures.laosHolding'), value: format.number(laos.holding) },
    { name: 'laos-listing', label: t('dashboard.figures.laosListing'), value: format.number(laos.listing) },
    { name: 'laos-selling', label: t('dashboard.figures.laosSelling'), value: format.number(laos.selling) },
    ...(verifiedBuyers === undefined
      ? []
      : [{ name: 'verified-buyers', label: t('dashboard.figures.verifiedBuyers'), value: format.number(verifiedBuyers) }]),
    { name: 'revenue', label: t('dashboard.figures.revenue'), value: format.thb(revenue) },
  ];
  return (
    <section className="dash-section" aria-labelledby={`${scope}-figures-title`}>
      <h2 className="section__title" id={`${scope}-figures-title`}>
        {t('dashboard.figures.title')}
      </h2>
      <dl className="dash-figures">
        {credits.map((figure) => (
          <div key={figure.name} className={`dash-figure dash-figure--${figure.name}`}>
            <dt className="dash-figure__label">{t(`dashboard.state.${figure.name}`)}</dt>
            <dd className="dash-figure__value" data-testid={`${scope}-total-${figure.name}`}>
              {format.number(figure.value)}
            </dd>
            <dd className="dash-figure__unit">{t('dashboard.unit')}</dd>
          </div>
        ))}
        {others.map((figure) => (
          <div key={figure.name} className={`dash-figure dash-figure--${figure.name}`}>
            <dt className="dash-figure__label">{figure.label}</dt>
            <dd className="dash-figure__value" data-testid={`${scope}-total-${figure.name}`}>
              {figure.value}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
