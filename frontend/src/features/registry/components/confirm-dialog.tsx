import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type ConfirmDialogProps = {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  pending?: boolean;
  /** Shown inside the dialog (e.g. the server refused). */
  error?: ReactNode;
  onConfirm: () => void;
  onCancel: () => void;
};

/**
 * A modal confirmation before an irreversible action. Focus moves into the dialog, Tab stays inside, Escape
 * cancels, and focus returns to where it was when the dialog closes.
 */
export function ConfirmDialog({ title, children, confirmLabel, pending = false, error, onConfirm, onCancel }: ConfirmDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const dialogRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialogRef.current?.querySelector<HTMLElement>('button:not([disabled])')?.focus();
    return () => previous?.focus();
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape' && !pending) {
      event.stopPropagation();
      onCancel();
      return;
    }
    if (event.key !== 'Tab') return;
    const focusable = [...(dialogRef.current?.querySelectorAll<HTMLElement>('button:not([disabled]), a[href]') ?? [])];
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

  return (
    <div className="registry-dialog-backdrop">
      <div
        ref={dialogRef}
        className="registry-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-body`}
        onKeyDown={onKeyDown}
      >
        <h2 className="registry-dialog__title" id={`${id}-title`}>
          {title}
        </h2>
        <div id={`${id}-body`} className="stack registry-dialog__body">
          {children}
        </div>
        {error}
        <div className="registry-dialog__actions">
          <button type="button" className="button button--secondary" onClick={onCancel} disabled={pending}>
            {t('registry.common.cancel')}
          </button>
          <button type="button" className="button button--primary" onClick={onConfirm} disabled={pending} aria-busy={pending}>
            {pending ? t('registry.common.working') : confirmLabel}
          </button>
        </div>
      </div>
    </div>
  );
}
