import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { PageSpinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { refreshSessionToken } from '@/lib/session-token';

import { meQueryKey } from '../api/get-me';
import { takeNextPath } from '../utils/next-path';

/**
 * Where an OpenID Connect provider's sign-in ends. The backend has set the refresh cookie; exchange it for an
 * access token and return the person to where they were, or explain what went wrong.
 */
export function AuthCallback() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [searchParams] = useSearchParams();
  const error = searchParams.get('error');
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (error) return;
    let cancelled = false;
    void refreshSessionToken().then(async (token) => {
      if (cancelled) return;
      if (!token) {
        setFailed(true);
        return;
      }
      await queryClient.resetQueries({ queryKey: meQueryKey });
      if (!cancelled) void navigate(takeNextPath(), { replace: true });
    });
    return () => {
      cancelled = true;
    };
  }, [error, navigate, queryClient]);

  if (!error && !failed) return <PageSpinner label={t('auth.completing')} />;

  return (
    <div className="stack narrow" role="alert">
      <PageHeader title={t('auth.callbackFailedTitle')} description={t('auth.callbackFailedMessage')} />
      {error ? (
        <p className="muted small">
          {t('auth.callbackErrorCode')} <code className="code">{error}</code>
        </p>
      ) : null}
      <div className="cluster">
        <Link className="button button--primary" to={paths.signIn.getHref()}>
          {t('auth.tryAgain')}
        </Link>
        <Link className="button button--secondary" to={paths.home.getHref()}>
          {t('common.backHome')}
        </Link>
      </div>
    </div>
  );
}
