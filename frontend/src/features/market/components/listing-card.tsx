import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { paths } from '@/config/paths';
import { withThaiName } from '@/lib/i18n/thai-name';
import { useFormat } from '@/lib/i18n/use-format';

import type { Listing } from '../types';

import { ListingStateBadge, ModeTag } from './badges';
import { Countdown } from './countdown';

/** One listing in the catalogue: who sells, how, at what price, how much is left. */
export function ListingCard({ listing }: { listing: Listing }) {
  const { t } = useTranslation();
  const format = useFormat();
  const price = listing.mode === 'AUCTION' ? (listing.bestPrice ?? listing.reservePrice ?? listing.unitPrice) : listing.unitPrice;
  const priceLabel =
    listing.mode === 'AUCTION'
      ? listing.bestPrice
        ? t('market.bestBid')
        : t('market.reservePrice')
      : t('market.unitPrice');
  return (
    <article className="card listing-card">
      <div className="listing-card__head">
        <ModeTag mode={listing.mode} />
        {listing.state !== 'OPEN' ? <ListingStateBadge state={listing.state} /> : null}
      </div>
      <h2 className="listing-card__title">
        <Link to={paths.listing.getHref(listing.id)}>
          {withThaiName(
            t('market.cardTitle', { quantity: format.number(listing.quantity), lao: listing.laoNameTh }),
            listing.laoNameTh,
          )}
        </Link>
      </h2>
      <dl className="listing-card__facts">
        <div>
          <dt>{priceLabel}</dt>
          <dd className="listing-card__price">
            {format.thb(price)} <span className="muted small">{t('market.perCredit')}</span>
          </dd>
        </div>
        <div>
          <dt>{t('market.remaining')}</dt>
          <dd>
            {t('market.credits', { formatted: format.number(listing.remaining) })}
          </dd>
        </div>
        <div>
          <dt>{t('market.vintage')}</dt>
          <dd>{listing.vintage ? format.year(listing.vintage) : t('market.anyVintage')}</dd>
        </div>
        {listing.endsAt ? (
          <div>
            <dt>{listing.mode === 'AUCTION' ? t('market.endsIn') : t('market.endsAt')}</dt>
            <dd>
              {listing.mode === 'AUCTION' && listing.state === 'OPEN' ? (
                <Countdown endsAt={listing.endsAt} />
              ) : (
                format.date(listing.endsAt, { dateStyle: 'medium' })
              )}
            </dd>
          </div>
        ) : null}
      </dl>
      <p className="listing-card__meta small muted">
        {t('market.bidCount', { formatted: format.number(listing.bidCount) })}
      </p>
    </article>
  );
}
