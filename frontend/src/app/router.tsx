import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useMemo, type ComponentType } from 'react';
// RouterProvider from 'react-router' (not 'react-router/dom'): one module for app and tests alike;
// in Vitest the two entry points resolve to different builds (CJS vs ESM) with separate contexts.
import { RouterProvider, createBrowserRouter, redirect, type RouteObject } from 'react-router';

import { paths } from '@/config/paths';
import { getLaoQueryOptions } from '@/features/directory/api/get-lao';
import { getLaosQueryOptions } from '@/features/directory/api/get-laos';
import { getProvincesQueryOptions } from '@/features/directory/api/get-provinces';
import { parseLaoSearchParams, toLaoQuery } from '@/features/directory/utils/search-params';
import { getNationalDashboardQueryOptions } from '@/features/dashboard/api/get-national-dashboard';
import { PROVINCE_CODE, getProvinceDashboardQueryOptions } from '@/features/dashboard/api/get-province-dashboard';
import { getListingQueryOptions } from '@/features/market/api/get-listing';
import { getListingsQueryOptions } from '@/features/market/api/get-listings';
import { getListingBidsQueryOptions } from '@/features/market/api/get-listing-bids';
import { parseCatalogueSearchParams, toListingQuery } from '@/features/market/utils/search-params';
import { getSerialQueryOptions } from '@/features/registry/api/get-serial';
import { checkSerial } from '@/features/registry/utils/serial';

import { RootErrorBoundary, RootFallback, RootLayout, RouteErrorBoundary } from './routes/root';

type RouteModule = { default: ComponentType };
const toRoute = (module: RouteModule) => ({ Component: module.default });

/**
 * Routes compose features. Pages are lazy chunks; their data is prefetched by (static, non-blocking)
 * loaders so the API call runs in parallel with the chunk download, and pages show their own loading states.
 */
