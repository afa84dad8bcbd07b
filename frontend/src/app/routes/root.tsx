import { useTranslation } from 'react-i18next';
import { Link, Outlet, isRouteErrorResponse, useRouteError } from 'react-router';

import { Layout } from '@/components/ui/layout';
import { PageSpinner } from '@/components/ui/spinner';
import { paths } from '@/config/paths';

export function RootLayout() {
  return (
    <Layout>
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
