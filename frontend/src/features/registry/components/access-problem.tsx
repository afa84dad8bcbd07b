import { useTranslation } from 'react-i18next';

import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { isApiProblem } from '@/lib/api-problem';

/**
 * The error state of a page that needs a signed-in person: "sign in required" on 401, "not allowed" on 403,
 * otherwise the usual translated problem with a retry.
 */
export function AccessProblem({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  if (isApiProblem(error) && error.status === 401) {
    return (
      <div data-testid="sign-in-required">
        <EmptyState title={t('registry.access.signInTitle')} message={t('registry.access.signInMessage')} />
      </div>
    );
  }
  if (isApiProblem(error) && error.status === 403) {
    return <ErrorState error={error} title={t('registry.access.forbiddenTitle')} message={t('registry.access.forbiddenMessage')} />;
  }
  return <ErrorState error={error} {...(onRetry ? { onRetry } : {})} />;
}
