import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { formatDate, formatFileSize, formatNumber, formatTHB, formatYear } from '../format';

import { currentLanguage, type Language } from './index';

/** Formatters bound to the current UI language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const language: Language = currentLanguage(i18n.resolvedLanguage ?? i18n.language);
  return useMemo(
    () => ({
      language,
      date: (value: Date | string, options?: Intl.DateTimeFormatOptions) => formatDate(value, language, options),
      year: (ceYear: number) => formatYear(ceYear, language),
      thb: (amount: number | string) => formatTHB(amount, language),
      number: (value: number | string, options?: Intl.NumberFormatOptions) => formatNumber(value, language, options),
      fileSize: (bytes: number) => formatFileSize(bytes, language),
    }),
    [language],
  );
}
