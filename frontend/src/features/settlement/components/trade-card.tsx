import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths } from '@/config/paths';
import { useFormat } from '@/lib/i18n/use-format';

import type { Trade, TradeState } from '../types';

const TONE: Record<TradeState, string> = {
  AWAITING_PAYMENT: 'pending',
  PAYMENT_REPORTED: 'pending',
  PAYMENT_CONFIRMED: 'approved',
  SETTLED: 'verified',
  CANCELLED: 'revoked',
};

export function TradeStateBadge({ state }: { state: TradeState }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${TONE[state]}`}>{t(`settlement.tradeState.${state}`)}</span>;
}

/** One trade: what, how much, its state and dates; the caller adds the actions of its role. */
export function TradeCard({ trade, children }: { trade: Trade; children?: ReactNode }) {
  const { t } = useTranslation();
  const format = useFormat();
  const when = (value: string | null | undefined) => (value ? format.date(value, { dateStyle: 'medium', timeStyle: 'short' }) : null);
  const facts: Array<[string, ReactNode]> = [
    [t('settlement.quantity'), t('market.credits', { formatted: format.number(trade.quantity) })],
    [t('settlement.unitPrice'), format.thb(trade.unitPrice)],
    [t('settlement.total'), <strong key="total">{format.thb(trade.total)}</strong>],
    [t('settlement.lao'), <span key="lao" className="code">{trade.laoCode}</span>],
  ];
  if (trade.state === 'AWAITING_PAYMENT') facts.push([t('settlement.paymentDueAt'), when(trade.paymentDueAt)]);
  if (trade.paymentReference) facts.push([t('settlement.paymentReference'), trade.paymentReference]);
  if (trade.paidAt) facts.push([t('settlement.paidAt'), format.date(trade.paidAt)]);
  if (trade.receiptNo) facts.push([t('settlement.receiptNo'), trade.receiptNo]);
  if (trade.tgoReference) facts.push([t('settlement.tgoReference'), trade.tgoReference]);
  if (trade.settledAt) facts.push([t('settlement.settledAt'), when(trade.settledAt)]);
  if (trade.cancelReason) facts.push([t('settlement.cancelReason'), trade.cancelReason]);
  return (
    <article className="card stack" aria-labelledby={`trade-${trade.id}`}>
      <div className="listing-card__head">
        <h2 className="card__title" id={`trade-${trade.id}`}>
          <Link to={paths.listing.getHref(trade.listingId)}>
            {t('settlement.tradeTitle', { date: format.date(trade.createdAt, { dateStyle: 'medium' }) })}
          </Link>
        </h2>
        <TradeStateBadge state={trade.state} />
      </div>
      <dl className="details details--compact">
        {facts.map(([label, value]) => (
          <div className="details__item" key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {children}
    </article>
  );
}
