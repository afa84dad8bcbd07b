import { useTranslation } from 'react-i18next';
import { Link, Outlet, isRouteErrorResponse, useRouteError } from 'react-router';

import { Layout, type ExtraNavItem, type NavGroup } from '@/components/ui/layout';
import { PageSpinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { AccountMenu } from '@/features/auth/components/account-menu';
import { useSession } from '@/features/auth/hooks/use-session';
import { UnreadBadge } from '@/features/notifications/components/unread-badge';

/**
 * The links each role adds to the main navigation, in this order. A buyer's few pages are links of their own; an LAO
 * officer's five pages sit behind one menu button so the bar stays on one line at desktop widths.
 */
function useRoleNavItems(): (ExtraNavItem | NavGroup)[] {
  const { t } = useTranslation();
  const session = useSession();
  // market nav links (public market; the role pages are added below)
  const items: (ExtraNavItem | NavGroup)[] = [{ to: paths.market.getHref(), label: t('market.nav.market') }];
  if (session.status !== 'authenticated') return items;
  if (session.hasRole('BUYER')) {
    items.push({ to: paths.myBids.getHref(), label: t('market.nav.myBids') });
    items.push({ to: paths.myTrades.getHref(), label: t('market.nav.myTrades') });
    items.push({ to: paths.myHoldings.getHref(), label: t('market.nav.myHoldings') });
    items.push({ to: paths.myOrganisation.getHref(), label: t('nav.myOrganisation') });
  }
  if (session.hasRole('LAO_OFFICER')) {
    const ownLao = session.user.laoCodes[0];
    const lao: ExtraNavItem[] = [
      { to: paths.laoListings.getHref(), label: t('market.nav.laoListings') },
      { to: paths.laoTrades.getHref(), label: t('market.nav.laoTrades') },
    ];
    if (ownLao) {
      lao.push({ to: paths.laoAccount.getHref(ownLao), label: t('nav.laoAccount') });
      lao.push({ to: paths.laoBinReports.getHref(ownLao), label: t('nav.laoBinReports') });
    }
    lao.push({ to: paths.laoOfficers.getHref(), label: t('nav.laoOfficers') });
    items.push({ label: t('nav.laoMenu'), items: lao });
  }
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
