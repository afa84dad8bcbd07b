import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';

import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { Pagination } from '@/components/ui/pagination';
import { Spinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { useFormat } from '@/lib/i18n/use-format';

import { useAcceptCounter } from '../api/accept-counter';
import { MY_BIDS_PAGE_SIZE, useMyBids } from '../api/get-my-bids';
import { useWithdrawBid } from '../api/withdraw-bid';
import type { Bid } from '../types';

import { BidStateBadge } from './badges';

type Pending = { kind: 'withdraw' | 'accept-counter'; bid: Bid };

/** The buyer's bids: withdraw waiting ones, accept a counter-offer (both confirmed first). */
export function MyBids() {
  const { t } = useTranslation();
  const format = useFormat();
  const [params] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const bids = useMyBids(page - 1);
  const withdraw = useWithdrawBid();
  const acceptCounter = useAcceptCounter();
  const [pending, setPending] = useState<Pending | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const mutation = pending?.kind === 'withdraw' ? withdraw : acceptCounter;

  if (bids.isPending) return <Spinner />;
  if (bids.isError) return <ErrorState error={bids.error} onRetry={() => void bids.refetch()} />;
  if (bids.data.items.length === 0) {
    return (
      <EmptyState title={t('market.myBids.emptyTitle')} message={t('market.myBids.emptyMessage')}>
        <Link className="button button--primary" to={paths.market.getHref()}>
          {t('market.nav.market')}
        </Link>
      </EmptyState>
    );
  }
  const confirm = () => {
    if (!pending) return;
    mutation.mutate(
      { id: pending.bid.id },
      {
        onSuccess: () => {
          setDone(pending.kind === 'withdraw' ? t('market.myBids.withdrawn') : t('market.myBids.counterAccepted'));
          setPending(null);
        },
      },
    );
  };
  return (
    <div className="stack">
      {done ? (
        <p className="notice notice--success" role="status">
          {done}
        </p>
      ) : null}
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">{t('market.myBids.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('market.myBids.listing')}</th>
              <th scope="col">{t('market.quantity')}</th>
              <th scope="col">{t('market.unitPrice')}</th>
              <th scope="col">{t('market.state')}</th>
              <th scope="col">{t('market.myBids.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {bids.data.items.map((bid) => (
              <tr key={bid.id}>
                <td data-label={t('market.myBids.listing')}>
                  <Link to={paths.listing.getHref(bid.listingId)}>
                    {t('market.myBids.placedOn', { date: format.date(bid.createdAt, { dateStyle: 'medium', timeStyle: 'short' }) })}
                  </Link>
                </td>
                <td data-label={t('market.quantity')}>
                  {format.number(bid.quantity)}
                  {bid.filledQuantity > 0 && bid.filledQuantity !== bid.quantity ? (
                    <span className="table__sub">{t('market.myBids.filled', { formatted: format.number(bid.filledQuantity) })}</span>
                  ) : null}
                </td>
                <td data-label={t('market.unitPrice')}>
                  {format.thb(bid.unitPrice)}
                  {bid.counterPrice != null && bid.state === 'COUNTERED' ? (
                    <span className="table__sub">{t('market.myBids.counter', { price: format.thb(bid.counterPrice) })}</span>
                  ) : null}
                </td>
                <td data-label={t('market.state')}>
                  <BidStateBadge state={bid.state} />
                </td>
                <td data-label={t('market.myBids.actions')}>
                  <div className="actions-row">
                    {bid.state === 'COUNTERED' ? (
                      <button type="button" className="button button--primary" onClick={() => setPending({ kind: 'accept-counter', bid })}>
                        {t('market.myBids.acceptCounter')}
                      </button>
                    ) : null}
                    {bid.state === 'OPEN' || bid.state === 'COUNTERED' ? (
                      <button type="button" className="button button--danger-outline" onClick={() => setPending({ kind: 'withdraw', bid })}>
                        {t('market.myBids.withdraw')}
                      </button>
                    ) : null}
                    {bid.tradeId ? (
                      <Link to={paths.myTrades.getHref()}>{t('market.myBids.seeTrade')}</Link>
                    ) : null}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={page} pageSize={MY_BIDS_PAGE_SIZE} total={bids.data.total} hrefForPage={(p) => paths.myBids.getHref(p)} />
      {pending ? (
        <ConfirmDialog
          title={pending.kind === 'withdraw' ? t('market.myBids.withdrawTitle') : t('market.myBids.acceptCounterTitle')}
          message={
            pending.kind === 'withdraw'
              ? t('market.myBids.withdrawMessage', { quantity: format.number(pending.bid.quantity), price: format.thb(pending.bid.unitPrice) })
              : t('market.myBids.acceptCounterMessage', {
                  quantity: format.number(pending.bid.quantity),
                  price: format.thb(pending.bid.counterPrice ?? pending.bid.unitPrice),
                })
          }
          confirmLabel={pending.kind === 'withdraw' ? t('market.myBids.withdraw') : t('market.myBids.acceptCounter')}
          tone={pending.kind === 'withdraw' ? 'danger' : 'primary'}
          pending={mutation.isPending}
          error={mutation.error ?? undefined}
          onConfirm={confirm}
          onCancel={() => {
            setPending(null);
            mutation.reset();
          }}
        />
      ) : null}
    </div>
  );
}
