import type { TFunction } from 'i18next';

type Named = { code: string; nameTh: string; nameEn: string };

/**
 * Short labels for the map's tiles, from the locale files (`dashboard.abbr.<code>`): in Thai the provinces'
 * customary abbreviations (อักษรย่อจังหวัด), in English short unique initials of the romanised names.
 * A province missing there falls back to the start of its name.
 */
export function abbreviations(provinces: readonly Named[], t: TFunction, language: 'th' | 'en'): Map<string, string> {
  const translate = t as unknown as (key: string, options: { defaultValue: string }) => string;
  return new Map(
    provinces.map((province) => [
      province.code,
      translate(`dashboard.abbr.${province.code}`, {
        defaultValue: (language === 'th' ? province.nameTh : province.nameEn).slice(0, 3),
      }),
    ]),
  );
}
