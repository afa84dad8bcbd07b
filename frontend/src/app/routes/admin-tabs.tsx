import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';

import { paths } from '@/config/paths';

/** The administration area's sections. */
export function AdminTabs() {
  const { t } = useTranslation();
  return (
    <nav className="tabs" aria-label={t('admin.sections')}>
      <NavLink className="tabs__link" to={paths.adminBuyers.getHref()}>
        {t('admin.buyers')}
      </NavLink>
      <NavLink className="tabs__link" to={paths.adminUsers.getHref()}>
        {t('admin.users')}
      </NavLink>
      <NavLink className="tabs__link" to={paths.adminIssuances.getHref()}>
        {t('admin.issuances')}
      </NavLink>
      <NavLink className="tabs__link" to={paths.adminReportingWindows.getHref()}>
        {t('admin.reportingWindows')}
      </NavLink>
      <NavLink className="tabs__link" to={paths.adminDirectory.getHref()}>
        {t('admin.directory')}
      </NavLink>
      <NavLink className="tabs__link" to={paths.adminMarket.getHref()}>
        {t('market.nav.adminMarket')}
      </NavLink>
    </nav>
  );
}
