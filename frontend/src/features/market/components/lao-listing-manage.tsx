import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { ErrorState } from '@/components/ui/error-state';
import { FormAlert } from '@/components/ui/form-field';
import { PageHeader } from '@/components/ui/page-header';
import { PageSpinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { useFormat } from '@/lib/i18n/use-format';

import { useAcceptBid } from '../api/accept-bid';
import { useApproveListing } from '../api/approve-listing';
import { useCounterBid } from '../api/counter-bid';
import { useListing } from '../api/get-listing';
import { useRejectBid } from '../api/reject-bid';
import { useSubmitListing } from '../api/submit-listing';
import { useWithdrawListing } from '../api/withdraw-listing';
import type { Listing, PublicBid } from '../types';
import { marketProblemSlug, translateMarketProblem } from '../utils/problems';

import { ListingStateBadge, ModeTag } from './badges';
import { ListingBids } from './listing-bids';

type ListingAction = 'submit' | 'approve' | 'withdraw';
type BidAction = { kind: 'accept' | 'reject'; bid: PublicBid } | { kind: 'counter'; bid: PublicBid; price: string };

/** The LAO's bids on a negotiable listing: accept, reject or counter, each confirmed. */
function BidDecisions({ listing }: { listing: Listing }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const accept = useAcceptBid();
  const reject = useRejectBid();
  const counter = useCounterBid();
  const [action, setAction] = useState<BidAction | null>(null);
  const [prices, setPrices] = useState<Record<string, string>>({});
  const [priceError, setPriceError] = useState<Record<string, string>>({});
  const [done, setDone] = useState<string | null>(null);
  const mutation = action?.kind === 'accept' ? accept : action?.kind === 'reject' ? reject : counter;
  const negotiable = listing.mode === 'NEGOTIABLE' && listing.state === 'OPEN';


  const confirm = () => {
    if (!action) return;
    const onSuccess = () => {
      setDone(t(`market.officer.bid.${action.kind}Done`));
      setAction(null);
    };
    if (action.kind === 'counter') counter.mutate({ id: action.bid.id, listingId: listing.id, unitPrice: action.price }, { onSuccess });
    else mutation.mutate({ id: action.bid.id, listingId: listing.id, unitPrice: '' }, { onSuccess });
  };
  const startCounter = (bid: PublicBid) => {
    const price = (prices[bid.id] ?? '').trim();
    if (!/^\d{1,12}(\.\d{1,2})?$/.test(price) || Number(price) <= 0) {
      setPriceError((e) => ({ ...e, [bid.id]: t('market.validation.money') }));
      document.getElementById(`${id}-${bid.id}`)?.focus();
      return;
    }
    setPriceError((e) => ({ ...e, [bid.id]: '' }));
    setAction({ kind: 'counter', bid, price });
  };

  return (
    <div className="stack">
      {done ? (
        <p className="notice notice--success" role="status">
          {done}
        </p>
      ) : null}
      <ListingBids
        listingId={listing.id}
        emptyMessage={t('market.officer.noBids')}
        {...(negotiable
          ? {
              actions: {
                label: t('market.myBids.actions'),
                render: (bid: PublicBid) =>
                  bid.state === 'OPEN' ? (
                    <div className="stack">
                      <div className="actions-row">
                        <button type="button" className="button button--primary" onClick={() => setAction({ kind: 'accept', bid })}>
                          {t('market.officer.bid.accept')}
                        </button>
                        <button type="button" className="button button--danger-outline" onClick={() => setAction({ kind: 'reject', bid })}>
                          {t('market.officer.bid.reject')}
                        </button>
                      </div>
                      <div className={`field${priceError[bid.id] ? ' field--invalid' : ''}`}>
                        <label className="field__label" htmlFor={`${id}-${bid.id}`}>
                          {t('market.officer.bid.counterPrice', { bidder: bid.bidder })}
                        </label>
                        <div className="cluster">
                          <input
                            id={`${id}-${bid.id}`}
                            className="input"
                            inputMode="decimal"
                            value={prices[bid.id] ?? ''}
                            aria-invalid={Boolean(priceError[bid.id])}
                            aria-describedby={priceError[bid.id] ? `${id}-${bid.id}-error` : undefined}
                            onChange={(e) => setPrices((p) => ({ ...p, [bid.id]: e.target.value }))}
                          />
                          <button type="button" className="button button--secondary" onClick={() => startCounter(bid)}>
                            {t('market.officer.bid.counter')}
                          </button>
                        </div>
                        {priceError[bid.id] ? (
                          <p className="field__error" id={`${id}-${bid.id}-error`}>
                            {priceError[bid.id]}
                          </p>
                        ) : null}
                      </div>
                    </div>
                  ) : null,
              },
            }
          : {})}
      />
      {action ? (
        <ConfirmDialog
          title={t(`market.officer.bid.${action.kind}Title`)}
          message={t(`market.officer.bid.${action.kind}Message`, {
            bidder: action.bid.bidder,
            quantity: format.number(action.bid.quantity),
            price: format.thb(action.kind === 'counter' ? action.price : action.bid.unitPrice),
          })}
          confirmLabel={t(`market.officer.bid.${action.kind}`)}
          tone={action.kind === 'reject' ? 'danger' : 'primary'}
          pending={mutation.isPending}
          error={mutation.error ?? undefined}
          onConfirm={confirm}
          onCancel={() => {
            setAction(null);
            mutation.reset();
          }}
        />
      ) : null}
    </div>
  );
}

/**
 * One listing as its LAO's officers see it: the maker submits the draft, another officer approves (the maker is told
 * to wait for a second officer), any officer withdraws; all after a confirmation.
 */
export function LaoListingManage({ id, viewerName }: { id: string; viewerName: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const listing = useListing(id);
  const submit = useSubmitListing();
  const approve = useApproveListing();
  const withdraw = useWithdrawListing();
  const [action, setAction] = useState<ListingAction | null>(null);
  const [problem, setProblem] = useState<unknown>(null);
  const mutation = action === 'submit' ? submit : action === 'approve' ? approve : withdraw;

  if (listing.isPending) return <PageSpinner />;
  if (listing.isError) return <ErrorState error={listing.error} onRetry={() => void listing.refetch()} />;
  const l = listing.data;
  const isMaker = l.createdByName === viewerName;
  const canWithdraw = l.state === 'DRAFT' || l.state === 'PENDING_APPROVAL' || l.state === 'OPEN';

  const confirm = () => {
    if (!action) return;
    mutation.mutate(
      { id: l.id },
      {
        onSuccess: () => setAction(null),
        onError: (error) => {
          if (marketProblemSlug(error)) {
            setAction(null);
            setProblem(error);
          }
        },
      },
    );
  };
  const ui = problem ? translateMarketProblem(problem, t) : null;

  return (
    <>
      <PageHeader
        eyebrow={t('market.officer.title')}
        title={t('market.officer.listingName', { quantity: format.number(l.quantity), date: format.date(l.createdAt, { dateStyle: 'medium' }) })}
        before={
          <Link className="back-link" to={paths.laoListings.getHref(l.laoCode)}>
            ‹ {t('market.officer.back')}
          </Link>
        }
      >
        <div className="cluster">
          <ModeTag mode={l.mode} />
          <ListingStateBadge state={l.state} />
          {l.state === 'OPEN' ? <Link to={paths.listing.getHref(l.id)}>{t('market.officer.publicPage')}</Link> : null}
        </div>
      </PageHeader>
      <div className="stack">
        {ui ? <FormAlert title={ui.title} message={ui.message} /> : null}
        <dl className="details details--compact">
          <div className="details__item">
            <dt>{t('market.unitPrice')}</dt>
            <dd>{format.thb(l.unitPrice)}</dd>
          </div>
          <div className="details__item">
            <dt>{t('market.remaining')}</dt>
            <dd>{t('market.remainingOf', { remaining: format.number(l.remaining), quantity: format.number(l.quantity) })}</dd>
          </div>
          <div className="details__item">
            <dt>{t('market.vintage')}</dt>
            <dd>{l.vintage ? format.year(l.vintage) : t('market.anyVintage')}</dd>
          </div>
          <div className="details__item">
            <dt>{t('market.officer.maker')}</dt>
            <dd>{l.createdByName}</dd>
          </div>
          <div className="details__item">
            <dt>{t('market.officer.checker')}</dt>
            <dd>{l.approvedByName ?? '—'}</dd>
          </div>
          {l.endsAt ? (
            <div className="details__item">
              <dt>{t('market.endsAt')}</dt>
              <dd>{format.date(l.endsAt, { dateStyle: 'medium', timeStyle: 'short' })}</dd>
            </div>
          ) : null}
        </dl>
        {l.state === 'PENDING_APPROVAL' && isMaker ? (
          <p className="notice notice--pending" role="status">
            {t('market.officer.waitingForChecker')}
          </p>
        ) : null}
        <div className="actions-row">
          {l.state === 'DRAFT' ? (
            <button type="button" className="button button--primary" onClick={() => setAction('submit')}>
              {t('market.officer.submit')}
            </button>
          ) : null}
          {l.state === 'PENDING_APPROVAL' && !isMaker ? (
            <button type="button" className="button button--primary" onClick={() => setAction('approve')}>
              {t('market.officer.approve')}
            </button>
          ) : null}
          {canWithdraw ? (
            <button type="button" className="button button--danger-outline" onClick={() => setAction('withdraw')}>
              {t('market.officer.withdraw')}
            </button>
          ) : null}
        </div>
        {l.state !== 'DRAFT' && l.state !== 'PENDING_APPROVAL' ? (
          <section className="section stack" aria-labelledby="lao-bids">
            <h2 className="section__title" id="lao-bids">
              {t('market.bidsTitle')}
            </h2>
            <BidDecisions listing={l} />
          </section>
        ) : null}
      </div>
      {action ? (
        <ConfirmDialog
          title={t(`market.officer.${action}Title`)}
          message={t(`market.officer.${action}Message`, { quantity: format.number(l.quantity), price: format.thb(l.unitPrice) })}
          confirmLabel={t(`market.officer.${action}`)}
          tone={action === 'withdraw' ? 'danger' : 'primary'}
          pending={mutation.isPending}
          error={mutation.error ?? undefined}
          onConfirm={confirm}
          onCancel={() => {
            setAction(null);
            mutation.reset();
          }}
        />
      ) : null}
    </>
  );
}
