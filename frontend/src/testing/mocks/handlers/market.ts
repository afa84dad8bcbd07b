import { HttpResponse, http } from 'msw';

import { PROBLEM_TYPES } from '@/lib/api-problem';
import type { GetResponse } from '@/lib/api/types';

import { mockUsers, tokenFor, type MockUser } from './auth';
import { API, problemResponse } from './directory';

type Listing = GetResponse<'/api/v1/listings/{id}'>;
type PublicBid = GetResponse<'/api/v1/listings/{id}/bids'>[number];
type Bid = GetResponse<'/api/v1/me/bids'>['items'][number];
type MarketStatus = GetResponse<'/api/v1/admin/market'>;

export const LISTING_IDS = {
  fixed: 'a0000000-0000-4000-8000-000000000001',
  negotiable: 'a0000000-0000-4000-8000-000000000002',
  auction: 'a0000000-0000-4000-8000-000000000003',
  pending: 'a0000000-0000-4000-8000-000000000004',
  draft: 'a0000000-0000-4000-8000-000000000005',
} as const;

const PROBLEMS = 'https://carbon.dla.go.th/problems/';

function listing(overrides: Partial<Listing> & Pick<Listing, 'id' | 'mode'>): Listing {
  return {
    laoCode: '4120102',
    laoNameTh: 'เทศบาลเมืองบางศรีเมือง',
    provinceCode: '12',
    state: 'OPEN',
    quantity: 100,
    remaining: 100,
    unitPrice: 260,
    minLot: 1,
    vintage: 2024,
    endsAt: null,
    reservePrice: null,
    minIncrement: null,
    description: 'เครดิตจากถังขยะเปียกลดโลกร้อน',
    projectCodes: ['DLA-WWB'],
    bestPrice: null,
    bidCount: 0,
    createdByName: 'วิชัย บางศรีเมือง',
    approvedByName: 'สมศรี ตรวจสอบ',
    submittedAt: '2025-01-10T03:00:00Z',
    approvedAt: '2025-01-10T04:00:00Z',
    closedAt: null,
    createdAt: '2025-01-10T02:00:00Z',
    ...overrides,
  };
}

function seedListings(): Listing[] {
  return [
    listing({ id: LISTING_IDS.fixed, mode: 'FIXED_PRICE', remaining: 80, bidCount: 2 }),
    listing({
      id: LISTING_IDS.negotiable,
      mode: 'NEGOTIABLE',
      laoCode: '8100101',
      laoNameTh: 'เทศบาลเมืองกระบี่',
      provinceCode: '81',
      unitPrice: 300,
      vintage: 2023,
      bestPrice: 280,
      bidCount: 1,
      createdAt: '2025-01-12T02:00:00Z',
    }),
    listing({
      id: LISTING_IDS.auction,
      mode: 'AUCTION',
      quantity: 50,
      remaining: 50,
      unitPrice: 250,
      reservePrice: 250,
      minIncrement: 5,
      bestPrice: 255,
      bidCount: 1,
      endsAt: '2099-01-01T00:00:00Z',
      createdAt: '2025-01-11T02:00:00Z',
    }),
    listing({ id: LISTING_IDS.pending, mode: 'FIXED_PRICE', state: 'PENDING_APPROVAL', approvedByName: null, approvedAt: null }),
    listing({
      id: LISTING_IDS.draft,
      mode: 'NEGOTIABLE',
      state: 'DRAFT',
      approvedByName: null,
      approvedAt: null,
      submittedAt: null,
      createdByName: 'สมศรี ตรวจสอบ',
    }),
  ];
}

const BUYER_ID = mockUsers.buyer.buyerId;

