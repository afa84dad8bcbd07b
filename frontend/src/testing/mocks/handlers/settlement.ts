import { HttpResponse, http } from 'msw';

import { PROBLEM_TYPES } from '@/lib/api-problem';
import type { GetResponse } from '@/lib/api/types';

import { mockUsers } from './auth';
import { API, problemResponse } from './directory';
import { caller } from './market';

type Trade = GetResponse<'/api/v1/trades/{id}'>;
type Holdings = GetResponse<'/api/v1/me/holdings'>;
type Certificate = GetResponse<'/api/v1/retirements/{certificateNo}'>;

export const TRADE_IDS = {
  awaiting: 'd0000000-0000-4000-8000-000000000001',
  reported: 'd0000000-0000-4000-8000-000000000002',
  confirmed: 'd0000000-0000-4000-8000-000000000003',
} as const;
export const CERTIFICATE_NO = 'RC-2568-7F3K9Q2M';

const BUYER_ID = mockUsers.buyer.buyerId;

function trade(overrides: Partial<Trade> & Pick<Trade, 'id' | 'state'>): Trade {
  return {
    listingId: 'a0000000-0000-4000-8000-000000000001',
    bidId: 'c0000000-0000-4000-8000-000000000001',
    laoCode: '4120102',
    buyerId: BUYER_ID,
    quantity: 10,
    unitPrice: 260,
    total: 2600,
    paymentDueAt: '2099-01-20T02:00:00Z',
    createdAt: '2025-01-13T02:00:00Z',
    updatedAt: '2025-01-13T02:00:00Z',
    ...overrides,
  };
}

function seedTrades(): Trade[] {
  return [
    trade({ id: TRADE_IDS.awaiting, state: 'AWAITING_PAYMENT' }),
    trade({
      id: TRADE_IDS.reported,
      state: 'PAYMENT_REPORTED',
      paymentReference: 'KBANK-889900',
      paidAt: '2025-01-14T05:00:00Z',
      paymentReportedAt: '2025-01-14T05:00:00Z',
      createdAt: '2025-01-12T02:00:00Z',
    }),
    trade({
      id: TRADE_IDS.confirmed,
      state: 'PAYMENT_CONFIRMED',
      paymentReference: 'SCB-1',
      receiptNo: 'RC-001',
      createdAt: '2025-01-11T02:00:00Z',
    }),
  ];
}

function certificate(): Certificate {
  return {
    certificateNo: CERTIFICATE_NO,
    quantity: 5,
    vintage: 2024,
    beneficiary: 'บริษัท กรีนแบงก์ จำกัด',
    purpose: 'ชดเชยการปล่อยก๊าซเรือนกระจกของปี 2567',
    retiredAt: '2025-02-01T03:00:00Z',
    certificatePdfUrl: `/api/v1/retirements/${CERTIFICATE_NO}/certificate.pdf`,
    verifyUrl: `/verify/${CERTIFICATE_NO}`,
    projects: [{ code: 'DLA-WWB', nameTh: 'ถังขยะเปียกลดโลกร้อน', nameEn: 'Wet-waste bins' }],
    originLaos: [{ code: '4120102', nameTh: 'เทศบาลเมืองบางศรีเมือง', provinceCode: '12', quantity: 5 }],
    ranges: [
      { serial: 'DLA-WWB-2024-000000101', projectCode: 'DLA-WWB', vintage: 2024, serialFirst: 101, serialLast: 105, quantity: 5, originLaoCode: '4120102' },
    ],
  };
}

export const settlementDb = {
  trades: seedTrades(),
  certificates: [certificate()],
  available: 20,
  /** Bodies of payment reports: `json` or the multipart parts' names. */
  paymentReports: [] as Array<{ id: string; kind: 'json' | 'multipart'; reference: string; paidAt: string; slip?: string }>,
  retirements: [] as Array<Record<string, unknown>>,
};

export function resetSettlementMock() {
  settlementDb.trades = seedTrades();
  settlementDb.certificates = [certificate()];
  settlementDb.available = 20;
  settlementDb.paymentReports = [];
  settlementDb.retirements = [];
}


const unauthorized = () => problemResponse(401, PROBLEM_TYPES.unauthorized, 'Unauthorized');
const page = <T,>(items: T[]) => ({ items, page: 0, size: 20, total: items.length });

function holdings(): Holdings {
  const balance = {
    issuanceId: 'f0000000-0000-4000-8000-000000000001',
    projectCode: 'DLA-WWB',
    vintage: 2024,
    received: settlementDb.available + 5,
    available: settlementDb.available,
    reservedForListings: 0,
    reservedForTrades: 0,
    sold: 0,
    retired: 5,
  };
  return {
    buyerId: BUYER_ID ?? '',
    accountId: 9,
    totals: { received: balance.received, available: balance.available, reservedForListings: 0, reservedForTrades: 0, sold: 0, retired: 5 },
    balances: [balance] as Holdings['balances'],
    blocks: [],
    journal: { items: [], page: 0, size: 20, total: 0 },
  };
}

