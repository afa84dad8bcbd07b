import { useTranslation } from 'react-i18next';

import { useFormat } from '@/lib/i18n/use-format';

import type { LiveUpdate, StreamStatus } from '../hooks/use-listing-stream';

/** A small "live" dot, and a polite live region that announces new bids and sales to screen readers. */
export function LiveIndicator({ status, lastUpdate }: { status: StreamStatus; lastUpdate: LiveUpdate | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  let announcement = '';
  if (lastUpdate?.kind === 'bid') {
    announcement = t('market.live.newBid', {
      bidder: lastUpdate.data.bidder,
      quantity: format.number(lastUpdate.data.quantity),
      price: format.thb(lastUpdate.data.unitPrice),
    });
  } else if (lastUpdate?.kind === 'trade') {
    announcement = t('market.live.trade', {
      bidder: lastUpdate.data.bidder,
      quantity: format.number(lastUpdate.data.quantity),
      price: format.thb(lastUpdate.data.unitPrice),
    });
  } else if (lastUpdate?.kind === 'closed') {
    announcement = t('market.live.closed', { sold: format.number(lastUpdate.data.sold) });
  }
  return (
    <div className="live">
      <span className={`live__badge live__badge--${status}`}>
        <span className="live__dot" aria-hidden="true" />
        {t(`market.live.status.${status}`)}
      </span>
      <p className="live__update small" aria-live="polite" role="status">
        {announcement}
      </p>
    </div>
  );
}
