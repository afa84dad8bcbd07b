import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';

import { paths } from '@/config/paths';

import { useLogout } from '../api/logout';
import { useSession } from '../hooks/use-session';

/** The header's account area: the signed-in name and sign-out, or a sign-in link. */
export function AccountMenu() {
  const { t } = useTranslation();
  const session = useSession();
  const logout = useLogout();
  const navigate = useNavigate();
  const location = useLocation();

  if (session.status === 'pending') return <span className="account account--pending" aria-hidden="true" />;

  if (session.status !== 'authenticated') {
    const onSignInPage = location.pathname === paths.signIn.path;
    const here = `${location.pathname}${location.search}`;
    return onSignInPage ? null : (
      <Link className="account__sign-in" to={paths.signIn.getHref(here)}>
        {t('auth.signIn')}
      </Link>
    );
  }

  const signOut = () => {
    logout.mutate(undefined, { onSettled: () => void navigate(paths.home.getHref()) });
  };

  return (
    <div className="account">
      <span className="account__name" title={session.user.username}>
        <span className="visually-hidden">{t('auth.signedInAs')}</span> {session.user.displayName}
      </span>
      <button type="button" className="account__sign-out" onClick={signOut} disabled={logout.isPending}>
        {t('auth.signOut')}
      </button>
    </div>
  );
}
