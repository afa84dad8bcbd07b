import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import type { Role } from '@/lib/roles';

/** Signed in, but with none of the roles this page needs. */
export function NotAllowed({ roles, yourRoles }: { roles: readonly Role[]; yourRoles: readonly Role[] }) {
  const { t } = useTranslation();
  const list = (items: readonly Role[]) => items.map((role) => t(`roles.${role}`)).join(', ');
  return (
    <div className="stack not-allowed" role="alert">
      <PageHeader eyebrow="403" title={t('auth.notAllowedTitle')} description={t('auth.notAllowedMessage')} />
      <dl className="details card">
        <div className="details__item">
          <dt>{t('auth.neededRoles')}</dt>
          <dd>{list(roles)}</dd>
        </div>
        <div className="details__item">
          <dt>{t('auth.yourRoles')}</dt>
          <dd>{yourRoles.length > 0 ? list(yourRoles) : t('auth.noRoles')}</dd>
        </div>
      </dl>
      <div className="cluster">
        <Link className="button button--primary" to={paths.home.getHref()}>
          {t('common.backHome')}
        </Link>
      </div>
    </div>
  );
}
