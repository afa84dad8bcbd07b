/**
 * Dashboard fixtures shaped like the dashboard API contract (TEAM.md, issue 6): all 77 provinces with their real
 * tile-grid cells (from the directory fixture, the same as backend V2__provinces.sql), made-up but consistent
 * figures (national totals are the sums of the provinces, monthly volumes add up to what was sold, an LAO table
 * adds up to its province), deterministic so tests can assert exact numbers.
 */
import type {
  LaoDashboard,
  LaoRow,
  LaoType,
  MonthlyPoint,
  NationalDashboard,
  ProvinceDashboard,
  ProvinceFigures,
  TopProvince,
  VintagePrice,
} from '@/features/dashboard/api/types';

import { laos, provinces } from './index';

export const DASHBOARD_AS_OF = '2026-11-23T09:30:00+07:00';
const AVERAGE_PRICE = 300;

/** Small deterministic generator (mulberry32) so fixtures are the same on every run. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Provinces with a lot of activity (the demo's busiest), and ones with none at all. */
const BUSY: Record<string, number> = { '12': 9, '81': 8, '50': 7, '40': 6, '90': 6, '30': 5, '20': 5, '65': 4 };
const QUIET = new Set(['10', '58', '63', '95', '96', '94', '38', '49', '54', '55', '37', '33', '61', '75']);

const money = (value: number) => value.toFixed(2);

function provinceFigures(): ProvinceFigures[] {
  return provinces.map((province) => {
    const next = random(Number(province.code) * 7919);
    const level = QUIET.has(province.code) ? 0 : (BUSY[province.code] ?? 1 + Math.floor(next() * 3));
    const issued = level === 0 ? 0 : Math.round(level * (900 + next() * 600));
    const sold = Math.round(issued * (0.15 + next() * 0.35));
    const listed = Math.round((issued - sold) * (0.1 + next() * 0.3));
    const retired = Math.round(sold * (0.3 + next() * 0.5));
    const available = issued - sold - listed;
    const laosHolding = level === 0 ? 0 : Math.max(1, Math.round(level * (3 + next() * 6)));
    const laosListing = level === 0 ? 0 : Math.max(1, Math.round(laosHolding * (0.2 + next() * 0.3)));
    const laosSelling = level === 0 ? 0 : Math.max(1, Math.round(laosListing * (0.4 + next() * 0.5)));
    return {
      code: province.code,
      nameTh: province.nameTh,
      nameEn: province.nameEn,
      region: province.region,
      gridCol: province.gridCol,
      gridRow: province.gridRow,
      issued,
      available,
      listed,
      sold,
      retired,
      revenue: money(Math.round(sold * 0.9) * AVERAGE_PRICE),
      laosHolding,
      laosListing,
      laosSelling,
    };
  });
}

/** 24 months ending with the as-of month, oldest first; the first months had no trades yet. */
function monthlySeries(totalSold: number, totalRetired: number, seed: number): MonthlyPoint[] {
  const next = random(seed);
  const months: string[] = [];
  for (let i = 23; i >= 0; i--) {
    const date = new Date(Date.UTC(2026, 10 - i, 1));
    months.push(`${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`);
  }
  const weights = months.map((_, index) => (index < 3 ? 0 : 0.4 + next() + index / 12));
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const split = (total: number) => {
    const parts = weights.map((w) => Math.floor((total * w) / weightSum));
    parts[parts.length - 1]! += total - parts.reduce((a, b) => a + b, 0);
    return parts;
  };
  const volumes = split(totalSold);
  const retired = split(totalRetired);
  return months.map((month, index) => {
    const volume = volumes[index]!;
    const vwap = volume === 0 ? null : 240 + index * 4 + Math.round(next() * 30);
    return {
      month,
      volume,
      value: money(vwap === null ? 0 : volume * vwap),
      vwap: vwap === null ? null : money(vwap),
      retired: retired[index]!,
    };
  });
}

function prices(seed: number, sold: number): VintagePrice[] {
  const next = random(seed);
  const vintages = [2022, 2023, 2024, 2025];
  return vintages.map((vintage, index) => {
    const volume = sold === 0 ? 0 : Math.round((sold * (index + 1)) / 10);
    if (volume === 0) return { vintage, lastPrice: null, lastTradeAt: null, vwap: null, volume: 0 };
    const vwap = 250 + index * 20 + Math.round(next() * 20);
    return {
      vintage,
      lastPrice: money(vwap + Math.round(next() * 30) - 10),
      lastTradeAt: `2026-${String(7 + index).padStart(2, '0')}-1${index}T10:15:00+07:00`,
      vwap: money(vwap),
      volume,
    };
  });
}

