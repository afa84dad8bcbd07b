import { useTranslation } from 'react-i18next';

import type { BidState, ListingMode, ListingState } from '../types';

const LISTING_TONE: Record<ListingState, string> = {
  DRAFT: 'pending',
  PENDING_APPROVAL: 'pending',
  OPEN: 'verified',
  SOLD_OUT: 'approved',
  CLOSED: 'revoked',
  WITHDRAWN: 'revoked',
  EXPIRED: 'revoked',
};

const BID_TONE: Record<BidState, string> = {
  OPEN: 'pending',
  COUNTERED: 'pending',
  FILLED: 'verified',
  PARTIALLY_FILLED: 'verified',
  REJECTED: 'rejected',
  WITHDRAWN: 'revoked',
  LOST: 'revoked',
  EXPIRED: 'revoked',
};

export function ListingStateBadge({ state }: { state: ListingState }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${LISTING_TONE[state]}`}>{t(`market.listingState.${state}`)}</span>;
}

export function BidStateBadge({ state }: { state: BidState }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${BID_TONE[state]}`}>{t(`market.bidState.${state}`)}</span>;
}

export function ModeTag({ mode }: { mode: ListingMode }) {
  const { t } = useTranslation();
  return <span className={`tag tag--mode-${mode.toLowerCase()}`}>{t(`market.mode.${mode}`)}</span>;
}
