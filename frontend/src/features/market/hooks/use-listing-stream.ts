import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';

import { buildUrl } from '@/lib/api-client';

import { listingBidsQueryKey } from '../api/get-listing-bids';
import { listingQueryKey } from '../api/get-listing';
import type {
  BidEventData,
  ClosedEventData,
  Listing,
  ListingEventData,
  ListingState,
  PublicBid,
  TradeEventData,
} from '../types';

export type StreamStatus = 'connecting' | 'live' | 'reconnecting' | 'unavailable';

/** The last thing that happened, for the live region ("a new bid", "a sale", "closed"). */
export type LiveUpdate =
  | { kind: 'bid'; seq: number; data: BidEventData }
  | { kind: 'trade'; seq: number; data: TradeEventData }
  | { kind: 'closed'; seq: number; data: ClosedEventData };

const RETRY_MS = 5000;

/** How far along its life a listing is: a listing never goes back, so an event with an earlier state is stale. */
const STAGE: Record<ListingState, number> = {
  DRAFT: 0,
  PENDING_APPROVAL: 1,
  OPEN: 2,
  SOLD_OUT: 3,
  CLOSED: 3,
  WITHDRAWN: 3,
  EXPIRED: 3,
};

function parse<T>(event: MessageEvent): T | null {
  try {
    return JSON.parse(String(event.data)) as T;
  } catch {
    return null;
  }
}

/**
 * Follows `GET /api/v1/listings/{id}/stream` (Server-Sent Events) and writes what arrives into the TanStack Query
 * cache, so the listing (remaining, best price, state) and its bids change on screen without a reload.
 * The browser's EventSource reconnects by itself and sends `Last-Event-ID`, so the server replays what was missed.
 * If the browser gives up (the connection is closed), we open a new one after a pause and re-read the listing and
 * its bids, since a new EventSource cannot carry the last id.
 */
export function useListingStream(listingId: string, { enabled = true }: { enabled?: boolean } = {}) {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<StreamStatus>(() =>
    typeof EventSource === 'undefined' ? 'unavailable' : 'connecting',
  );
  const [lastUpdate, setLastUpdate] = useState<LiveUpdate | null>(null);
  const seen = useRef(0);

  useEffect(() => {
    if (!enabled) return undefined;
    if (typeof EventSource === 'undefined') return undefined;
    let source: EventSource | null = null;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let disposed = false;
    let reopened = false;

    const resync = () => {
      void queryClient.invalidateQueries({ queryKey: listingQueryKey(listingId) });
      void queryClient.invalidateQueries({ queryKey: listingBidsQueryKey(listingId) });
    };
    const seqOf = (event: MessageEvent) => {
      const seq = Number(event.lastEventId);
      return Number.isFinite(seq) ? seq : 0;
    };
    /** Replayed events after a reconnect may repeat ones already applied: apply each number once. */
    const fresh = (event: MessageEvent) => {
      const seq = seqOf(event);
      if (seq && seq <= seen.current) return false;
      if (seq) seen.current = seq;
      return true;
    };

    const onListing = (event: MessageEvent) => {
      if (!fresh(event)) return;
      const data = parse<ListingEventData>(event);
      if (!data) return;
      // A first connection replays the listing's whole history (submitted, approved, ...): an event older than
      // the listing already shown must not take it back (an OPEN listing shown as pending would close the stream).
      queryClient.setQueryData<Listing>(listingQueryKey(listingId), (old) =>
        old && STAGE[data.state] >= STAGE[old.state]
          ? {
              ...old,
              state: data.state,
              remaining: data.remaining,
              bestPrice: data.bestPrice ?? null,
              bidCount: data.bidCount,
              endsAt: data.endsAt ?? old.endsAt ?? null,
            }
          : old,
      );
    };
    const onBid = (event: MessageEvent) => {
      if (!fresh(event)) return;
      const data = parse<BidEventData>(event);
      if (!data) return;
      // Announce only what is news to this page: a bid it did not show, or a bid whose state changed (the server
      // replays the listing's earlier events when a connection opens).
      const before = queryClient.getQueryData<PublicBid[]>(listingBidsQueryKey(listingId))?.find((b) => b.id === data.bidId);
      const news = !before || before.state !== data.state || before.filledQuantity !== data.filledQuantity;
      queryClient.setQueryData<PublicBid[]>(listingBidsQueryKey(listingId), (old = []) => {
        const bid: PublicBid = {
          id: data.bidId,
          bidder: data.bidder,
          quantity: data.quantity,
          unitPrice: data.unitPrice,
          state: data.state,
          filledQuantity: data.filledQuantity,
          createdAt: old.find((b) => b.id === data.bidId)?.createdAt ?? new Date().toISOString(),
        };
        return old.some((b) => b.id === data.bidId) ? old.map((b) => (b.id === data.bidId ? bid : b)) : [bid, ...old];
      });
      if (news) setLastUpdate({ kind: 'bid', seq: seqOf(event), data });
    };
    const onTrade = (event: MessageEvent) => {
      if (!fresh(event)) return;
      const data = parse<TradeEventData>(event);
      const known = queryClient.getQueryData<PublicBid[]>(listingBidsQueryKey(listingId))?.find((b) => b.id === data?.bidId);
      const alreadyShown = known && (known.state === 'FILLED' || known.state === 'PARTIALLY_FILLED');
      if (data && !alreadyShown) setLastUpdate({ kind: 'trade', seq: seqOf(event), data });
    };
    const onClosed = (event: MessageEvent) => {
      if (!fresh(event)) return;
      const data = parse<ClosedEventData>(event);
      if (!data) return;
      const wasOpen = queryClient.getQueryData<Listing>(listingQueryKey(listingId))?.state === 'OPEN';
      queryClient.setQueryData<Listing>(listingQueryKey(listingId), (old) => (old ? { ...old, state: data.state } : old));
      void queryClient.invalidateQueries({ queryKey: listingBidsQueryKey(listingId) });
      if (wasOpen) setLastUpdate({ kind: 'closed', seq: seqOf(event), data });
    };

    const open = () => {
      source = new EventSource(buildUrl('/api/v1/listings/{id}/stream', { id: listingId }));
      source.addEventListener('open', () => {
        setStatus('live');
        if (reopened) resync();
      });
      source.addEventListener('error', () => {
        if (disposed || !source) return;
        if (source.readyState === EventSource.CLOSED) {
          // The browser gave up (e.g. the server answered with an error): try again later, from scratch.
          source.close();
          setStatus('reconnecting');
          reopened = true;
          retryTimer = setTimeout(open, RETRY_MS);
        } else {
          setStatus('reconnecting'); // EventSource retries by itself, with Last-Event-ID
        }
      });
      source.addEventListener('listing', onListing);
      source.addEventListener('bid', onBid);
      source.addEventListener('trade', onTrade);
      source.addEventListener('closed', onClosed);
    };
    open();

    return () => {
      disposed = true;
      clearTimeout(retryTimer);
      source?.close();
    };
  }, [enabled, listingId, queryClient]);

  return { status, lastUpdate };
}
