import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ErrorState } from '@/components/ui/error-state';
import { PageHeader } from '@/components/ui/page-header';
import { PageSpinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { withThaiName } from '@/lib/i18n/thai-name';
import { useFormat } from '@/lib/i18n/use-format';

import { useListing } from '../api/get-listing';
import { useListingStream } from '../hooks/use-listing-stream';
import type { Listing } from '../types';

import { ListingStateBadge, ModeTag } from './badges';
import { BidForm } from './bid-form';
import { Countdown } from './countdown';
import { ListingBids } from './listing-bids';
import { LiveIndicator } from './live-indicator';

/** Who is looking, as far as bidding goes (the app decides it from the session). */
export type BidderKind = 'pending' | 'anonymous' | 'buyer' | 'unverified' | 'other';

function Facts({ listing }: { listing: Listing }) {
  const { t } = useTranslation();
  const format = useFormat();
  const rows: Array<[string, React.ReactNode]> = [
    [
      t('market.lao'),
      <Link key="lao" to={paths.lao.getHref(listing.laoCode)}>
        {listing.laoNameTh}
      </Link>,
    ],
    [t('market.modeLabel'), <ModeTag key="mode" mode={listing.mode} />],
    [t('market.vintage'), listing.vintage ? format.year(listing.vintage) : t('market.anyVintage')],
    [t('market.quantity'), t('market.credits', { formatted: format.number(listing.quantity) })],
    [t('market.remaining'), t('market.credits', { formatted: format.number(listing.remaining) })],
    [t('market.minLot'), t('market.credits', { formatted: format.number(listing.minLot) })],
  ];
  if (listing.mode === 'AUCTION') {
    rows.push([t('market.reservePrice'), format.thb(listing.reservePrice ?? listing.unitPrice)]);
    rows.push([t('market.minIncrement'), listing.minIncrement != null ? format.thb(listing.minIncrement) : '—']);
    rows.push([t('market.bestBid'), listing.bestPrice != null ? format.thb(listing.bestPrice) : t('market.noBidYet')]);
  } else {
    rows.push([t('market.unitPrice'), format.thb(listing.unitPrice)]);
    if (listing.mode === 'NEGOTIABLE') {
      rows.push([t('market.bestBid'), listing.bestPrice != null ? format.thb(listing.bestPrice) : t('market.noBidYet')]);
    }
  }
  if (listing.endsAt) {
    rows.push([
      t('market.endsAt'),
      <span key="ends">
        {format.date(listing.endsAt, { dateStyle: 'medium', timeStyle: 'short' })}
        {listing.mode === 'AUCTION' && listing.state === 'OPEN' ? (
          <>
            {' · '}
            <Countdown endsAt={listing.endsAt} />
          </>
        ) : null}
      </span>,
    ]);
  }
  if (listing.projectCodes.length > 0) rows.push([t('market.projects'), listing.projectCodes.join(', ')]);
  return (
    <dl className="details">
      {rows.map(([label, value]) => (
        <div className="details__item" key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The listing page: details, live bids, and the bid form for verified buyers. */
export function ListingDetail({ id, bidder }: { id: string; bidder: BidderKind }) {
  const { t } = useTranslation();
  const format = useFormat();
  const listing = useListing(id);
  const live = useListingStream(id, { enabled: listing.isSuccess && listing.data.state === 'OPEN' });

  if (listing.isPending) return <PageSpinner />;
  if (listing.isError) return <ErrorState error={listing.error} onRetry={() => void listing.refetch()} />;
  const l = listing.data;
  const open = l.state === 'OPEN';

  return (
    <>
      <PageHeader
        eyebrow={t('market.title')}
        title={t('market.listingTitle', { lao: l.laoNameTh })}
        heading={withThaiName(t('market.listingTitle', { lao: l.laoNameTh }), l.laoNameTh)}
        description={l.description ?? undefined}
        before={
          <Link className="back-link" to={paths.market.getHref()}>
            ‹ {t('market.backToCatalogue')}
          </Link>
        }
      >
        <div className="cluster">
          <ListingStateBadge state={l.state} />
          {open ? <LiveIndicator status={live.status} lastUpdate={live.lastUpdate} /> : null}
        </div>
      </PageHeader>
      <div className="listing-layout">
        <section className="card stack" aria-labelledby="listing-facts">
          <h2 className="section__title" id="listing-facts">
            {t('market.details')}
          </h2>
          <p className="listing-price" aria-live="polite">
            <span className="listing-price__value">
              {format.thb(l.mode === 'AUCTION' ? (l.bestPrice ?? l.reservePrice ?? l.unitPrice) : l.unitPrice)}
            </span>{' '}
            <span className="muted">{t('market.perCredit')}</span>
            <br />
            <span className="small">
              {t('market.remainingOf', { remaining: format.number(l.remaining), quantity: format.number(l.quantity) })}
            </span>
          </p>
          <Facts listing={l} />
        </section>
        <aside className="card stack">
          {!open ? (
            <p className="notice">{t('market.notOpen')}</p>
          ) : bidder === 'buyer' ? (
            <BidForm key={l.id} listing={l} verifyHref={paths.myOrganisation.getHref()} />
          ) : bidder === 'anonymous' ? (
            <div className="stack">
              <h2 className="section__title">{t('market.bidForm.title')}</h2>
              <p>{t('market.signInToBid')}</p>
              <p className="cluster">
                <Link className="button button--primary" to={paths.signIn.getHref(paths.listing.getHref(l.id))}>
                  {t('market.signIn')}
                </Link>
                <Link className="button button--secondary" to={paths.register.getHref()}>
                  {t('market.register')}
                </Link>
              </p>
            </div>
          ) : bidder === 'unverified' ? (
            <div className="stack" role="status">
              <h2 className="section__title">{t('market.bidForm.title')}</h2>
              <p className="notice notice--pending">
                <strong>{t('market.problems.buyer-not-verified.title')}</strong>
                <br />
                {t('market.problems.buyer-not-verified.message')}
              </p>
              <p>
                <Link to={paths.myOrganisation.getHref()}>{t('market.bidForm.seeOrganisation')}</Link>
              </p>
            </div>
          ) : bidder === 'other' ? (
            <p className="notice">{t('market.onlyBuyersBid')}</p>
          ) : null}
        </aside>
      </div>
      <section className="section stack listing-bids" aria-labelledby="listing-bids">
        <h2 className="section__title" id="listing-bids">
          {t('market.bidsTitle')}{' '}
          <span className="muted small">({format.number(l.bidCount)})</span>
        </h2>
        <ListingBids listingId={l.id} />
      </section>
    </>
  );
}
