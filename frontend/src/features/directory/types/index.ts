/**
 * Directory types, derived by path from the generated OpenAPI types (src/lib/api/schema.d.ts),
 * so the client follows the server's contract.
 */
import type { GetResponse } from '@/lib/api/types';

export type Province = GetResponse<'/api/v1/provinces'>[number];
export type Region = Province['region'];

export type LaoPage = GetResponse<'/api/v1/laos'>;
export type LaoSummary = LaoPage['items'][number];
export type LaoType = LaoSummary['type'];

export type LaoDetail = GetResponse<'/api/v1/laos/{code}'>;

/** Display order; a Record so that a new enum value on the server fails compilation here. */
const REGION_ORDER: Record<Region, number> = {
  NORTH: 0,
  NORTHEAST: 1,
  CENTRAL: 2,
  EAST: 3,
  WEST: 4,
  SOUTH: 5,
};

const LAO_TYPE_ORDER: Record<LaoType, number> = {
  PAO: 0,
  CITY_MUNICIPALITY: 1,
  TOWN_MUNICIPALITY: 2,
  SUBDISTRICT_MUNICIPALITY: 3,
  SAO: 4,
  SPECIAL: 5,
};

const byOrder = <K extends string>(order: Record<K, number>): K[] =>
  (Object.keys(order) as K[]).sort((a, b) => order[a] - order[b]);

export const REGIONS: readonly Region[] = byOrder(REGION_ORDER);
export const LAO_TYPES: readonly LaoType[] = byOrder(LAO_TYPE_ORDER);

export function isRegion(value: unknown): value is Region {
  return typeof value === 'string' && value in REGION_ORDER;
}

export function isLaoType(value: unknown): value is LaoType {
  return typeof value === 'string' && value in LAO_TYPE_ORDER;
}