function top(figures: ProvinceFigures[], value: (p: ProvinceFigures) => number, asMoney = false): TopProvince[] {
  return [...figures]
    .sort((a, b) => value(b) - value(a) || a.code.localeCompare(b.code))
    .slice(0, 5)
    .map((p) => ({ code: p.code, nameTh: p.nameTh, nameEn: p.nameEn, value: asMoney ? money(value(p)) : value(p) }));
}

const sum = (figures: ProvinceFigures[], value: (p: ProvinceFigures) => number) =>
  figures.reduce((total, p) => total + value(p), 0);

export function nationalDashboard(): NationalDashboard {
  const figures = provinceFigures();
  const totals = {
    issued: sum(figures, (p) => p.issued),
    allocated: sum(figures, (p) => p.issued),
    listed: sum(figures, (p) => p.listed),
    sold: sum(figures, (p) => p.sold),
    retired: sum(figures, (p) => p.retired),
    available: sum(figures, (p) => p.available),
  };
  return {
    asOf: DASHBOARD_AS_OF,
    totals,
    laos: {
      total: 7849,
      holding: sum(figures, (p) => p.laosHolding),
      listing: sum(figures, (p) => p.laosListing),
      selling: sum(figures, (p) => p.laosSelling),
    },
    verifiedBuyers: 42,
    revenue: money(sum(figures, (p) => Number(p.revenue))),
    prices: prices(1, totals.sold),
    monthly: monthlySeries(totals.sold, totals.retired, 2),
    provinces: figures,
    topProvinces: {
      sold: top(figures, (p) => p.sold),
      retired: top(figures, (p) => p.retired),
      revenue: top(figures, (p) => Number(p.revenue), true),
      available: top(figures, (p) => p.available),
    },
  };
}

const MADE_UP_NAMES = ['หนองบัว', 'ท่าช้าง', 'บ้านใหม่', 'โคกสูง', 'ห้วยทราย', 'นาดี', 'บางกระทุ่ม', 'วังน้ำเย็น'];
const MADE_UP_TYPES: LaoType[] = ['SAO', 'SUBDISTRICT_MUNICIPALITY', 'SAO', 'TOWN_MUNICIPALITY'];

/** Splits `total` over `weights` in whole numbers (the remainder goes to the first). */
function splitWhole(total: number, weights: number[]): number[] {
  const weightSum = weights.reduce((a, b) => a + b, 0) || 1;
  const parts = weights.map((w) => Math.floor((total * w) / weightSum));
  parts[0]! += total - parts.reduce((a, b) => a + b, 0);
  return parts;
}

function laoRows(province: ProvinceFigures): LaoRow[] {
  const known = laos.filter((lao) => lao.provinceCode === province.code);
  // Bangkok has no LAOs in DLA's list (it is a special administration): no rows.
  if (provinces.find((p) => p.code === province.code)?.laoCount === 0) return [];
  const base =
    known.length > 0
      ? known.map((lao) => ({ code: lao.code, nameTh: lao.nameTh, type: lao.type, district: lao.district }))
      : MADE_UP_NAMES.slice(0, Math.max(3, Math.min(8, province.laosHolding))).map((name, index) => ({
          code: `6${province.code}${String(index + 1).padStart(4, '0')}`,
          nameTh: name,
          type: MADE_UP_TYPES[index % MADE_UP_TYPES.length]!,
          district: `เมือง${province.nameTh}`,
        }));
  const next = random(Number(province.code) * 31);
  const weights = base.map(() => 1 + next() * 4);
  const issued = splitWhole(province.issued, weights);
  const sold = splitWhole(province.sold, weights);
  const listed = splitWhole(province.listed, weights);
  const retired = splitWhole(province.retired, weights);
  return base.map((lao, index) => {
    const credits = issued[index]!;
    // About two vintages of credits at 0.0452 t per bin a year: bins ≈ credits / 0.09; most households have a bin.
    const bins = credits === 0 ? Math.round(200 + next() * 1500) : Math.round(credits * (10 + next() * 3));
    const households = Math.round(bins * (1.1 + next() * 0.3));
    return {
      ...lao,
      credits,
      available: credits - sold[index]! - listed[index]!,
      listed: listed[index]!,
      sold: sold[index]!,
      retired: retired[index]!,
      revenue: money(Math.round(sold[index]! * 0.9) * AVERAGE_PRICE),
      households,
      bins,
      estimatedCredits: Math.round(bins * 0.0452),
    };
  });
}

