import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** What a control needs to be labelled and to announce its hint and error. */
export type ControlProps = {
  id: string;
  name: string;
  required?: boolean;
  'aria-invalid': boolean;
  'aria-describedby'?: string;
};

type FormFieldProps = {
  id: string;
  name: string;
  label: string;
  error?: string | undefined;
  hint?: ReactNode;
  required?: boolean;
  /** Renders the control (input, select, textarea) with the given accessibility props spread on it. */
  children: (control: ControlProps) => ReactNode;
  className?: string;
};

/** A labelled form control with its hint and inline error, linked by aria-describedby. */
export function FormField({ id, name, label, error, hint, required = false, children, className }: FormFieldProps) {
  const { t } = useTranslation();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
        {required ? null : <span className="field__optional"> ({t('form.optional')})</span>}
      </label>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {children({
        id,
        name,
        ...(required ? { required: true } : {}),
        'aria-invalid': Boolean(error),
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
      })}
      {error ? (
        <p className="field__error" id={errorId}>
          <span aria-hidden="true">! </span>
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** A problem that belongs to the whole form (not one field), announced when it appears. */
export function FormAlert({ title, message, children }: { title: string; message?: string; children?: ReactNode }) {
  return (
    <div className="form-alert" role="alert">
      <p className="form-alert__title">{title}</p>
      {message ? <p>{message}</p> : null}
      {children}
    </div>
  );
}
