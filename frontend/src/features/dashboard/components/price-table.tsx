import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { useFormat } from '@/lib/i18n/use-format';

import type { VintagePrice } from '../api/types';

/** Last price and volume-weighted average price of each vintage (vintages as พ.ศ. in Thai). */
export function PriceTable({ prices }: { prices: readonly VintagePrice[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const dash = <span aria-label={t('dashboard.prices.noTrade')}>–</span>;
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 className="card__title" id={`${id}-title`}>
        {t('dashboard.prices.title')}
      </h2>
      {prices.length === 0 ? (
        <p className="muted">{t('dashboard.prices.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table dash-table" data-testid="price-table">
            <caption className="visually-hidden">{t('dashboard.prices.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.prices.vintage')}</th>
                <th scope="col" className="dash-table__num">{t('dashboard.prices.lastPrice')}</th>
                <th scope="col">{t('dashboard.prices.lastTradeAt')}</th>
                <th scope="col" className="dash-table__num">{t('dashboard.prices.vwap')}</th>
                <th scope="col" className="dash-table__num">{t('dashboard.prices.volume')}</th>
              </tr>
            </thead>
            <tbody>
              {prices.map((price) => (
                <tr key={price.vintage}>
                  <th scope="row">{format.year(price.vintage)}</th>
                  <td data-label={t('dashboard.prices.lastPrice')} className="dash-table__num">{price.lastPrice == null ? dash : format.thb(price.lastPrice)}</td>
                  <td data-label={t('dashboard.prices.lastTradeAt')}>{price.lastTradeAt ? format.date(price.lastTradeAt, { dateStyle: 'medium' }) : dash}</td>
                  <td data-label={t('dashboard.prices.vwap')} className="dash-table__num">{price.vwap == null ? dash : format.thb(price.vwap)}</td>
                  <td data-label={t('dashboard.prices.volume')} className="dash-table__num">{format.number(price.volume)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
