import type { ReactNode } from 'react';

type EmptyStateProps = {
  title: string;
  message?: string;
  children?: ReactNode;
};

export function EmptyState({ title, message, children }: EmptyStateProps) {
  return (
    <section className="state state--empty" aria-live="polite">
      <span className="state__icon" aria-hidden="true">
        ∅
      </span>
      <h2 className="state__title">{title}</h2>
      {message ? <p className="state__message">{message}</p> : null}
      {children ? <div className="state__actions">{children}</div> : null}
    </section>
  );
}