function seedBids(): Bid[] {
  const base = { buyerId: BUYER_ID, tradePrice: null, counterPrice: null, tradeId: null, expiresAt: null };
  return [
    { ...base, id: 'c0000000-0000-4000-8000-000000000001', listingId: LISTING_IDS.fixed, bidder: 'ผู้ซื้อ #1', quantity: 10, unitPrice: 260, state: 'FILLED', filledQuantity: 10, tradePrice: 260, tradeId: 'd0000000-0000-4000-8000-000000000001', createdAt: '2025-01-13T02:00:00Z' },
    { ...base, id: 'c0000000-0000-4000-8000-000000000002', listingId: LISTING_IDS.fixed, bidder: 'ผู้ซื้อ #2', quantity: 10, unitPrice: 260, state: 'FILLED', filledQuantity: 10, buyerId: 'b0000000-0000-4000-8000-000000000009', createdAt: '2025-01-13T03:00:00Z' },
    { ...base, id: 'c0000000-0000-4000-8000-000000000003', listingId: LISTING_IDS.negotiable, bidder: 'ผู้ซื้อ #1', quantity: 20, unitPrice: 280, state: 'COUNTERED', filledQuantity: 0, counterPrice: 290, expiresAt: '2099-01-01T00:00:00Z', createdAt: '2025-01-14T02:00:00Z' },
    { ...base, id: 'c0000000-0000-4000-8000-000000000004', listingId: LISTING_IDS.auction, bidder: 'ผู้ซื้อ #1', quantity: 5, unitPrice: 255, state: 'OPEN', filledQuantity: 0, createdAt: '2025-01-15T02:00:00Z' },
  ];
}

/** The market's mock state: listings, bids, controls; tests read and change it. */
export const marketDb = {
  listings: seedListings(),
  bids: seedBids(),
  status: { frozen: false, reason: null, changedAt: '2025-01-01T00:00:00Z', priceFloors: { 'DLA-WWB': 200 } } as MarketStatus,
  /** Idempotency-Key of every bid request, in order. */
  bidKeys: [] as string[],
  /** Who drafted each listing (username): the maker may not approve it. */
  makers: { [LISTING_IDS.pending]: 'lao.bangsrimuang.maker' } as Record<string, string>,
  /** Set by a test: the next bid request fails like this. */
  nextBidFailure: null as null | 'network' | 'not-verified' | 'price-field',
};

export function resetMarketMock() {
  marketDb.listings = seedListings();
  marketDb.bids = seedBids();
  marketDb.status = { frozen: false, reason: null, changedAt: '2025-01-01T00:00:00Z', priceFloors: { 'DLA-WWB': 200 } };
  marketDb.bidKeys = [];
  marketDb.makers = { [LISTING_IDS.pending]: 'lao.bangsrimuang.maker' };
  marketDb.nextBidFailure = null;
}

const toPublic = ({ id, bidder, quantity, unitPrice, state, filledQuantity, createdAt }: Bid): PublicBid => ({
  id, bidder, quantity, unitPrice, state, filledQuantity, createdAt,
});

export function caller(request: Request): MockUser | null {
  const auth = request.headers.get('Authorization') ?? '';
  return Object.values(mockUsers).find((user) => auth === `Bearer ${tokenFor(user)}`) ?? null;
}

const notFound = (what: string) => problemResponse(404, PROBLEM_TYPES.notFound, 'Not Found', `${what} does not exist`);

function page<T>(items: T[], url: URL) {
  const pageNo = Number(url.searchParams.get('page') ?? 0);
  const size = Number(url.searchParams.get('size') ?? 20);
  return { items: items.slice(pageNo * size, pageNo * size + size), page: pageNo, size, total: items.length };
}

function bidAction(path: string, act: (bid: Bid, body: Record<string, unknown>) => Response | Bid) {
  return http.post(`${API}/bids/:id/${path}`, async ({ params, request }) => {
    if (!caller(request)) return problemResponse(401, PROBLEM_TYPES.unauthorized, 'Unauthorized');
    const bid = marketDb.bids.find((b) => b.id === params.id);
    if (!bid) return notFound('Bid');
    const body = request.headers.get('content-type')?.includes('json') ? ((await request.json()) as Record<string, unknown>) : {};
    const result = act(bid, body);
    return result instanceof Response ? result : HttpResponse.json(result);
  });
}

function listingAction(path: string, act: (listing: Listing, user: MockUser) => Response | Listing) {
  return http.post(`${API}/listings/:id/${path}`, ({ params, request }) => {
    const user = caller(request);
    if (!user) return problemResponse(401, PROBLEM_TYPES.unauthorized, 'Unauthorized');
    const found = marketDb.listings.find((l) => l.id === params.id);
    if (!found) return notFound('Listing');
    const result = act(found, user);
    return result instanceof Response ? result : HttpResponse.json(result);
  });
}

