/**
 * Locale-aware formatting. Thai users expect Buddhist-Era dates (พ.ศ. = CE + 543) and THB with satang.
 * Decimal values from the API arrive as strings and are formatted without going through binary floats
 * where the platform allows it (Intl.NumberFormat accepts decimal strings).
 */
export type AppLanguage = 'th' | 'en';

const DATE_LOCALE: Record<AppLanguage, string> = {
  th: 'th-TH-u-ca-buddhist',
  en: 'en-GB',
};

const NUMBER_LOCALE: Record<AppLanguage, string> = {
  th: 'th-TH',
  en: 'en-US',
};

type Numeric = number | bigint | string;

function toNumberArg(value: Numeric): number | bigint | Intl.StringNumericLiteral {
  return typeof value === 'string' ? (value.trim() as Intl.StringNumericLiteral) : value;
}

function isNumeric(value: Numeric): boolean {
  return typeof value !== 'string' || /^-?\d+(\.\d+)?$/.test(value.trim());
}

/** 21 June 2023 → "21 มิถุนายน 2566" (th) / "21 June 2023" (en). */
export function formatDate(
  value: Date | string,
  language: AppLanguage,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'long' },
): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(DATE_LOCALE[language], { timeZone: 'Asia/Bangkok', ...options }).format(date);
}

/** A CE year (a vintage) as shown to people: 2024 → "พ.ศ. 2567" (th) / "2024" (en). */
export function formatYear(ceYear: number, language: AppLanguage): string {
  return language === 'th' ? `พ.ศ. ${ceYear + 543}` : String(ceYear);
}

/** "260.00" → "฿260.00" (th) / "THB 260.00" (en). */
export function formatTHB(amount: Numeric, language: AppLanguage): string {
  if (!isNumeric(amount)) return String(amount);
  return new Intl.NumberFormat(NUMBER_LOCALE[language], {
    style: 'currency',
    currency: 'THB',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(toNumberArg(amount));
}

/** Grouped number: 7849 → "7,849". */
export function formatNumber(
  value: Numeric,
  language: AppLanguage,
  options: Intl.NumberFormatOptions = { maximumFractionDigits: 2 },
): string {
  if (!isNumeric(value)) return String(value);
  return new Intl.NumberFormat(NUMBER_LOCALE[language], options).format(toNumberArg(value));
}

/** File size for people: 532 → "532 B", 1536 → "1.5 KB", 2_621_440 → "2.5 MB". */
export function formatFileSize(bytes: number, language: AppLanguage): string {
  const units = ['B', 'KB', 'MB', 'GB'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 ? 0 : 1;
  return `${formatNumber(value, language, { maximumFractionDigits: digits })} ${units[unit]}`;
}
