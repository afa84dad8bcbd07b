import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** For an officer of several LAOs: which one the page shows (kept in the URL by the caller). */
export function LaoPicker({ codes, value, onChange }: { codes: readonly string[]; value: string; onChange: (code: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  if (codes.length < 2) return null;
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {t('market.officer.lao')}
      </label>
      <select id={id} className="select" value={value} onChange={(e) => onChange(e.target.value)}>
        {codes.map((code) => (
          <option key={code} value={code}>
            {code}
          </option>
        ))}
      </select>
    </div>
  );
}
