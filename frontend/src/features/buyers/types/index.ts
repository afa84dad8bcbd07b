import type { Page } from '@/lib/api/page';
import type { components } from '@/lib/api/schema';

/**
 * Buyer organisations (KYB): registration, the buyer's own organisation, DLA's verification. The shapes come
 * from the server's OpenAPI document (generated schema), so the client cannot drift from it.
 */

type Schemas = components['schemas'];

export type OrganisationType = Schemas['BuyerOrganisation']['type'];
export type BuyerStatus = Schemas['BuyerOrganisation']['status'];
export type BuyerDocument = Schemas['BuyerDocument'];
export type BuyerAddress = Schemas['BuyerAddress'];
export type BuyerOrganisation = Schemas['BuyerOrganisation'];
/** The JSON part `registration` of `POST /api/v1/buyers/registrations`. */
export type BuyerRegistration = Schemas['RegistrationRequest'];
export type BuyerPage = Page<BuyerOrganisation>;
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