/** Behaves like the backend's market API for the states the tests walk through. */
export const marketHandlers = [
  http.get(`${API}/listings`, ({ request }) => {
    const url = new URL(request.url);
    const q = url.searchParams;
    const status = q.get('status') ?? 'OPEN';
    const min = q.get('minPrice');
    const max = q.get('maxPrice');
    let items = marketDb.listings.filter(
      (l) =>
        l.state === status &&
        (!q.get('province') || l.provinceCode === q.get('province')) &&
        (!q.get('lao') || l.laoCode === q.get('lao')) &&
        (!q.get('vintage') || l.vintage === Number(q.get('vintage'))) &&
        (!q.get('mode') || l.mode === q.get('mode')) &&
        (!min || Number(l.unitPrice) >= Number(min)) &&
        (!max || Number(l.unitPrice) <= Number(max)),
    );
    const sort = q.get('sort') ?? 'newest';
    items = [...items].sort((a, b) =>
      sort === 'price_asc'
        ? Number(a.unitPrice) - Number(b.unitPrice)
        : sort === 'price_desc'
          ? Number(b.unitPrice) - Number(a.unitPrice)
          : b.createdAt.localeCompare(a.createdAt),
    );
    return HttpResponse.json(page(items, url));
  }),

  http.get(`${API}/listings/:id`, ({ params }) => {
    const found = marketDb.listings.find((l) => l.id === params.id);
    return found ? HttpResponse.json(found) : notFound('Listing');
  }),

  http.get(`${API}/listings/:id/bids`, ({ params }) =>
    HttpResponse.json(
      marketDb.bids
        .filter((b) => b.listingId === params.id)
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
        .map(toPublic),
    ),
  ),

  http.post(`${API}/listings/:id/bids`, async ({ params, request }) => {
    const user = caller(request);
    if (!user) return problemResponse(401, PROBLEM_TYPES.unauthorized, 'Unauthorized');
    marketDb.bidKeys.push(request.headers.get('Idempotency-Key') ?? '');
    const failure = marketDb.nextBidFailure;
    marketDb.nextBidFailure = null;
    if (failure === 'network') return HttpResponse.error();
    if (failure === 'not-verified') {
      return problemResponse(403, `${PROBLEMS}buyer-not-verified`, 'Buyer not verified', 'The organisation is PENDING.');
    }
    if (failure === 'price-field') {
      return problemResponse(400, PROBLEM_TYPES.validation, 'Validation failed', 'unitPrice too low', [
        { field: 'unitPrice', message: 'must be at least 260.00' },
      ]);
    }
    const target = marketDb.listings.find((l) => l.id === params.id);
    if (!target) return notFound('Listing');
    const body = (await request.json()) as { quantity: number; unitPrice: string };
    const filled = target.mode === 'FIXED_PRICE' ? Math.min(body.quantity, target.remaining) : 0;
    const bid: Bid = {
      id: `c1000000-0000-4000-8000-${String(marketDb.bids.length).padStart(12, '0')}`,
      listingId: target.id,
      buyerId: user.buyerId ?? '',
      bidder: 'ผู้ซื้อ #3',
      quantity: body.quantity,
      unitPrice: Number(body.unitPrice),
      state: filled ? 'FILLED' : 'OPEN',
      filledQuantity: filled,
      tradePrice: filled ? target.unitPrice : null,
      counterPrice: null,
      tradeId: filled ? 'd1000000-0000-4000-8000-000000000001' : null,
      expiresAt: null,
      createdAt: new Date().toISOString(),
    };
    marketDb.bids.push(bid);
    target.remaining -= filled;
    target.bidCount += 1;
    return HttpResponse.json(bid, { status: 201, headers: { Location: `/api/v1/bids/${bid.id}` } });
  }),

  http.get(`${API}/me/bids`, ({ request }) => {
    const user = caller(request);
    if (!user) return problemResponse(401, PROBLEM_TYPES.unauthorized, 'Unauthorized');
    const mine = marketDb.bids.filter((b) => b.buyerId === user.buyerId).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    return HttpResponse.json(page(mine, new URL(request.url)));
  }),

  bidAction('withdraw', (bid) => {
    if (bid.state !== 'OPEN' && bid.state !== 'COUNTERED') {
      return problemResponse(409, `${PROBLEMS}invalid-state`, 'Invalid state');
    }
    bid.state = 'WITHDRAWN';
    return bid;
  }),
  bidAction('accept-counter', (bid) => {
    bid.state = 'FILLED';
    bid.filledQuantity = bid.quantity;
    bid.tradePrice = bid.counterPrice ?? bid.unitPrice;
    bid.tradeId = 'd2000000-0000-4000-8000-000000000001';
    return bid;
  }),
  bidAction('accept', (bid) => {
    bid.state = 'FILLED';
    bid.filledQuantity = bid.quantity;
    bid.tradePrice = bid.unitPrice;
    bid.tradeId = 'd3000000-0000-4000-8000-000000000001';
    return bid;
  }),
  bidAction('reject', (bid) => {
    bid.state = 'REJECTED';
    return bid;
  }),
  bidAction('counter', (bid, body) => {
    bid.state = 'COUNTERED';
    bid.counterPrice = Number(body.unitPrice);
    return bid;
  }),

  http.get(`${API}/laos/:code/listings`, ({ params, request }) => {
    if (!caller(request)) return problemResponse(401, PROBLEM_TYPES.unauthorized, 'Unauthorized');
    const url = new URL(request.url);
    const status = url.searchParams.get('status');
    const items = marketDb.listings.filter((l) => l.laoCode === params.code && (!status || l.state === status));
    return HttpResponse.json(page(items, url));
  }),


  http.post(`${API}/listings`, async ({ request }) => {
    const user = caller(request);
    if (!user) return problemResponse(401, PROBLEM_TYPES.unauthorized, 'Unauthorized');
    const body = (await request.json()) as Record<string, unknown>;
    const created = listing({
      id: `a1000000-0000-4000-8000-${String(marketDb.listings.length).padStart(12, '0')}`,
      mode: body.mode as Listing['mode'],
      laoCode: String(body.laoCode),
      state: 'DRAFT',
      quantity: Number(body.quantity),
      remaining: Number(body.quantity),
      unitPrice: Number(body.unitPrice),
      minLot: Number(body.minLot ?? 1),
      vintage: body.vintage ? Number(body.vintage) : null,
      endsAt: (body.endsAt as string | undefined) ?? null,
      reservePrice: body.reservePrice ? Number(body.reservePrice) : null,
      minIncrement: body.minIncrement ? Number(body.minIncrement) : null,
      description: (body.description as string | undefined) ?? null,
      createdByName: user.displayName,
      approvedByName: null,
      approvedAt: null,
      submittedAt: null,
      createdAt: new Date().toISOString(),
    });
    marketDb.listings.push(created);
    return HttpResponse.json(created, { status: 201 });
  }),
  listingAction('submit', (l) => {
    l.state = 'PENDING_APPROVAL';
    l.submittedAt = new Date().toISOString();
    return l;
  }),
  listingAction('approve', (l, user) => {
    if ((marketDb.makers[l.id] ?? '') === user.username || l.createdByName === user.displayName) {
      return problemResponse(403, `${PROBLEMS}maker-cannot-approve`, 'Maker cannot approve', 'You drafted this listing.');
    }
    l.state = 'OPEN';
    l.approvedByName = user.displayName;
    return l;
  }),
  listingAction('withdraw', (l) => {
    l.state = 'WITHDRAWN';
    return l;
  }),

  http.get(`${API}/admin/market`, () => HttpResponse.json(marketDb.status)),
  http.post(`${API}/admin/market/freeze`, async ({ request }) => {
    const body = (await request.json()) as { reason?: string };
    marketDb.status = { ...marketDb.status, frozen: true, reason: body.reason ?? null, changedAt: new Date().toISOString() };
    return HttpResponse.json(marketDb.status);
  }),
  http.post(`${API}/admin/market/unfreeze`, () => {
    marketDb.status = { ...marketDb.status, frozen: false, reason: null, changedAt: new Date().toISOString() };
    return HttpResponse.json(marketDb.status);
  }),
  http.put(`${API}/admin/market/price-floors/:project`, async ({ params, request }) => {
    const body = (await request.json()) as { minUnitPrice: string };
    marketDb.status = { ...marketDb.status, priceFloors: { ...marketDb.status.priceFloors, [String(params.project)]: Number(body.minUnitPrice) } };
    return HttpResponse.json(marketDb.status);
  }),
  http.delete(`${API}/admin/market/price-floors/:project`, ({ params }) => {
    const floors = { ...marketDb.status.priceFloors };
    delete floors[String(params.project)];
    marketDb.status = { ...marketDb.status, priceFloors: floors };
    return HttpResponse.json(marketDb.status);
  }),
];
