/**
 * LAO officer appointments, mirroring DLA's roster form (province, LAO, name, position, phone, email): proposed
 * by the LAO's officers, approved by the provincial officer. Shapes from the generated OpenAPI schema.
 */
import type { components } from '@/lib/api/schema';
import type { PostBody } from '@/lib/api/types';

export type OfficerAppointment = components['schemas']['OfficerAppointment'];
export type AppointmentStatus = OfficerAppointment['status'];
/** `POST /api/v1/laos/{code}/officers`. */
export type OfficerProposal = PostBody<'/api/v1/laos/{code}/officers'>;

const STATUS_ORDER: Record<AppointmentStatus, number> = { PENDING: 0, APPROVED: 1, REJECTED: 2, REVOKED: 3 };

export const APPOINTMENT_STATUSES: readonly AppointmentStatus[] = (Object.keys(STATUS_ORDER) as AppointmentStatus[]).sort(
  (a, b) => STATUS_ORDER[a] - STATUS_ORDER[b],
);

export function isAppointmentStatus(value: unknown): value is AppointmentStatus {
  return typeof value === 'string' && value in STATUS_ORDER;
}
