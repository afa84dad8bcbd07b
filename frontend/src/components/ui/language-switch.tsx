import { useTranslation } from 'react-i18next';

import { currentLanguage, type Language } from '@/lib/i18n';

const OPTIONS: ReadonlyArray<{ language: Language; short: string; labelKey: 'language.switchToTh' | 'language.switchToEn' }> = [
  { language: 'th', short: 'TH', labelKey: 'language.switchToTh' },
  { language: 'en', short: 'EN', labelKey: 'language.switchToEn' },
];

/** TH | EN toggle; the choice is remembered (localStorage) and sets <html lang>. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const active = currentLanguage(i18n.resolvedLanguage ?? i18n.language);
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {OPTIONS.map(({ language, short, labelKey }) => (
        <button
          key={language}
          type="button"
          className="language-switch__option"
          aria-pressed={active === language}
          aria-label={`${short} ${t(labelKey)}`}
          title={t(labelKey)}
          onClick={() => void i18n.changeLanguage(language)}
        >
          {short}
        </button>
      ))}
    </div>
  );
}
