import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { Spinner } from '@/components/ui/spinner';
import { useFormat } from '@/lib/i18n/use-format';

import { useListingBids } from '../api/get-listing-bids';
import type { PublicBid } from '../types';

import { BidStateBadge } from './badges';

type ListingBidsProps = {
  listingId: string;
  /** The message when there is no bid yet. */
  emptyMessage?: string;
  /** A last column with what the viewer may do with a bid (the LAO's decisions). */
  actions?: { label: string; render: (bid: PublicBid) => ReactNode };
};

/** The bids on a listing, buyers anonymised; updated live by the stream. */
export function ListingBids({ listingId, emptyMessage, actions }: ListingBidsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const bids = useListingBids(listingId);
  if (bids.isPending) return <Spinner />;
  if (bids.isError) return <ErrorState error={bids.error} onRetry={() => void bids.refetch()} />;
  if (bids.data.length === 0) return <EmptyState title={t('market.noBidsTitle')} message={emptyMessage ?? t('market.noBidsMessage')} />;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{t('market.bidsTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('market.bidder')}</th>
            <th scope="col">{t('market.quantity')}</th>
            <th scope="col">{t('market.unitPrice')}</th>
            <th scope="col">{t('market.state')}</th>
            <th scope="col">{t('market.placedAt')}</th>
            {actions ? <th scope="col">{actions.label}</th> : null}
          </tr>
        </thead>
        <tbody>
          {bids.data.map((bid) => (
            <tr key={bid.id}>
              <td data-label={t('market.bidder')}>{bid.bidder}</td>
              <td data-label={t('market.quantity')}>{format.number(bid.quantity)}</td>
              <td data-label={t('market.unitPrice')}>{format.thb(bid.unitPrice)}</td>
              <td data-label={t('market.state')}>
                <BidStateBadge state={bid.state} />
              </td>
              <td data-label={t('market.placedAt')}>{format.date(bid.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}</td>
              {actions ? <td data-label={actions.label}>{actions.render(bid)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
