import type { AppLanguage } from '@/lib/format';
import { formatDate } from '@/lib/format';

/**
 * "2025-12" → "ธ.ค. 2568" (Thai, Buddhist Era) / "Dec 2025" (English). The middle of the month (noon, Bangkok)
 * so no time zone moves it into a neighbouring month.
 */
export function formatMonth(month: string, language: AppLanguage, style: 'short' | 'long' = 'short'): string {
  return formatDate(`${month}-15T12:00:00+07:00`, language, { month: style, year: 'numeric' });
}
