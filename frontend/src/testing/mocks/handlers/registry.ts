import { HttpResponse, http } from 'msw';

import type { components } from '@/lib/api/schema';
import type { GetResponse } from '@/lib/api/types';
import { PROBLEM_TYPES } from '@/lib/api-problem';

import { laos } from '../data';

import { API, problemResponse } from './directory';

type Schemas = components['schemas'];
type Account = GetResponse<'/api/v1/laos/{code}/account'>;
type Journal = Account['journal']['items'][number];

const PROBLEMS = 'https://carbon.dla.go.th/problems/';
const ISSUANCE_2023 = '11111111-2023-4000-8000-000000000001';
const ISSUANCE_2024 = '11111111-2024-4000-8000-000000000002';

export const registryFixtures = {
  serial: 'TVER-DLA-WWB-2023-000000042',
  laoCode: '4120102',
};

const serialTrace: GetResponse<'/api/v1/serials/{serial}'> = {
  serial: 'TVER-DLA-WWB-2023-000000042',
  projectCode: 'DLA-WWB',
  vintage: 2023,
  serialNumber: 42,
  issuance: {
    id: ISSUANCE_2023,
    tgoReference: 'TGO-TVER-2024-0117',
    issuedOn: '2024-03-15',
    serialFirst: 1,
    serialLast: 4000,
    quantity: 4000,
  },
  originLaoCode: '4120102',
  block: {
    serialFirst: 41,
    serialLast: 60,
    quantity: 20,
    blockSerial: 'TVER-DLA-WWB-2023-000000041-000000060',
    state: 'RETIRED',
    owner: { kind: 'RETIREMENT', laoCode: null },
    holderType: null,
  },
  history: [
    {
      at: '2024-03-15T03:00:00Z',
      reason: 'ISSUANCE',
      serialFirst: 1,
      serialLast: 4000,
      blockSerial: 'TVER-DLA-WWB-2023-000000001-000004000',
      to: { kind: 'UNALLOCATED', laoCode: null },
      toState: 'AVAILABLE',
      reference: 'TGO-TVER-2024-0117',
    },
    {
      at: '2024-03-15T03:00:00Z',
      reason: 'ALLOCATION',
      serialFirst: 1,
      serialLast: 1250,
      blockSerial: 'TVER-DLA-WWB-2023-000000001-000001250',
      from: { kind: 'UNALLOCATED', laoCode: null },
      to: { kind: 'LAO', laoCode: '4120102' },
      toState: 'AVAILABLE',
      reference: 'TGO-TVER-2024-0117',
    },
    {
      at: '2024-05-02T04:30:00Z',
      reason: 'RESERVATION',
      serialFirst: 1,
      serialLast: 100,
      blockSerial: 'TVER-DLA-WWB-2023-000000001-000000100',
      from: { kind: 'LAO', laoCode: '4120102' },
      to: { kind: 'LAO', laoCode: '4120102' },
      fromState: 'AVAILABLE',
      toState: 'RESERVED',
      holderType: 'LISTING',
    },
    {
      at: '2024-05-20T07:00:00Z',
      reason: 'TRANSFER',
      serialFirst: 41,
      serialLast: 60,
      blockSerial: 'TVER-DLA-WWB-2023-000000041-000000060',
      from: { kind: 'LAO', laoCode: '4120102' },
      to: { kind: 'BUYER', laoCode: null },
      fromState: 'RESERVED',
      toState: 'AVAILABLE',
      holderType: 'TRADE',
    },
    {
      at: '2024-06-01T02:00:00Z',
      reason: 'RETIREMENT',
      serialFirst: 41,
      serialLast: 60,
      blockSerial: 'TVER-DLA-WWB-2023-000000041-000000060',
      from: { kind: 'BUYER', laoCode: null },
      to: { kind: 'RETIREMENT', laoCode: null },
      fromState: 'AVAILABLE',
      toState: 'RETIRED',
      reference: 'CERT-2024-0001',
    },
  ],
};

