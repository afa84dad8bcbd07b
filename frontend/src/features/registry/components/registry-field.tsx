import type { ReactNode } from 'react';

/** What a control needs to be labelled and to announce its hint and error. */
export type ControlProps = {
  id: string;
  name: string;
  'aria-invalid': boolean;
  'aria-describedby'?: string;
};

type FieldProps = {
  id: string;
  name: string;
  label: ReactNode;
  error?: string | undefined;
  hint?: ReactNode;
  className?: string;
  /** Renders the control with the accessibility props spread on it. */
  children: (control: ControlProps) => ReactNode;
};

/** A labelled form control with its hint and inline error, linked by aria-describedby. */
export function Field({ id, name, label, error, hint, className, children }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {children({
        id,
        name,
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

