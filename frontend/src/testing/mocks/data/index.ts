/**
 * Test fixtures shaped like the API's responses. Province names and codes are real; LAO counts and a few
 * LAO fields are made up. The Krabi LAOs come from rows of DLA's open data (see shared/data).
 */
import type { GetResponse } from '@/lib/api/types';

import laosJson from './laos.json';
import provincesJson from './provinces.json';

export type ProvinceFixture = GetResponse<'/api/v1/provinces'>[number];
export type LaoFixture = GetResponse<'/api/v1/laos/{code}'>;
export type LaoSummaryFixture = GetResponse<'/api/v1/laos'>['items'][number];

export const provinces = provincesJson as ProvinceFixture[];
export const laos = laosJson as LaoFixture[];

export function toSummary(lao: LaoFixture): LaoSummaryFixture {
  const { code, nameTh, fullNameTh, type, provinceCode, provinceNameTh, provinceNameEn, district } = lao;
  return { code, nameTh, fullNameTh, type, provinceCode, provinceNameTh, provinceNameEn, district };
}