export function createAppRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: paths.home.path,
      Component: RootLayout,
      ErrorBoundary: RootErrorBoundary,
      HydrateFallback: RootFallback,
      children: [
        {
          ErrorBoundary: RouteErrorBoundary,
          children: [
            {
              index: true,
              lazy: () => import('./routes/landing').then(toRoute),
            },
            {
              path: paths.provinces.path,
              loader: () => {
                void queryClient.prefetchQuery(getProvincesQueryOptions());
                return null;
              },
              lazy: () => import('./routes/provinces').then(toRoute),
            },
            {
              path: paths.laos.path,
              loader: ({ request }) => {
                const filters = parseLaoSearchParams(new URL(request.url).searchParams);
                void queryClient.prefetchQuery(getLaosQueryOptions(toLaoQuery(filters)));
                void queryClient.prefetchQuery(getProvincesQueryOptions());
                return null;
              },
              lazy: () => import('./routes/laos').then(toRoute),
            },
            {
              path: paths.lao.path,
              loader: ({ params }) => {
                if (params.code && /^\d{7}$/.test(params.code)) {
                  void queryClient.prefetchQuery(getLaoQueryOptions(params.code));
                }
                return null;
              },
              lazy: () => import('./routes/lao').then(toRoute),
            },
            // registry routes
            {
              path: paths.serials.path,
              lazy: () => import('./routes/serials').then(toRoute),
            },
            {
              path: paths.serial.path,
              loader: ({ params }) => {
                const checked = checkSerial(params.serial ?? '');
                if (checked.ok) void queryClient.prefetchQuery(getSerialQueryOptions(checked.serial));
                return null;
              },
              lazy: () => import('./routes/serials').then(toRoute),
            },
            {
              path: paths.laoAccount.path,
              lazy: () => import('./routes/lao-account').then(toRoute),
            },
            {
              path: paths.laoBinReports.path,
              lazy: () => import('./routes/lao-bin-reports').then(toRoute),
            },
            {
              path: paths.adminIssuances.path,
              lazy: () => import('./routes/admin-issuances').then(toRoute),
            },
            {
              path: paths.adminIssuanceNew.path,
              lazy: () => import('./routes/admin-issuance-new').then(toRoute),
            },
            {
              path: paths.adminIssuance.path,
              lazy: () => import('./routes/admin-issuance').then(toRoute),
            },
            {
              path: paths.adminReportingWindows.path,
              lazy: () => import('./routes/admin-reporting-windows').then(toRoute),
            },
            // end of registry routes
            {
              path: paths.signIn.path,
              lazy: () => import('./routes/sign-in').then(toRoute),
            },
            {
              path: paths.authCallback.path,
              lazy: () => import('./routes/auth-callback').then(toRoute),
            },
            {
              path: paths.register.path,
              lazy: () => import('./routes/register').then(toRoute),
            },
            {
              path: paths.myOrganisation.path,
              lazy: () => import('./routes/my-organisation').then(toRoute),
            },
            {
              path: paths.laoOfficers.path,
              lazy: () => import('./routes/lao-officers').then(toRoute),
            },
            {
              path: paths.officerApprovals.path,
              lazy: () => import('./routes/officer-approvals').then(toRoute),
            },
            {
              path: paths.admin.path,
              loader: () => redirect(paths.adminBuyers.getHref()),
            },
            {
              path: paths.adminBuyers.path,
              lazy: () => import('./routes/admin-buyers').then(toRoute),
            },
            {
              path: paths.adminBuyer.path,
              lazy: () => import('./routes/admin-buyer').then(toRoute),
            },
            {
              path: paths.adminUsers.path,
              lazy: () => import('./routes/admin-users').then(toRoute),
            },
            // market routes (marketplace, LAO officer and buyer pages, certificates, notifications, market controls)
            {
              path: paths.market.path,
              loader: ({ request }) => {
                const filters = parseCatalogueSearchParams(new URL(request.url).searchParams);
                void queryClient.prefetchQuery(getListingsQueryOptions(toListingQuery(filters)));
                void queryClient.prefetchQuery(getProvincesQueryOptions());
                return null;
              },
              lazy: () => import('./routes/market').then(toRoute),
            },
            {
              path: paths.listing.path,
              loader: ({ params }) => {
                if (params.id) {
                  void queryClient.prefetchQuery(getListingQueryOptions(params.id));
                  void queryClient.prefetchQuery(getListingBidsQueryOptions(params.id));
                }
                return null;
              },
              lazy: () => import('./routes/listing').then(toRoute),
            },
            {
              path: paths.myBids.path,
              lazy: () => import('./routes/my-bids').then(toRoute),
            },
            {
              path: paths.myTrades.path,
              lazy: () => import('./routes/my-trades').then(toRoute),
            },
            {
              path: paths.myHoldings.path,
              lazy: () => import('./routes/my-holdings').then(toRoute),
            },
            {
              path: paths.myRetire.path,
              lazy: () => import('./routes/my-retire').then(toRoute),
            },
            {
              path: paths.myRetirements.path,
              lazy: () => import('./routes/my-retirements').then(toRoute),
            },
            {
              path: paths.verify.path,
              lazy: () => import('./routes/verify-lookup').then(toRoute),
            },
            {
              path: paths.verifyCertificate.path,
              lazy: () => import('./routes/verify').then(toRoute),
            },
            {
              path: paths.laoListings.path,
              lazy: () => import('./routes/lao-listings').then(toRoute),
            },
            {
              path: paths.laoListingNew.path,
              lazy: () => import('./routes/lao-listing-new').then(toRoute),
            },
            {
              path: paths.laoListing.path,
              lazy: () => import('./routes/lao-listing').then(toRoute),
            },
            {
              path: paths.laoTrades.path,
              lazy: () => import('./routes/lao-trades').then(toRoute),
            },
            {
              path: paths.notifications.path,
              lazy: () => import('./routes/notifications').then(toRoute),
            },
            {
              path: paths.adminDirectory.path,
              lazy: () => import('./routes/admin-directory').then(toRoute),
            },
            {
              path: paths.adminMarket.path,
              lazy: () => import('./routes/admin-market').then(toRoute),
            },
            // end of market routes
            // dashboard routes (public dashboards and the map; the provincial committee report)
            {
              path: paths.dashboard.path,
              loader: () => {
                void queryClient.prefetchQuery(getNationalDashboardQueryOptions());
                return null;
              },
              lazy: () => import('./routes/dashboard').then(toRoute),
            },
            {
              path: paths.provinceDashboard.path,
              loader: ({ params }) => {
                if (params.code && PROVINCE_CODE.test(params.code)) {
                  void queryClient.prefetchQuery(getProvinceDashboardQueryOptions(params.code));
                }
                return null;
              },
              lazy: () => import('./routes/province-dashboard').then(toRoute),
            },
            {
              path: paths.committeeReport.path,
              lazy: () => import('./routes/committee-report').then(toRoute),
            },
            // end of dashboard routes
            {
              path: '*',
              lazy: () => import('./routes/not-found').then(toRoute),
            },
          ],
        },
      ],
    },
  ];
}

export function AppRouter() {
  const queryClient = useQueryClient();
  const router = useMemo(() => createBrowserRouter(createAppRoutes(queryClient)), [queryClient]);
  return <RouterProvider router={router} />;
}
