import type { Page } from '@/lib/api/page';

/**
 * Buyer organisations (KYB): registration, the buyer's own organisation, DLA's verification.
 * The endpoints are built on the `buyers` branch (see TEAM.md, "Identity APIs agreed").
 */

// Hand-written until the backend branch lands; then import from '@/lib/api/types'.
export type OrganisationType = 'BUSINESS' | 'GOVERNMENT_AGENCY' | 'STATE_ENTERPRISE' | 'FOUNDATION_OR_NGO' | 'INDIVIDUAL';

// Hand-written until the backend branch lands; then import from '@/lib/api/types'.
export type BuyerStatus = 'PENDING' | 'VERIFIED' | 'REJECTED' | 'SUSPENDED';

// Hand-written until the backend branch lands; then import from '@/lib/api/types'.
export type BuyerDocument = {
  id: string;
  fileName: string;
  contentType: string;
  /** Bytes. */
  size: number;
};

/** What an organisation registers, as both the registration and the organisation carry it. */
type OrganisationFacts = {
  type: OrganisationType;
  nameTh: string;
  nameEn: string;
  taxId: string;
  address: string;
  contactName: string;
  email: string;
  phone: string;
};

// Hand-written until the backend branch lands; then import from '@/lib/api/types'.
export type BuyerOrganisation = OrganisationFacts & {
  id: string;
  tgoAccountNo: string | null;
  status: BuyerStatus;
  statusReason: string | null;
  documents: BuyerDocument[];
  createdAt: string;
  verifiedAt: string | null;
};

// Hand-written until the backend branch lands; then import from '@/lib/api/types'.
/** The JSON part `registration` of `POST /api/v1/buyers/registrations`. */
export type BuyerRegistration = OrganisationFacts & {
  tgoAccountNo?: string | undefined;
  username: string;
  password: string;
};

// Hand-written until the backend branch lands; then import from '@/lib/api/types'.
export type BuyerPage = Page<BuyerOrganisation>;

// Hand-written until the backend branch lands; then import from '@/lib/api/types'.
export type BuyerListQuery = {
  status?: BuyerStatus | undefined;
  q?: string | undefined;
  page?: number | undefined;
  size?: number | undefined;
};

/** Display order; Records so that a new value on the server fails compilation here. */
const ORGANISATION_TYPE_ORDER: Record<OrganisationType, number> = {
  BUSINESS: 0,
  GOVERNMENT_AGENCY: 1,
  STATE_ENTERPRISE: 2,
  FOUNDATION_OR_NGO: 3,
  INDIVIDUAL: 4,
};

const BUYER_STATUS_ORDER: Record<BuyerStatus, number> = {
  PENDING: 0,
  VERIFIED: 1,
  REJECTED: 2,
  SUSPENDED: 3,
};

const byOrder = <K extends string>(order: Record<K, number>): K[] =>
  (Object.keys(order) as K[]).sort((a, b) => order[a] - order[b]);

export const ORGANISATION_TYPES = byOrder(ORGANISATION_TYPE_ORDER) as [OrganisationType, ...OrganisationType[]];
export const BUYER_STATUSES: readonly BuyerStatus[] = byOrder(BUYER_STATUS_ORDER);

export function isBuyerStatus(value: unknown): value is BuyerStatus {
  return typeof value === 'string' && value in BUYER_STATUS_ORDER;
}