function tradeAction(path: string, act: (trade: Trade, body: Record<string, unknown>) => Response | Trade) {
  return http.post(`${API}/trades/:id/${path}`, async ({ params, request }) => {
    if (!caller(request)) return unauthorized();
    const found = settlementDb.trades.find((t) => t.id === params.id);
    if (!found) return problemResponse(404, PROBLEM_TYPES.notFound, 'Not Found');
    const result = act(found, (await request.json()) as Record<string, unknown>);
    return result instanceof Response ? result : HttpResponse.json(result);
  });
}

export const settlementHandlers = [
  http.get(`${API}/me/trades`, ({ request }) => {
    const user = caller(request);
    if (!user) return unauthorized();
    return HttpResponse.json(page(settlementDb.trades.filter((t) => t.buyerId === user.buyerId)));
  }),
  http.get(`${API}/laos/:code/trades`, ({ params, request }) => {
    if (!caller(request)) return unauthorized();
    return HttpResponse.json(page(settlementDb.trades.filter((t) => t.laoCode === params.code)));
  }),
  http.get(`${API}/trades/:id/payment-notice.pdf`, () =>
    new HttpResponse('%PDF-1.7', { headers: { 'Content-Type': 'application/pdf' } }),
  ),
  http.post(`${API}/trades/:id/payment`, async ({ params, request }) => {
    if (!caller(request)) return unauthorized();
    const found = settlementDb.trades.find((t) => t.id === params.id);
    if (!found) return problemResponse(404, PROBLEM_TYPES.notFound, 'Not Found');
    let body: { reference: string; paidAt: string };
    let slip: string | undefined;
    let kind: 'json' | 'multipart' = 'json';
    if (request.headers.get('content-type')?.includes('multipart')) {
      kind = 'multipart';
      const form = await request.formData();
      const payment = form.get('payment') as Blob;
      body = JSON.parse(await payment.text()) as typeof body;
      const file = form.get('slip');
      slip = file instanceof File ? file.name : undefined;
    } else {
      body = (await request.json()) as typeof body;
    }
    settlementDb.paymentReports.push({ id: found.id, kind, ...body, ...(slip ? { slip } : {}) });
    found.state = 'PAYMENT_REPORTED';
    found.paymentReference = body.reference;
    found.paidAt = body.paidAt;
    return HttpResponse.json(found);
  }),
  tradeAction('confirm-payment', (t, body) => {
    if (t.state !== 'PAYMENT_REPORTED') return problemResponse(409, 'https://carbon.dla.go.th/problems/illegal-transition', 'Illegal transition');
    t.state = 'PAYMENT_CONFIRMED';
    t.receiptNo = String(body.receiptNo);
    return t;
  }),
  tradeAction('registry-transfer', (t, body) => {
    if (t.state !== 'PAYMENT_CONFIRMED') return problemResponse(409, 'https://carbon.dla.go.th/problems/illegal-transition', 'Illegal transition');
    t.state = 'SETTLED';
    t.tgoReference = String(body.tgoReference);
    t.transferredAt = String(body.transferredAt);
    t.settledAt = new Date().toISOString();
    return t;
  }),
  http.get(`${API}/me/holdings`, ({ request }) => (caller(request) ? HttpResponse.json(holdings()) : unauthorized())),
  http.get(`${API}/me/retirements`, ({ request }) =>
    caller(request) ? HttpResponse.json(page(settlementDb.certificates)) : unauthorized(),
  ),
  http.post(`${API}/retirements`, async ({ request }) => {
    if (!caller(request)) return unauthorized();
    const body = (await request.json()) as { quantity: number; vintage?: number; beneficiary: string; purpose: string };
    settlementDb.retirements.push(body);
    if (body.quantity > settlementDb.available) {
      return problemResponse(409, 'https://carbon.dla.go.th/problems/insufficient-credits', 'Insufficient credits', undefined, [
        { field: 'quantity', message: `only ${settlementDb.available} available` },
      ]);
    }
    settlementDb.available -= body.quantity;
    const created: Certificate = { ...certificate(), certificateNo: 'RC-2568-NEW00001', quantity: body.quantity, beneficiary: body.beneficiary, purpose: body.purpose };
    settlementDb.certificates.unshift(created);
    return HttpResponse.json(created, { status: 201 });
  }),
  http.get(`${API}/retirements/:no`, ({ params }) => {
    const found = settlementDb.certificates.find((c) => c.certificateNo === params.no);
    return found
      ? HttpResponse.json(found)
      : problemResponse(404, PROBLEM_TYPES.notFound, 'Not Found', `Certificate ${String(params.no)} does not exist`);
  }),
];
