import { useTranslation } from 'react-i18next';

import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { Spinner } from '@/components/ui/spinner';
import { useFormat } from '@/lib/i18n/use-format';

import { useListingBids } from '../api/get-listing-bids';

import { BidStateBadge } from './badges';

/** The bids on a listing, buyers anonymised; updated live by the stream. */
export function ListingBids({ listingId }: { listingId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const bids = useListingBids(listingId);
  if (bids.isPending) return <Spinner />;
  if (bids.isError) return <ErrorState error={bids.error} onRetry={() => void bids.refetch()} />;
  if (bids.data.length === 0) return <EmptyState title={t('market.noBidsTitle')} message={t('market.noBidsMessage')} />;
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
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