function journalEntry(id: number, reason: string, vintage: number, at: string, first: number, last: number, direction: string): Journal {
  return {
    id,
    operationId: `00000000-0000-4000-8000-${String(id).padStart(12, '0')}`,
    at,
    reason,
    issuanceId: vintage === 2023 ? ISSUANCE_2023 : ISSUANCE_2024,
    projectCode: 'DLA-WWB',
    vintage,
    serialFirst: first,
    serialLast: last,
    quantity: last - first + 1,
    blockSerial: `TVER-DLA-WWB-${vintage}-${String(first).padStart(9, '0')}-${String(last).padStart(9, '0')}`,
    direction,
    counterparty: direction === 'IN' ? { kind: 'UNALLOCATED', laoCode: null } : direction === 'OUT' ? { kind: 'BUYER', laoCode: null } : null,
    toState: 'AVAILABLE',
    reference: reason === 'ALLOCATION' ? `TGO-TVER-${vintage + 1}-0117` : null,
  } as Journal;
}

/** 25 entries: two allocations, then reservations and releases, and one sale (the journal pages at 20). */
const journal: Journal[] = [
  journalEntry(1, 'ALLOCATION', 2023, '2024-03-15T03:00:00Z', 1, 1250, 'IN'),
  journalEntry(2, 'ALLOCATION', 2024, '2025-03-14T03:00:00Z', 4001, 5480, 'IN'),
  ...Array.from({ length: 22 }, (_, i) =>
    journalEntry(3 + i, i % 2 === 0 ? 'RESERVATION' : 'RELEASE', 2024, `2025-04-${String(1 + i).padStart(2, '0')}T03:00:00Z`, 4001, 4010, 'WITHIN'),
  ),
  journalEntry(25, 'TRANSFER', 2023, '2024-05-20T07:00:00Z', 41, 60, 'OUT'),
].sort((a, b) => b.at.localeCompare(a.at));

const balances: Schemas['Balance'][] = [
  { issuanceId: ISSUANCE_2024, projectCode: 'DLA-WWB', vintage: 2024, received: 1480, available: 1380, reservedForListings: 100, reservedForTrades: 0, sold: 0, retired: 0 },
  { issuanceId: ISSUANCE_2023, projectCode: 'DLA-WWB', vintage: 2023, received: 1250, available: 1180, reservedForListings: 0, reservedForTrades: 50, sold: 20, retired: 0 },
];

function account(code: string, url: URL): Account {
  const lao = laos.find((candidate) => candidate.code === code)!;
  const held = code === registryFixtures.laoCode;
  const reason = url.searchParams.get('reason');
  const vintage = url.searchParams.get('vintage');
  const from = url.searchParams.get('from');
  const to = url.searchParams.get('to');
  const page = Number(url.searchParams.get('page') ?? 0);
  const size = Number(url.searchParams.get('size') ?? 20);
  const matching = (held ? journal : []).filter(
    (entry) =>
      (!reason || entry.reason === reason) &&
      (!vintage || entry.vintage === Number(vintage)) &&
      (!from || entry.at.slice(0, 10) >= from) &&
      (!to || entry.at.slice(0, 10) <= to),
  );
  const mine = held ? balances : [];
  const sum = (key: keyof Schemas['Totals']) => mine.reduce((total, b) => total + b[key], 0);
  return {
    laoCode: code,
    laoNameTh: lao.fullNameTh,
    provinceCode: lao.provinceCode,
    accountId: held ? 7 : null,
    totals: {
      received: sum('received'),
      available: sum('available'),
      reservedForListings: sum('reservedForListings'),
      reservedForTrades: sum('reservedForTrades'),
      sold: sum('sold'),
      retired: sum('retired'),
    },
    balances: mine,
    blocks: held
      ? [
          { issuanceId: ISSUANCE_2024, projectCode: 'DLA-WWB', vintage: 2024, serialFirst: 4001, serialLast: 4100, quantity: 100, blockSerial: 'TVER-DLA-WWB-2024-000004001-000004100', state: 'RESERVED', holderType: 'LISTING', holderId: 'aaaaaaaa-0000-4000-8000-000000000001', originLaoCode: code },
          { issuanceId: ISSUANCE_2024, projectCode: 'DLA-WWB', vintage: 2024, serialFirst: 4101, serialLast: 5480, quantity: 1380, blockSerial: 'TVER-DLA-WWB-2024-000004101-000005480', state: 'AVAILABLE', holderType: null, holderId: null, originLaoCode: code },
        ]
      : [],
    journal: { items: matching.slice(page * size, page * size + size), page, size, total: matching.length },
  };
}

