/**
 * Registry types, derived by path from the generated OpenAPI types (src/lib/api/schema.d.ts),
 * so the client follows the server's contract.
 */
import type { components } from '@/lib/api/schema';
import type { GetResponse } from '@/lib/api/types';

export type SerialTrace = GetResponse<'/api/v1/serials/{serial}'>;
export type HistoryEntry = SerialTrace['history'][number];
export type Party = components['schemas']['Party'];

export type LaoAccount = GetResponse<'/api/v1/laos/{code}/account'>;
export type Balance = LaoAccount['balances'][number];
export type Totals = LaoAccount['totals'];
export type HeldBlock = LaoAccount['blocks'][number];
export type JournalEntry = LaoAccount['journal']['items'][number];

export type CreditSummary = GetResponse<'/api/v1/laos/{code}/credit-summary'>;
export type CarbonEstimate = components['schemas']['CarbonEstimate'];

export type Project = GetResponse<'/api/v1/projects'>[number];
export type IssuancePage = GetResponse<'/api/v1/admin/issuances'>;
export type Issuance = GetResponse<'/api/v1/admin/issuances/{id}'>;
export type IssuanceBody = components['schemas']['IssuanceBody'];
export type IssuancePlan = components['schemas']['IssuancePlan'];

export type ReportingWindow = GetResponse<'/api/v1/reporting-windows'>[number];
export type BinReport = GetResponse<'/api/v1/laos/{code}/bin-reports'>[number];
export type BinReportBody = components['schemas']['BinReportBody'];
export type WindowBody = components['schemas']['WindowBody'];

/** Why a journal entry moved credits (docs/api.md); a Record so that a new reason fails compilation here. */
const REASON_ORDER = {
  ISSUANCE: 0,
  ALLOCATION: 1,
  RESERVATION: 2,
  REASSIGNMENT: 3,
  RELEASE: 4,
  TRANSFER: 5,
  RETIREMENT: 6,
} as const;
export type JournalReason = keyof typeof REASON_ORDER;
export const JOURNAL_REASONS = Object.keys(REASON_ORDER) as JournalReason[];

export function isJournalReason(value: unknown): value is JournalReason {
  return typeof value === 'string' && value in REASON_ORDER;
}

const PROBLEM_BASE = 'https://carbon.dla.go.th/problems/';

/** The registry's own problem types (docs/api.md). */
export const REGISTRY_PROBLEMS = {
  reportingWindowClosed: `${PROBLEM_BASE}reporting-window-closed`,
  serialRangeOverlap: `${PROBLEM_BASE}serial-range-overlap`,
  issuanceConflict: `${PROBLEM_BASE}issuance-conflict`,
} as const;
