import { HttpResponse, http } from 'msw';

import type { OfficerAppointment, OfficerProposal } from '@/features/officers/types';
import { PROBLEM_TYPES } from '@/lib/api-problem';

import { laos } from '../data';

import { authorise } from './auth';
import { API, problemResponse } from './directory';

function seed(): OfficerAppointment[] {
  const bangSriMuang = { laoCode: '4120102', laoNameTh: 'เทศบาลเมืองบางศรีเมือง', provinceCode: '12' };
  return [
    {
      ...bangSriMuang,
      id: 'a0000000-0000-4000-8000-000000000001',
      fullName: 'นางสาวมาลี รักษ์โลก',
      position: 'นักวิชาการสิ่งแวดล้อมชำนาญการ',
      phone: '02 447 0515',
      email: 'malee@bangsrimuang.go.th',
      status: 'PENDING',
      proposedBy: 'วิชัย บางศรีเมือง',
      proposedAt: '2026-11-20T03:00:00Z',
      decidedBy: null,
      decidedAt: null,
      reason: null,
    },
    {
      ...bangSriMuang,
      id: 'a0000000-0000-4000-8000-000000000002',
      fullName: 'นายวิชัย บางศรีเมือง',
      position: 'ผู้อำนวยการกองสาธารณสุขและสิ่งแวดล้อม',
      phone: '02 447 0500',
      email: 'wichai@bangsrimuang.go.th',
      status: 'APPROVED',
      proposedBy: 'ผู้ดูแลระบบ สถ.',
      proposedAt: '2026-10-01T03:00:00Z',
      decidedBy: 'สุภาพร จังหวัดนนท์',
      decidedAt: '2025-02-14T03:00:00Z',
      reason: null,
    },
  ];
}

export const officerDb = { appointments: seed() };

export function resetOfficersMock() {
  officerDb.appointments = seed();
}

function decide(request: Request, id: string, decision: 'APPROVED' | 'REJECTED', reason: string | null) {
  const user = authorise(request, 'PROVINCE_OFFICER');
  if (user instanceof Response) return user;
  const appointment = officerDb.appointments.find((candidate) => candidate.id === id);
  if (!appointment) return problemResponse(404, PROBLEM_TYPES.notFound, 'Resource not found');
  if (!user.provinceCodes.includes(appointment.provinceCode)) {
    return problemResponse(403, PROBLEM_TYPES.forbidden, 'Not allowed');
  }
  if (appointment.status !== 'PENDING') return problemResponse(409, PROBLEM_TYPES.conflict, 'Conflict with the current state');
  Object.assign(appointment, { status: decision, reason, decidedBy: user.displayName, decidedAt: '2025-06-01T03:00:00Z' });
  return HttpResponse.json(appointment);
}

/** Behaves like the contract of the `buyers` branch (officer appointments). */
export const officerHandlers = [
  http.get(`${API}/provinces/:code/officer-appointments`, ({ request, params }) => {
    const user = authorise(request, 'PROVINCE_OFFICER', 'DLA_ADMIN');
    if (user instanceof Response) return user;
    const code = String(params.code);
    if (!user.roles.includes('DLA_ADMIN') && !user.provinceCodes.includes(code)) {
      return problemResponse(403, PROBLEM_TYPES.forbidden, 'Not allowed');
    }
    const status = new URL(request.url).searchParams.get('status');
    return HttpResponse.json(
      officerDb.appointments.filter((a) => a.provinceCode === code && (!status || a.status === status)),
    );
  }),

  http.get(`${API}/provinces/:code/officer-roster`, ({ request, params }) => {
    const user = authorise(request, 'PROVINCE_OFFICER', 'DLA_ADMIN');
    if (user instanceof Response) return user;
    const rows = officerDb.appointments.filter((a) => a.provinceCode === params.code);
    const csv = ['จังหวัด,อปท.,รหัส อปท.,ชื่อ-สกุล,ตำแหน่ง,โทรศัพท์,อีเมล,สถานะ']
      .concat(rows.map((a) => ['นนทบุรี', a.laoNameTh, a.laoCode, a.fullName, a.position, a.phone, a.email, a.status].join(',')))
      .join('\r\n');
    return new HttpResponse(`\uFEFF${csv}`, {
      headers: {
        'Content-Type': 'text/csv; charset=UTF-8',
        'Content-Disposition': `attachment; filename="officer-roster-${String(params.code)}.csv"`,
      },
    });
  }),

  http.post(`${API}/officers/:id/approve`, ({ request, params }) => decide(request, String(params.id), 'APPROVED', null)),

  http.post(`${API}/officers/:id/reject`, async ({ request, params }) => {
    const body = (await request.clone().json().catch(() => ({}))) as { reason?: string };
    if (!body.reason?.trim()) {
      return problemResponse(400, PROBLEM_TYPES.validation, 'The request is not valid', undefined, [
        { field: 'reason', message: 'is required' },
      ]);
    }
    return decide(request, String(params.id), 'REJECTED', body.reason.trim());
  }),

  http.get(`${API}/laos/:code/officers`, ({ request, params }) => {
    const user = authorise(request, 'LAO_OFFICER', 'DLA_ADMIN');
    if (user instanceof Response) return user;
    const code = String(params.code);
    if (!user.roles.includes('DLA_ADMIN') && !user.laoCodes.includes(code)) {
      return problemResponse(403, PROBLEM_TYPES.forbidden, 'Not allowed');
    }
    return HttpResponse.json(officerDb.appointments.filter((a) => a.laoCode === code));
  }),

  http.post(`${API}/laos/:code/officers`, async ({ request, params }) => {
    const user = authorise(request, 'LAO_OFFICER', 'DLA_ADMIN');
    if (user instanceof Response) return user;
    const code = String(params.code);
    const lao = laos.find((candidate) => candidate.code === code);
    if (!lao) return problemResponse(404, PROBLEM_TYPES.notFound, 'Resource not found');
    const proposal = (await request.json()) as OfficerProposal;
    if (officerDb.appointments.some((a) => a.laoCode === code && a.email === proposal.email && a.status === 'PENDING')) {
      return problemResponse(409, PROBLEM_TYPES.conflict, 'Conflict', undefined, [
        { field: 'email', message: 'already proposed for this LAO' },
      ]);
    }
    const appointment: OfficerAppointment = {
      ...proposal,
      id: `a0000000-0000-4000-8000-00000000010${officerDb.appointments.length}`,
      laoCode: code,
      laoNameTh: lao.fullNameTh,
      provinceCode: lao.provinceCode,
      status: 'PENDING',
      proposedBy: user.displayName,
      proposedAt: new Date().toISOString(),
      decidedBy: null,
      decidedAt: null,
      reason: null,
    };
    officerDb.appointments.push(appointment);
    return HttpResponse.json(appointment, { status: 201 });
  }),
];
