import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

import { translateProblem } from '@/lib/problem-translation';

type ConfirmDialogProps = {
  title: string;
  message: string;
  confirmLabel: string;
  /** `danger` for actions that take something away (reject, suspend, remove). */
  tone?: 'primary' | 'danger';
  /** Ask for a reason (required when given): its label. */
  reasonLabel?: string;
  pending?: boolean;
  /** The error of the last attempt, shown inside the dialog. */
  error?: unknown;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
};

/**
 * A modal confirmation before an action that cannot be undone. Focus moves into the dialog, Tab stays inside,
 * Escape cancels, and focus returns to where it was when the dialog closes.
 */
export function ConfirmDialog({
  title,
  message,
  confirmLabel,
  tone = 'primary',
  reasonLabel,
  pending = false,
  error,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const first = dialogRef.current?.querySelector<HTMLElement>('textarea, button:not([disabled])');
    first?.focus();
    return () => previous?.focus();
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' && !pending) {
      event.stopPropagation();
      onCancel();
      return;
    }
    if (event.key !== 'Tab') return;
    const focusable = [
      ...(dialogRef.current?.querySelectorAll<HTMLElement>('textarea, button:not([disabled]), a[href]') ?? []),
    ];
    const first = focusable[0];
    const last = focusable.at(-1);
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (reasonLabel && !reason.trim()) {
      setReasonMissing(true);
      dialogRef.current?.querySelector('textarea')?.focus();
      return;
    }
    onConfirm(reason.trim());
  };

  const problem = error ? translateProblem(error, t) : null;
  const reasonError = reasonMissing && !reason.trim() ? t('validation.reasonRequired') : problem?.fieldErrors.reason;

  return (
    <div className="dialog-backdrop">
      <div
        ref={dialogRef}
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-message`}
        onKeyDown={onKeyDown}
      >
        <form className="stack" onSubmit={onSubmit} noValidate>
          <h2 className="dialog__title" id={`${id}-title`}>
            {title}
          </h2>
          <p id={`${id}-message`}>{message}</p>
          {reasonLabel ? (
            <div className={`field${reasonError ? ' field--invalid' : ''}`}>
              <label className="field__label" htmlFor={`${id}-reason`}>
                {reasonLabel}
              </label>
              <textarea
                id={`${id}-reason`}
                name="reason"
                className="input textarea"
                rows={3}
                maxLength={500}
                required
                value={reason}
                aria-invalid={Boolean(reasonError)}
                aria-describedby={reasonError ? `${id}-reason-error` : undefined}
                onChange={(event) => setReason(event.target.value)}
              />
              {reasonError ? (
                <p className="field__error" id={`${id}-reason-error`}>
                  {reasonError}
                </p>
              ) : null}
            </div>
          ) : null}
          {problem && !problem.fieldErrors.reason ? (
            <div className="form-alert" role="alert">
              <p className="form-alert__title">{problem.title}</p>
              <p>{problem.message}</p>
            </div>
          ) : null}
          <div className="dialog__actions">
            <button type="button" className="button button--secondary" onClick={onCancel} disabled={pending}>
              {t('common.cancel')}
            </button>
            <button
              type="submit"
              className={`button ${tone === 'danger' ? 'button--danger' : 'button--primary'}`}
              disabled={pending}
              aria-busy={pending}
            >
              {pending ? t('common.working') : confirmLabel}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
