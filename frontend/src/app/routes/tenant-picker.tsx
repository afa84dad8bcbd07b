import { useTranslation } from 'react-i18next';

type TenantPickerProps = {
  id: string;
  label: string;
  value: string;
  options: ReadonlyArray<{ value: string; label: string }>;
  onChange: (value: string) => void;
};

/** For people who act for several LAOs or provinces: which one this page is about. */
export function TenantPicker({ id, label, value, options, onChange }: TenantPickerProps) {
  const { i18n } = useTranslation();
  if (options.length < 2) return null;
  return (
    <div className="field tenant-picker">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select id={id} className="select" value={value} lang={i18n.language} onChange={(event) => onChange(event.target.value)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
