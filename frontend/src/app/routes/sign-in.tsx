import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { PageSpinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { ProviderList } from '@/features/auth/components/provider-list';
import { SignInForm } from '@/features/auth/components/sign-in-form';
import { useSession } from '@/features/auth/hooks/use-session';
import { safeNextPath } from '@/features/auth/utils/next-path';

export default function SignInRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'));
  const session = useSession();

  if (session.status === 'pending') return <PageSpinner />;
  if (session.status === 'authenticated') return <Navigate to={next} replace />;

  return (
    <div className="auth-page">
      <PageHeader title={t('auth.title')} description={t('auth.description')} />
      <div className="card stack auth-card">
        <SignInForm onSignedIn={() => void navigate(next, { replace: true })} />
        <ProviderList next={next} />
      </div>
      <p className="auth-page__register">
        {t('auth.noAccount')} <Link to={paths.register.getHref()}>{t('auth.registerLink')}</Link>
      </p>
    </div>
  );
}
