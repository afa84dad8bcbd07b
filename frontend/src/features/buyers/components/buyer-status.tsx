import { useTranslation } from 'react-i18next';

import type { BuyerStatus } from '../types';

/** A buyer organisation's status as a coloured badge (the colour is never the only cue: the text says it). */
export function BuyerStatusBadge({ status }: { status: BuyerStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${status.toLowerCase()}`}>{t(`buyerStatus.${status}`)}</span>;
}
