import { useTranslation } from 'react-i18next';

type SpinnerProps = {
  /** Announced to screen readers and shown next to the spinner; defaults to "Loading…". */
  label?: string;
  size?: 'sm' | 'md' | 'lg';
  /** Show the label visibly (default) or only to assistive technology. */
  showLabel?: boolean;
};

export function Spinner({ label, size = 'md', showLabel = true }: SpinnerProps) {
  const { t } = useTranslation();
  const text = label ?? t('common.loading');
  return (
    <div className={`spinner spinner--${size}`} role="status" aria-live="polite">
      <span className="spinner__circle" aria-hidden="true" />
      <span className={showLabel ? 'spinner__label' : 'visually-hidden'}>{text}</span>
    </div>
  );
}

/** A spinner centred in the page area, for route-level loading. */
export function PageSpinner({ label }: { label?: string }) {
  return (
    <div className="page-spinner">
      <Spinner size="lg" {...(label ? { label } : {})} />
    </div>
  );
}
