import { useTranslation } from 'react-i18next';
import { Link, Outlet, isRouteErrorResponse, useRouteError } from 'react-router';

import { Layout, type ExtraNavItem } from '@/components/ui/layout';
import { PageSpinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { AccountMenu } from '@/features/auth/components/account-menu';
import { useSession } from '@/features/auth/hooks/use-session';
import { UnreadBadge } from '@/features/notifications/components/unread-badge';

/** The links each role adds to the main navigation, in this order. */
function useRoleNavItems(): ExtraNavItem[] {
  const { t } = useTranslation();
  const session = useSession();
  // market nav links (public market; the role pages are added below)
  const marketItems: ExtraNavItem[] = [{ to: paths.market.getHref(), label: t('market.nav.market') }];
  if (session.status === 'authenticated') {
    if (session.hasRole('BUYER')) {
      marketItems.push({ to: paths.myBids.getHref(), label: t('market.nav.myBids') });
      marketItems.push({ to: paths.myTrades.getHref(), label: t('market.nav.myTrades') });
      marketItems.push({ to: paths.myHoldings.getHref(), label: t('market.nav.myHoldings') });
    }
    if (session.hasRole('LAO_OFFICER')) {
      marketItems.push({ to: paths.laoListings.getHref(), label: t('market.nav.laoListings') });
      marketItems.push({ to: paths.laoTrades.getHref(), label: t('market.nav.laoTrades') });
    }
  }
  // end of market nav links
  if (session.status !== 'authenticated') return marketItems;
  const items: ExtraNavItem[] = [...marketItems];
  if (session.hasRole('BUYER')) items.push({ to: paths.myOrganisation.getHref(), label: t('nav.myOrganisation') });
  const ownLao = session.user.laoCodes[0];
  if (session.hasRole('LAO_OFFICER') && ownLao) {
    items.push({ to: paths.laoAccount.getHref(ownLao), label: t('nav.laoAccount') });
    items.push({ to: paths.laoBinReports.getHref(ownLao), label: t('nav.laoBinReports') });
  }
  if (session.hasRole('LAO_OFFICER')) items.push({ to: paths.laoOfficers.getHref(), label: t('nav.laoOfficers') });
  if (session.hasRole('PROVINCE_OFFICER')) {
    items.push({ to: paths.officerApprovals.getHref(), label: t('nav.officerApprovals') });
  }
  if (session.hasRole('DLA_ADMIN')) items.push({ to: paths.admin.getHref(), label: t('nav.administration') });
  return items;
}

export function RootLayout() {
  const extraNavItems = useRoleNavItems();
  const session = useSession();
  return (
    <Layout
      extraNavItems={extraNavItems}
      account={
        <>
          <UnreadBadge signedIn={session.status === 'authenticated'} />
          <AccountMenu />
        </>
      }
    >
      <Outlet />
    </Layout>
  );
}

/** Shown while the first page's code loads. */
export function RootFallback() {
  return <PageSpinner />;
}

function RouteErrorContent() {
  const { t } = useTranslation();
  const error = useRouteError();
  const notFound = isRouteErrorResponse(error) && error.status === 404;
  return (
    <section className="state state--error" role="alert">
      <title>{`${t(notFound ? 'notFound.title' : 'routeError.title')} · ${t('app.name')}`}</title>
      <span className="state__icon" aria-hidden="true">
        !
      </span>
      <h1 className="state__title">{t(notFound ? 'notFound.title' : 'routeError.title')}</h1>
      <p className="state__message">{t(notFound ? 'notFound.message' : 'routeError.message')}</p>
      <div className="state__actions">
        {!notFound ? (
          <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
            {t('common.reload')}
          </button>
        ) : null}
        <Link className="button button--secondary" to={paths.home.getHref()}>
          {t('common.backHome')}
        </Link>
      </div>
    </section>
  );
}

/** Errors inside a page (e.g. a chunk that failed to load) render inside the layout. */
export function RouteErrorBoundary() {
  return <RouteErrorContent />;
}

/** Errors in the layout itself: no header or footer to keep. */
export function RootErrorBoundary() {
  return (
    <main id="main-content" className="site-main">
      <div className="container">
        <RouteErrorContent />
      </div>
    </main>
  );
}
