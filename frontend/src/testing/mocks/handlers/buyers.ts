import { HttpResponse, http } from 'msw';

import type { BuyerOrganisation, BuyerRegistration, BuyerStatus } from '@/features/buyers/types';
import { PROBLEM_TYPES } from '@/lib/api-problem';

import { authorise } from './auth';
import { API, problemResponse } from './directory';

function seed(): BuyerOrganisation[] {
  const base = {
    address: { line: '99/1 ถนนรัชดาภิเษก', subdistrict: 'ดินแดง', district: 'ดินแดง', provinceCode: '10', postcode: '10400' },
    tgoAccountNo: null,
    statusReason: null,
    verifiedAt: null,
  };
  return [
    {
      ...base,
      id: 'b0000000-0000-4000-8000-000000000001',
      type: 'BUSINESS',
      nameTh: 'บริษัท กรีนเอนเนอร์ยี จำกัด',
      nameEn: 'Green Energy Co., Ltd.',
      taxId: '0105536112014',
      contactName: 'สมศรี ใจงาม',
      email: 'somsri@greenenergy.example',
      phone: '02 123 4567',
      status: 'PENDING',
      documents: [
        { id: 'd0000000-0000-4000-8000-000000000001', fileName: 'หนังสือรับรอง.pdf', contentType: 'application/pdf', size: 245_760 },
      ],
      createdAt: '2025-03-01T03:00:00Z',
    },
    {
      ...base,
      id: 'b0000000-0000-4000-8000-000000000002',
      type: 'STATE_ENTERPRISE',
      nameTh: 'การไฟฟ้าทดสอบ',
      nameEn: 'Test Electricity Authority',
      taxId: '0994000165510',
      contactName: 'Anan K.',
      email: 'anan@electric.example',
      phone: '02 555 0000',
      tgoAccountNo: 'TVER-00123',
      status: 'VERIFIED',
      documents: [],
      createdAt: '2025-01-10T03:00:00Z',
      verifiedAt: '2025-01-12T03:00:00Z',
    },
    {
      ...base,
      id: 'b0000000-0000-4000-8000-000000000003',
      type: 'INDIVIDUAL',
      nameTh: 'นายทดสอบ ระงับ',
      nameEn: 'Mr Suspended Test',
      taxId: '1101700207030',
      contactName: 'นายทดสอบ ระงับ',
      email: 'suspended@example.com',
      phone: '081 234 5678',
      status: 'SUSPENDED',
      statusReason: 'ชำระเงินล่าช้าเกินกำหนด',
      documents: [],
      createdAt: '2024-11-05T03:00:00Z',
      verifiedAt: '2024-11-06T03:00:00Z',
    },
  ];
}

export const buyerDb = { organisations: seed(), takenUsernames: new Set(['dla.admin', 'green.buyer']) };

export function resetBuyersMock() {
  buyerDb.organisations = seed();
  buyerDb.takenUsernames = new Set(['dla.admin', 'green.buyer']);
}

const validation = (errors: Array<{ field: string; message: string }>) =>
  problemResponse(400, PROBLEM_TYPES.validation, 'The request is not valid', 'Some fields are not valid.', errors);

function decide(id: string, next: BuyerStatus, allowedFrom: BuyerStatus[], reason: string | null) {
  const organisation = buyerDb.organisations.find((candidate) => candidate.id === id);
  if (!organisation) return problemResponse(404, PROBLEM_TYPES.notFound, 'Resource not found');
  if (!allowedFrom.includes(organisation.status)) {
    return problemResponse(409, PROBLEM_TYPES.conflict, 'Conflict with the current state');
  }
  organisation.status = next;
  organisation.statusReason = reason;
  if (next === 'VERIFIED') organisation.verifiedAt = '2025-06-01T03:00:00Z';
  return HttpResponse.json(organisation);
}

async function reasonOf(request: Request): Promise<string | Response> {
  const body = (await request.json().catch(() => ({}))) as { reason?: string };
  if (!body.reason?.trim()) return validation([{ field: 'reason', message: 'is required' }]);
  return body.reason.trim();
}