const estimate = (households: number): Schemas['CarbonEstimate'] => {
  const tco2e = Math.round(households * 452) / 10_000;
  return {
    households,
    factor: 0.0452,
    tco2ePerYear: tco2e,
    creditsPerYear: Math.floor(tco2e),
    arithmetic: `${households.toLocaleString('en-US')} households × 0.0452 tCO2e per household per year = ${tco2e.toFixed(4)} tCO2e per year`,
    source:
      'DLA, October 2022: 2,716,651 households with wet-waste bins reduce 122,711.5 tCO2e per year; 122,711.5 ÷ 2,716,651 ≈ 0.0452 tCO2e per household per year',
  };
};

export const project: Schemas['Project'] = {
  code: 'DLA-WWB',
  nameTh: 'โครงการถังขยะเปียก ลดโลกร้อน',
  nameEn: 'Wet waste bin reduces global warming',
  methodology: 'T-VER',
  developerTh: 'กรมส่งเสริมการปกครองท้องถิ่น',
  developerEn: 'Department of Local Administration (DLA)',
  registeredOn: '2019-07-30',
  creditingStart: '2019-07-01',
  creditingEnd: '2026-06-30',
  expectedTco2ePerYear: 492212,
};

function issuanceOf(body: Schemas['IssuanceBody'], id: string): Schemas['Issuance'] {
  let next = body.serialFirst ?? 1;
  return {
    id,
    projectCode: body.projectCode ?? '',
    vintage: body.vintage ?? 0,
    serialFirst: body.serialFirst ?? 0,
    serialLast: body.serialLast ?? 0,
    quantity: (body.serialLast ?? 0) - (body.serialFirst ?? 0) + 1,
    tgoReference: body.tgoReference ?? '',
    issuedOn: body.issuedOn ?? '',
    createdAt: '2025-06-01T03:00:00Z',
    allocations: (body.allocations ?? []).map((a) => {
      const first = next;
      next += a.quantity ?? 0;
      const lao = laos.find((candidate) => candidate.code === a.laoCode);
      return {
        laoCode: a.laoCode ?? '',
        laoNameTh: lao?.fullNameTh ?? '',
        quantity: a.quantity ?? 0,
        serialFirst: first,
        serialLast: next - 1,
        blockSerial: `TVER-${body.projectCode}-${body.vintage}-${String(first).padStart(9, '0')}-${String(next - 1).padStart(9, '0')}`,
      };
    }),
  };
}

/** Like the server's preview: LAO codes must exist and appear once, allocations must add up to the range. */
function plan(body: Schemas['IssuanceBody']): Schemas['IssuancePlan'] {
  const errors: Schemas['FieldProblem'][] = [];
  const quantity = (body.serialLast ?? 0) - (body.serialFirst ?? 0) + 1;
  const seen = new Set<string>();
  (body.allocations ?? []).forEach((a, index) => {
    if (!laos.some((lao) => lao.code === a.laoCode)) {
      errors.push({ field: `allocations[${index}].laoCode`, message: `no LAO with code ${a.laoCode ?? ''}` });
    } else if (seen.has(a.laoCode ?? '')) {
      errors.push({ field: `allocations[${index}].laoCode`, message: 'appears more than once' });
    }
    seen.add(a.laoCode ?? '');
  });
  const allocated = (body.allocations ?? []).reduce((sum, a) => sum + (a.quantity ?? 0), 0);
  if (allocated !== quantity) {
    errors.push({ field: 'allocations', message: `the allocations add up to ${allocated}, the issuance has ${quantity}` });
  }
  const issuance = issuanceOf(body, 'preview');
  return { valid: errors.length === 0, quantity, allocated, blocks: issuance.allocations, errors, existingIssuanceId: null, identical: false };
}

