/** Market types: derived by path from the generated OpenAPI types; the stream's events are hand-written (SSE). */
import type { GetResponse, PostResponse } from '@/lib/api/types';

export type ListingMode = GetResponse<'/api/v1/listings/{id}'>['mode'];
export const LISTING_MODES = ['FIXED_PRICE', 'NEGOTIABLE', 'AUCTION'] as const satisfies readonly ListingMode[];

export type ListingState = GetResponse<'/api/v1/listings/{id}'>['state'];
export const LISTING_STATES = ['DRAFT', 'PENDING_APPROVAL', 'OPEN', 'SOLD_OUT', 'CLOSED', 'WITHDRAWN', 'EXPIRED'] as const satisfies readonly ListingState[];
/** The states the public catalogue can filter on. */
export const CATALOGUE_STATES = ['OPEN', 'SOLD_OUT', 'CLOSED', 'EXPIRED'] as const satisfies readonly ListingState[];

export type BidState = PublicBid['state'];
export const BID_STATES = ['OPEN', 'COUNTERED', 'FILLED', 'PARTIALLY_FILLED', 'REJECTED', 'WITHDRAWN', 'LOST', 'EXPIRED'] as const satisfies readonly BidState[];

export const LISTING_SORTS = ['newest', 'price_asc', 'price_desc', 'ending_soon'] as const;
export type ListingSort = (typeof LISTING_SORTS)[number];

/** Money arrives as a JSON number (THB, at most 2 decimals); the forms send decimal strings. */
export type Money = number | string;

export type Listing = GetResponse<'/api/v1/listings/{id}'>;
export type ListingPage = GetResponse<'/api/v1/listings'>;
/** A bid as the public sees it (`GET /api/v1/listings/{id}/bids`): the buyer is "ผู้ซื้อ #n". */
export type PublicBid = GetResponse<'/api/v1/listings/{id}/bids'>[number];
/** A bid as its buyer and the listing's LAO see it. */
export type Bid = PostResponse<'/api/v1/bids/{id}/accept'>;
export type BidPage = GetResponse<'/api/v1/me/bids'>;

export type ListingQuery = {
  province?: string;
  lao?: string;
  vintage?: number;
  mode?: ListingMode;
  status?: ListingState;
  minPrice?: string;
  maxPrice?: string;
  sort?: ListingSort;
  page: number;
  size: number;
};

export type DraftListingInput = {
  laoCode: string;
  quantity: number;
  unitPrice: string;
  mode: ListingMode;
  minLot: number;
  vintage?: number;
  endsAt?: string;
  reservePrice?: string;
  minIncrement?: string;
  description?: string;
};

/** `GET /api/v1/admin/market`. */
export type MarketStatus = GetResponse<'/api/v1/admin/market'>;

/** Events of `GET /api/v1/listings/{id}/stream`. */
export type ListingEventData = {
  listingId: string;
  state: ListingState;
  remaining: number;
  bestPrice?: number | null;
  bidCount: number;
  endsAt?: string | null;
};
export type BidEventData = {
  bidId: string;
  bidder: string;
  quantity: number;
  unitPrice: number;
  state: BidState;
  filledQuantity: number;
};
export type TradeEventData = { bidId: string; bidder: string; quantity: number; unitPrice: number };
export type ClosedEventData = { state: ListingState; sold: number; unsold: number };

export function isListingMode(value: unknown): value is ListingMode {
  return typeof value === 'string' && (LISTING_MODES as readonly string[]).includes(value);
}
export function isListingState(value: unknown): value is ListingState {
  return typeof value === 'string' && (LISTING_STATES as readonly string[]).includes(value);
}
export function isListingSort(value: unknown): value is ListingSort {
  return typeof value === 'string' && (LISTING_SORTS as readonly string[]).includes(value);
}