/** Behaves like the contract of the `buyers` branch (TEAM.md, "Identity APIs agreed"). */
export const buyerHandlers = [
  http.post(`${API}/buyers/registrations`, async ({ request }) => {
    const form = await request.formData();
    const part = form.get('registration');
    // (the parts are undici's File, not jsdom's: no instanceof)
    if (part === null || typeof part === 'string') return validation([{ field: 'registration', message: 'is required' }]);
    const registration = JSON.parse(await part.text()) as BuyerRegistration;
    const documents = form.getAll('documents').filter((value): value is File => typeof value !== 'string');
    if (registration.password.length < 10) return validation([{ field: 'password', message: 'must be at least 10 characters' }]);
    if (buyerDb.organisations.some((organisation) => organisation.taxId === registration.taxId)) {
      return problemResponse(409, PROBLEM_TYPES.conflict, 'Conflict with the current state', 'Already registered.', [
        { field: 'taxId', message: 'is already registered' },
      ]);
    }
    if (buyerDb.takenUsernames.has(registration.username)) {
      return problemResponse(409, PROBLEM_TYPES.conflict, 'Conflict with the current state', 'Username taken.', [
        { field: 'username', message: 'is already taken' },
      ]);
    }
    const { username, password: _, ...facts } = registration;
    const organisation: BuyerOrganisation = {
      ...facts,
      tgoAccountNo: facts.tgoAccountNo ?? null,
      id: `b0000000-0000-4000-8000-00000000010${buyerDb.organisations.length}`,
      status: 'PENDING',
      statusReason: null,
      documents: documents.map((file, index) => ({
        id: `d0000000-0000-4000-8000-00000000100${index}`,
        fileName: file.name,
        contentType: file.type,
        size: file.size,
      })),
      createdAt: '2025-06-01T03:00:00Z',
      verifiedAt: null,
    };
    buyerDb.organisations.push(organisation);
    buyerDb.takenUsernames.add(username);
    return HttpResponse.json(organisation, {
      status: 201,
      headers: { Location: `/api/v1/admin/buyers/${organisation.id}` },
    });
  }),

  http.get(`${API}/me/organisation`, ({ request }) => {
    const user = authorise(request, 'BUYER');
    if (user instanceof Response) return user;
    const organisation = buyerDb.organisations.find((candidate) => candidate.id === user.buyerId);
    return organisation ? HttpResponse.json(organisation) : problemResponse(404, PROBLEM_TYPES.notFound, 'Resource not found');
  }),

  http.get(`${API}/admin/buyers`, ({ request }) => {
    const user = authorise(request, 'DLA_ADMIN');
    if (user instanceof Response) return user;
    const url = new URL(request.url);
    const status = url.searchParams.get('status');
    const q = url.searchParams.get('q')?.toLowerCase();
    const page = Number(url.searchParams.get('page') ?? 0);
    const size = Number(url.searchParams.get('size') ?? 20);
    const matching = buyerDb.organisations.filter(
      (organisation) =>
        (!status || organisation.status === status) &&
        (!q ||
          organisation.nameTh.toLowerCase().includes(q) ||
          organisation.nameEn.toLowerCase().includes(q) ||
          organisation.taxId.includes(q)),
    );
    return HttpResponse.json({ items: matching.slice(page * size, page * size + size), page, size, total: matching.length });
  }),

  http.get(`${API}/admin/buyers/:id`, ({ request, params }) => {
    const user = authorise(request, 'DLA_ADMIN');
    if (user instanceof Response) return user;
    const organisation = buyerDb.organisations.find((candidate) => candidate.id === params.id);
    return organisation ? HttpResponse.json(organisation) : problemResponse(404, PROBLEM_TYPES.notFound, 'Resource not found');
  }),

  http.get(`${API}/admin/buyers/:id/documents/:documentId`, ({ request, params }) => {
    const user = authorise(request, 'DLA_ADMIN');
    if (user instanceof Response) return user;
    const organisation = buyerDb.organisations.find((candidate) => candidate.id === params.id);
    const document = organisation?.documents.find((candidate) => candidate.id === params.documentId);
    if (!document) return problemResponse(404, PROBLEM_TYPES.notFound, 'Resource not found');
    return new HttpResponse('%PDF-1.4 test', {
      headers: {
        'Content-Type': document.contentType,
        'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(document.fileName)}`,
      },
    });
  }),

  http.post(`${API}/admin/buyers/:id/verify`, ({ request, params }) => {
    const user = authorise(request, 'DLA_ADMIN');
    return user instanceof Response ? user : decide(String(params.id), 'VERIFIED', ['PENDING'], null);
  }),

  http.post(`${API}/admin/buyers/:id/reject`, async ({ request, params }) => {
    const user = authorise(request, 'DLA_ADMIN');
    if (user instanceof Response) return user;
    const reason = await reasonOf(request);
    return reason instanceof Response ? reason : decide(String(params.id), 'REJECTED', ['PENDING'], reason);
  }),

  http.post(`${API}/admin/buyers/:id/suspend`, async ({ request, params }) => {
    const user = authorise(request, 'DLA_ADMIN');
    if (user instanceof Response) return user;
    const reason = await reasonOf(request);
    return reason instanceof Response ? reason : decide(String(params.id), 'SUSPENDED', ['VERIFIED'], reason);
  }),

  http.post(`${API}/admin/buyers/:id/reinstate`, ({ request, params }) => {
    const user = authorise(request, 'DLA_ADMIN');
    return user instanceof Response ? user : decide(String(params.id), 'VERIFIED', ['SUSPENDED'], null);
  }),
];