function seedIssuances(): Schemas['Issuance'][] {
  return [
    issuanceOf(
      { projectCode: 'DLA-WWB', vintage: 2024, serialFirst: 4001, serialLast: 5480, tgoReference: 'TGO-TVER-2025-0117', issuedOn: '2025-03-14', allocations: [{ laoCode: '4120102', quantity: 1480 }] },
      ISSUANCE_2024,
    ),
    issuanceOf(
      { projectCode: 'DLA-WWB', vintage: 2023, serialFirst: 1, serialLast: 1250, tgoReference: 'TGO-TVER-2024-0117', issuedOn: '2024-03-15', allocations: [{ laoCode: '4120102', quantity: 1250 }] },
      ISSUANCE_2023,
    ),
  ];
}

function seedWindows(): Schemas['ReportingWindow'][] {
  return [
    { id: 2, title: 'รอบที่ 1/2568', periodStart: '2024-10-01', periodEnd: '2025-03-31', opensOn: '2025-04-01', closesOn: '2099-12-31', open: true },
    { id: 1, title: 'รอบที่ 2/2567', periodStart: '2024-04-01', periodEnd: '2024-09-30', opensOn: '2024-10-01', closesOn: '2024-10-31', open: false },
  ];
}

function seedReports(): Schemas['BinReport'][] {
  return [
    { id: 1, laoCode: '4120102', windowId: 1, windowTitle: 'รอบที่ 2/2567', periodStart: '2024-04-01', periodEnd: '2024-09-30', households: 1250, bins: 1300, submittedBy: 'lao.bangsrimuang.maker', submittedAt: '2024-10-05T03:00:00Z', estimate: estimate(1250) },
  ];
}

export const registryDb = { issuances: seedIssuances(), windows: seedWindows(), reports: seedReports() };

export function resetRegistryMock() {
  registryDb.issuances = seedIssuances();
  registryDb.windows = seedWindows();
  registryDb.reports = seedReports();
}

const SERIAL = /^TVER-[A-Z0-9]+(?:-[A-Z0-9]+)*-\d{4}-\d{9,18}(?:-\d{9,18})?$/;
const laoExists = (code: unknown) => laos.some((lao) => lao.code === code);
const notFound = () => problemResponse(404, PROBLEM_TYPES.notFound, 'Resource not found');

