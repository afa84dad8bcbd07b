/**
 * Dashboard API types, written by hand from the dashboard contract (docs/api.md) while the backend was built in
 * parallel. The generated types (`GetResponse<'/api/v1/dashboards/national'>` etc.) carry the same fields, but the
 * server's OpenAPI document declares regions, LAO types and modes as plain strings and money as numbers, which these
 * narrower types do not accept; replacing them is a follow-up (enums in the server's schema first). Fields that may be
 * null are also optional, as in the generated types; the components test them with `== null`.
 */

/** THB amounts: the contract allows decimal strings or numbers (scale 2); format them with `format.thb`. */
export type Money = number | string;

export type Region = 'NORTH' | 'NORTHEAST' | 'CENTRAL' | 'EAST' | 'WEST' | 'SOUTH';

export type ListingMode = 'FIXED_PRICE' | 'NEGOTIABLE' | 'AUCTION';

export type Totals = {
  issued: number;
  allocated: number;
  listed: number;
  sold: number;
  retired: number;
  available: number;
};

export type LaoCounts = {
  total: number;
  holding: number;
  listing: number;
  selling: number;
};

export type VintagePrice = {
  /** CE year. */
  vintage: number;
  lastPrice?: Money | null;
  lastTradeAt?: string | null;
  vwap?: Money | null;
  volume: number;
};

export type MonthlyPoint = {
  /** `YYYY-MM` (CE). */
  month: string;
  volume: number;
  value: Money;
  vwap?: Money | null;
  retired: number;
};

export type ProvinceFigures = {
  code: string;
  nameTh: string;
  nameEn: string;
  region: Region;
  gridCol: number;
  gridRow: number;
  issued: number;
  available: number;
  listed: number;
  sold: number;
  retired: number;
  revenue: Money;
  laosHolding: number;
  laosListing: number;
  laosSelling: number;
};

export type TopProvince = { code: string; nameTh: string; nameEn: string; value: Money };

export type TopProvinces = {
  sold: TopProvince[];
  retired: TopProvince[];
  revenue: TopProvince[];
  available: TopProvince[];
};

/** `GET /api/v1/dashboards/national` */
export type NationalDashboard = {
  asOf: string;
  totals: Totals;
  laos: LaoCounts;
  verifiedBuyers: number;
  revenue: Money;
  prices: VintagePrice[];
  /** Last 24 months, oldest first, months without trades included. */
  monthly: MonthlyPoint[];
  /** All 77 provinces (for the map). */
  provinces: ProvinceFigures[];
  /** Top 5 by each measure. */
  topProvinces: TopProvinces;
};

export type LaoType =
  | 'PAO'
  | 'CITY_MUNICIPALITY'
  | 'TOWN_MUNICIPALITY'
  | 'SUBDISTRICT_MUNICIPALITY'
  | 'SAO'
  | 'SPECIAL';

export type LaoRow = {
  code: string;
  nameTh: string;
  type: LaoType;
  district: string;
  credits: number;
  available: number;
  listed: number;
  sold: number;
  retired: number;
  revenue: Money;
  households: number;
  bins: number;
  estimatedCredits: number;
};

export type OpenListing = {
  id: string;
  laoCode: string;
  laoNameTh: string;
  mode: ListingMode;
  vintage: number;
  remaining: number;
  unitPrice: Money;
  endsAt?: string | null;
};

export type ProvinceRetirement = {
  certificateNo: string;
  buyerName: string;
  quantity: number;
  vintage: number;
  retiredAt: string;
  beneficiary?: string | null;
};

/** `GET /api/v1/dashboards/provinces/{code}` (404 problem for an unknown province). */
export type ProvinceDashboard = {
  asOf: string;
  province: { code: string; nameTh: string; nameEn: string; region: Region };
  totals: Totals;
  laos: LaoCounts;
  revenue: Money;
  prices: VintagePrice[];
  monthly: MonthlyPoint[];
  laoRows: LaoRow[];
  openListings: OpenListing[];
  /** Retirements by buyers located in the province, newest first, at most 50. */
  retirements: ProvinceRetirement[];
};

export type ListingState = 'DRAFT' | 'PENDING_APPROVAL' | 'OPEN' | 'SOLD_OUT' | 'CLOSED' | 'WITHDRAWN' | 'EXPIRED';

export type VintageCredits = {
  vintage: number;
  allocated: number;
  available: number;
  listed: number;
  sold: number;
  retired: number;
};

export type LaoDashboardListing = {
  id: string;
  mode: ListingMode;
  state: ListingState;
  vintage: number;
  quantity: number;
  remaining: number;
  unitPrice: Money;
  openedAt?: string | null;
  endsAt?: string | null;
};

/** A non-cancelled trade; buyers are never named. */
export type LaoSale = {
  date: string;
  vintage: number;
  quantity: number;
  unitPrice: Money;
  total: Money;
};

/** `GET /api/v1/dashboards/laos/{code}` */
export type LaoDashboard = {
  asOf: string;
  lao: { code: string; nameTh: string; type: LaoType; provinceCode: string; provinceNameTh: string; district: string };
  households: number;
  bins: number;
  estimatedCredits: number;
  creditsByVintage: VintageCredits[];
  listings: LaoDashboardListing[];
  sales: LaoSale[];
};

/** `GET /api/v1/provinces/{code}/committee-report?format=` */
export type ReportFormat = 'pdf' | 'xlsx' | 'csv';

/** `GET /api/v1/exports/{kind}?format=` */
export type ExportKind = 'listings' | 'trades' | 'retirements';
export type ExportFormat = 'csv' | 'xlsx';
export type ExportFilters = {
  province?: string | undefined;
  lao?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
};
