/**
 * LAO officer appointments, mirroring DLA's roster form (province, LAO, name, position, phone, email): proposed
 * by the LAO's officers, approved by the provincial officer. Built on the `buyers` branch (TEAM.md).
 */

// Hand-written until the backend branch lands; then import from '@/lib/api/types'.
export type AppointmentStatus = 'PENDING' | 'APPROVED' | 'REJECTED' | 'REVOKED';

// Hand-written until the backend branch lands; then import from '@/lib/api/types'.
export type OfficerAppointment = {
  id: string;
  laoCode: string;
  laoNameTh: string;
  provinceCode: string;
  fullName: string;
  position: string;
  phone: string;
  email: string;
  status: AppointmentStatus;
  proposedBy: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
  reason: string | null;
};

// Hand-written until the backend branch lands; then import from '@/lib/api/types'.
/** `POST /api/v1/laos/{code}/officers`. */
export type OfficerProposal = {
  fullName: string;
  position: string;
  phone: string;
  email: string;
};

const STATUS_ORDER: Record<AppointmentStatus, number> = { PENDING: 0, APPROVED: 1, REJECTED: 2, REVOKED: 3 };

export const APPOINTMENT_STATUSES: readonly AppointmentStatus[] = (Object.keys(STATUS_ORDER) as AppointmentStatus[]).sort(
  (a, b) => STATUS_ORDER[a] - STATUS_ORDER[b],
);

export function isAppointmentStatus(value: unknown): value is AppointmentStatus {
  return typeof value === 'string' && value in STATUS_ORDER;
}
