import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { translateProblem } from '@/lib/problem-translation';

type ErrorStateProps = {
  /** Whatever was thrown; API problems are translated into the current language. */
  error: unknown;
  onRetry?: () => void;
  /** Overrides the translated heading (e.g. "No LAO with code 1234567"). */
  title?: string;
  message?: string;
  /** Extra actions, such as a link back to a list. */
  children?: ReactNode;
};

export function ErrorState({ error, onRetry, title, message, children }: ErrorStateProps) {
  const { t } = useTranslation();
  const problem = translateProblem(error, t);
  return (
    <section className="state state--error" role="alert" data-problem-kind={problem.kind}>
      <span className="state__icon" aria-hidden="true">
        !
      </span>
      <h2 className="state__title">{title ?? problem.title}</h2>
      <p className="state__message">{message ?? problem.message}</p>
      {(onRetry && problem.retryable) || children ? (
        <div className="state__actions">
          {onRetry && problem.retryable ? (
            <button type="button" className="button button--primary" onClick={onRetry}>
              {t('common.retry')}
            </button>
          ) : null}
          {children}
        </div>
      ) : null}
    </section>
  );
}