export function provinceDashboard(code: string): ProvinceDashboard | null {
  const national = nationalDashboard();
  const province = national.provinces.find((p) => p.code === code);
  if (!province) return null;
  const rows = laoRows(province);
  const sellers = rows.filter((row) => row.listed > 0);
  return {
    asOf: DASHBOARD_AS_OF,
    province: { code: province.code, nameTh: province.nameTh, nameEn: province.nameEn, region: province.region },
    totals: {
      issued: province.issued,
      allocated: province.issued,
      listed: province.listed,
      sold: province.sold,
      retired: province.retired,
      available: province.available,
    },
    laos: {
      total: Math.max(rows.length, province.laosHolding),
      holding: province.laosHolding,
      listing: province.laosListing,
      selling: province.laosSelling,
    },
    revenue: province.revenue,
    prices: prices(Number(code) * 3, province.sold),
    monthly: monthlySeries(province.sold, province.retired, Number(code) * 5),
    laoRows: rows,
    openListings: sellers.slice(0, 4).map((row, index) => ({
      id: `d${code}00000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`,
      laoCode: row.code,
      laoNameTh: row.nameTh,
      mode: (['FIXED_PRICE', 'AUCTION', 'NEGOTIABLE'] as const)[index % 3]!,
      vintage: 2024 + (index % 2),
      remaining: row.listed,
      unitPrice: money(280 + index * 15),
      endsAt: index % 3 === 1 ? '2026-12-05T17:00:00+07:00' : null,
    })),
    retirements:
      province.retired === 0
        ? []
        : [
            {
              certificateNo: `RC-2026-${code}01`,
              buyerName: 'บริษัท กรีนแบงก์ จำกัด (มหาชน)',
              quantity: Math.ceil(province.retired / 2),
              vintage: 2024,
              retiredAt: '2026-11-02T14:00:00+07:00',
              beneficiary: 'ชดเชยการปล่อยก๊าซปี 2568',
            },
            {
              certificateNo: `RC-2026-${code}02`,
              buyerName: 'การไฟฟ้าส่วนภูมิภาค',
              quantity: Math.floor(province.retired / 2),
              vintage: 2023,
              retiredAt: '2026-08-15T10:00:00+07:00',
              beneficiary: null,
            },
          ],
  };
}

export function laoDashboard(code: string): LaoDashboard | null {
  const lao = laos.find((candidate) => candidate.code === code);
  if (!lao) return null;
  const province = provinceDashboard(lao.provinceCode);
  const row = province?.laoRows.find((candidate) => candidate.code === code);
  const credits = row?.credits ?? 0;
  const sold = row?.sold ?? 0;
  const listed = row?.listed ?? 0;
  const retired = row?.retired ?? 0;
  const older = Math.floor(credits * 0.4);
  return {
    asOf: DASHBOARD_AS_OF,
    lao: {
      code: lao.code,
      nameTh: lao.nameTh,
      type: lao.type,
      provinceCode: lao.provinceCode,
      provinceNameTh: lao.provinceNameTh,
      district: lao.district,
    },
    households: row?.households ?? 0,
    bins: row?.bins ?? 0,
    estimatedCredits: row?.estimatedCredits ?? 0,
    creditsByVintage:
      credits === 0
        ? []
        : [
            { vintage: 2023, allocated: older, available: older - Math.floor(sold / 2) - Math.floor(listed / 2), listed: Math.floor(listed / 2), sold: Math.floor(sold / 2), retired: Math.floor(retired / 2) },
            { vintage: 2024, allocated: credits - older, available: credits - older - Math.ceil(sold / 2) - Math.ceil(listed / 2), listed: Math.ceil(listed / 2), sold: Math.ceil(sold / 2), retired: Math.ceil(retired / 2) },
          ],
    listings:
      listed === 0
        ? []
        : [
            { id: `e${code.slice(0, 7)}-0000-4000-8000-000000000001`, mode: 'FIXED_PRICE', state: 'OPEN', vintage: 2024, quantity: listed + 10, remaining: listed, unitPrice: '300.00', openedAt: '2026-10-01T09:00:00+07:00', endsAt: null },
            { id: `e${code.slice(0, 7)}-0000-4000-8000-000000000002`, mode: 'AUCTION', state: 'CLOSED', vintage: 2023, quantity: 40, remaining: 0, unitPrice: '285.00', openedAt: '2026-06-01T09:00:00+07:00', endsAt: '2026-06-15T17:00:00+07:00' },
          ],
    sales:
      sold === 0
        ? []
        : [
            { date: '2026-10-20', vintage: 2024, quantity: Math.ceil(sold / 2), unitPrice: '300.00', total: money(Math.ceil(sold / 2) * 300) },
            { date: '2026-06-15', vintage: 2023, quantity: Math.floor(sold / 2), unitPrice: '285.00', total: money(Math.floor(sold / 2) * 285) },
          ],
  };
}