/** Behaves like the registry API of docs/api.md (public, LAO account, bin data, DLA administration). */
export const registryHandlers = [
  http.get(`${API}/serials/:serial`, ({ params }) => {
    const serial = String(params.serial).toUpperCase();
    if (!SERIAL.test(serial)) {
      return HttpResponse.json(
        {
          type: PROBLEM_TYPES.validation,
          title: 'The request is not valid',
          status: 400,
          detail: 'Not a serial number.',
          errors: [{ field: 'serial', message: 'must look like TVER-DLA-WWB-2023-000000042' }],
        },
        { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
      );
    }
    return serial === serialTrace.serial ? HttpResponse.json(serialTrace) : problemResponse(404, PROBLEM_TYPES.notFound, 'Resource not found', `No credit ${serial} has been issued.`);
  }),

  http.get(`${API}/laos/:code/account`, ({ params, request }) =>
    laoExists(params.code) ? HttpResponse.json(account(String(params.code), new URL(request.url))) : notFound(),
  ),

  http.get(`${API}/laos/:code/credit-summary`, ({ params }) => {
    const code = String(params.code);
    if (!laoExists(code)) return notFound();
    const held = code === registryFixtures.laoCode;
    const summary: Schemas['CreditSummaryResponse'] = {
      laoCode: code,
      received: held ? 2730 : 0,
      available: held ? 2560 : 0,
      reserved: held ? 150 : 0,
      sold: held ? 20 : 0,
      retired: 0,
      byVintage: held
        ? [
            { vintage: 2023, received: 1250, available: 1180, reserved: 50, sold: 20, retired: 0 },
            { vintage: 2024, received: 1480, available: 1380, reserved: 100, sold: 0, retired: 0 },
          ]
        : [],
      factorExample: estimate(1000),
      ...(held ? { latestBinReport: registryDb.reports[0]! } : {}),
    };
    return HttpResponse.json(summary);
  }),

  http.get(`${API}/projects`, () => HttpResponse.json([project])),

  http.get(`${API}/reporting-windows`, () => HttpResponse.json(registryDb.windows)),

  http.get(`${API}/laos/:code/bin-reports`, ({ params }) =>
    laoExists(params.code) ? HttpResponse.json(registryDb.reports.filter((r) => r.laoCode === params.code)) : notFound(),
  ),

  http.post(`${API}/laos/:code/bin-reports`, async ({ params, request }) => {
    const code = String(params.code);
    if (!laoExists(code)) return notFound();
    const window = registryDb.windows.find((w) => w.open);
    if (!window) {
      return problemResponse(409, `${PROBLEMS}reporting-window-closed`, 'No reporting window is open', 'Wet-waste-bin figures are accepted only within a reporting window.');
    }
    const body = (await request.json()) as Schemas['BinReportBody'];
    const report: Schemas['BinReport'] = {
      id: registryDb.reports.length + 1,
      laoCode: code,
      windowId: window.id,
      windowTitle: window.title,
      periodStart: window.periodStart,
      periodEnd: window.periodEnd,
      households: body.households,
      bins: body.bins,
      submittedBy: 'lao.bangsrimuang.maker',
      submittedAt: '2025-06-01T03:00:00Z',
      estimate: estimate(body.households),
    };
    registryDb.reports = [report, ...registryDb.reports.filter((r) => !(r.laoCode === code && r.windowId === window.id))];
    return HttpResponse.json(report, { status: 201 });
  }),

  http.post(`${API}/admin/reporting-windows`, async ({ request }) => {
    const body = (await request.json()) as Schemas['WindowBody'];
    const window: Schemas['ReportingWindow'] = { id: registryDb.windows.length + 1, ...body, open: false };
    registryDb.windows = [window, ...registryDb.windows];
    return HttpResponse.json(window, { status: 201 });
  }),

  http.get(`${API}/admin/issuances`, ({ request }) => {
    const url = new URL(request.url);
    const page = Number(url.searchParams.get('page') ?? 0);
    const size = Number(url.searchParams.get('size') ?? 20);
    return HttpResponse.json({ items: registryDb.issuances.slice(page * size, page * size + size), page, size, total: registryDb.issuances.length });
  }),

  http.get(`${API}/admin/issuances/:id`, ({ params }) => {
    const issuance = registryDb.issuances.find((candidate) => candidate.id === params.id);
    return issuance ? HttpResponse.json(issuance) : notFound();
  }),

  http.post(`${API}/admin/issuances/preview`, async ({ request }) => {
    if (!(request.headers.get('content-type') ?? '').includes('application/json')) {
      // The CSV variant: the file's problems are named by line (the header is line 1).
      return HttpResponse.json({
        valid: false,
        quantity: 1000,
        allocated: 900,
        blocks: [],
        errors: [
          { field: 'line 3', message: "the quantity must be a whole number, found 'abc'" },
          { field: 'line 4', message: 'no LAO with code 9999999' },
          { field: 'allocations', message: 'the allocations add up to 900, the issuance has 1000' },
        ],
        existingIssuanceId: null,
        identical: false,
      } satisfies Schemas['IssuancePlan']);
    }
    return HttpResponse.json(plan((await request.json()) as Schemas['IssuanceBody']));
  }),

  http.post(`${API}/admin/issuances`, async ({ request }) => {
    const body = (await request.json()) as Schemas['IssuanceBody'];
    const result = plan(body);
    if (!result.valid) {
      return problemResponse(400, PROBLEM_TYPES.validation, 'The request is not valid', 'The issuance was not recorded.');
    }
    const issuance = issuanceOf(body, `22222222-0000-4000-8000-${String(registryDb.issuances.length + 1).padStart(12, '0')}`);
    registryDb.issuances = [issuance, ...registryDb.issuances];
    return HttpResponse.json(issuance, { status: 201, headers: { Location: `/api/v1/admin/issuances/${issuance.id}` } });
  }),
];
