import type { ProvinceFigures } from '../api/types';

/** What the map can be coloured by. */
export const MAP_MEASURES = ['available', 'sold', 'retired', 'laosHolding'] as const;
export type MapMeasure = (typeof MAP_MEASURES)[number];

export function isMapMeasure(value: unknown): value is MapMeasure {
  return typeof value === 'string' && (MAP_MEASURES as readonly string[]).includes(value);
}

export function measureValue(province: ProvinceFigures, measure: MapMeasure): number {
  return province[measure];
}
