/** Every route of the app in one place: `path` for the router, `getHref` for links. */

export type LaoSearchHrefParams = {
  q?: string | undefined;
  province?: string | undefined;
  type?: string | undefined;
  /** 1-based page number as shown to people; page 1 is left out of the URL. */
  page?: number | undefined;
};

export type ListHrefParams = {
  q?: string | undefined;
  status?: string | undefined;
  role?: string | undefined;
  /** 1-based page number as shown to people; page 1 is left out of the URL. */
  page?: number | undefined;
};

function withQuery(path: string, params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === '' || (key === 'page' && Number(value) <= 1)) continue;
    search.set(key, String(value).trim());
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

export const paths = {
  home: {
    path: '/',
    getHref: () => '/',
  },
  provinces: {
    path: '/provinces',
    getHref: () => '/provinces',
  },
  laos: {
    path: '/laos',
    getHref: (params: LaoSearchHrefParams = {}) => {
      const search = new URLSearchParams();
      if (params.q?.trim()) search.set('q', params.q.trim());
      if (params.province) search.set('province', params.province);
      if (params.type) search.set('type', params.type);
      if (params.page && params.page > 1) search.set('page', String(params.page));
      const query = search.toString();
      return query ? `/laos?${query}` : '/laos';
    },
  },
  lao: {
    path: '/laos/:code',
    getHref: (code: string) => `/laos/${encodeURIComponent(code)}`,
  },
  signIn: {
    path: '/sign-in',
    /** `next`: where to return after signing in (a path of this app). */
    getHref: (next?: string) => withQuery('/sign-in', { next: next && next !== '/' ? next : undefined }),
  },
  authCallback: {
    path: '/auth/callback',
    getHref: () => '/auth/callback',
  },
  register: {
    path: '/register',
    getHref: () => '/register',
  },
  myOrganisation: {
    path: '/my/organisation',
    getHref: () => '/my/organisation',
  },
  laoOfficers: {
    path: '/lao/officers',
    getHref: (lao?: string) => withQuery('/lao/officers', { lao }),
  },
  officerApprovals: {
    path: '/province/officer-approvals',
    getHref: (province?: string) => withQuery('/province/officer-approvals', { province }),
  },
  admin: {
    path: '/admin',
    getHref: () => '/admin',
  },
  adminBuyers: {
    path: '/admin/buyers',
    getHref: (params: ListHrefParams = {}) =>
      withQuery('/admin/buyers', { q: params.q, status: params.status, page: params.page }),
  },
  adminBuyer: {
    path: '/admin/buyers/:id',
    getHref: (id: string) => `/admin/buyers/${encodeURIComponent(id)}`,
  },
  adminUsers: {
    path: '/admin/users',
    getHref: (params: ListHrefParams = {}) =>
      withQuery('/admin/users', { q: params.q, role: params.role, page: params.page }),
  },
  // registry routes
  serials: {
    path: '/serials',
    getHref: () => '/serials',
  },
  serial: {
    path: '/serials/:serial',
    getHref: (serial: string) => `/serials/${encodeURIComponent(serial)}`,
  },
  laoAccount: {
    path: '/laos/:code/account',
    getHref: (code: string, search = '') => `/laos/${encodeURIComponent(code)}/account${search}`,
  },
  laoBinReports: {
    path: '/laos/:code/bin-reports',
    getHref: (code: string) => `/laos/${encodeURIComponent(code)}/bin-reports`,
  },
  adminIssuances: {
    path: '/admin/issuances',
    getHref: (page?: number) => (page && page > 1 ? `/admin/issuances?page=${page}` : '/admin/issuances'),
  },
  adminIssuanceNew: {
    path: '/admin/issuances/new',
    getHref: () => '/admin/issuances/new',
  },
  adminIssuance: {
    path: '/admin/issuances/:id',
    getHref: (id: string) => `/admin/issuances/${encodeURIComponent(id)}`,
  },
  adminReportingWindows: {
    path: '/admin/reporting-windows',
    getHref: () => '/admin/reporting-windows',
  },
  // market paths (marketplace, settlement, notifications)
  market: {
    path: '/market',
    getHref: (params: Record<string, string | number | undefined> = {}) => withQuery('/market', params),
  },
  listing: {
    path: '/market/listings/:id',
    getHref: (id: string) => `/market/listings/${encodeURIComponent(id)}`,
  },
  laoListings: {
    path: '/lao/listings',
    getHref: (lao?: string) => withQuery('/lao/listings', { lao }),
  },
  laoListingNew: {
    path: '/lao/listings/new',
    getHref: (lao?: string) => withQuery('/lao/listings/new', { lao }),
  },
  laoListing: {
    path: '/lao/listings/:id',
    getHref: (id: string) => `/lao/listings/${encodeURIComponent(id)}`,
  },
  laoTrades: {
    path: '/lao/trades',
    getHref: (lao?: string) => withQuery('/lao/trades', { lao }),
  },
  myBids: {
    path: '/my/bids',
    getHref: (page?: number) => withQuery('/my/bids', { page }),
  },
  myTrades: {
    path: '/my/trades',
    getHref: (page?: number) => withQuery('/my/trades', { page }),
  },
  myHoldings: {
    path: '/my/holdings',
    getHref: () => '/my/holdings',
  },
  myRetire: {
    path: '/my/retire',
    getHref: () => '/my/retire',
  },
  myRetirements: {
    path: '/my/retirements',
    getHref: () => '/my/retirements',
  },
  verify: {
    path: '/verify',
    getHref: () => '/verify',
  },
  verifyCertificate: {
    path: '/verify/:certificateNo',
    getHref: (certificateNo: string) => `/verify/${encodeURIComponent(certificateNo)}`,
  },
  notifications: {
    path: '/notifications',
    getHref: (params: { unread?: boolean; page?: number } = {}) =>
      withQuery('/notifications', { unread: params.unread ? 'true' : undefined, page: params.page }),
  },
  adminDirectory: {
    path: '/admin/directory',
    getHref: () => '/admin/directory',
  },
  adminMarket: {
    path: '/admin/market',
    getHref: () => '/admin/market',
  },
  // dashboard paths (public dashboards, the provincial committee report)
  dashboard: {
    path: '/dashboard',
    /** `measure`: what the map is coloured by (the default, credits available, is left out). */
    getHref: (measure?: string) => withQuery('/dashboard', { measure }),
  },
  provinceDashboard: {
    path: '/dashboard/provinces/:code',
    getHref: (code: string) => `/dashboard/provinces/${encodeURIComponent(code)}`,
  },
  committeeReport: {
    path: '/province/committee-report',
    getHref: (province?: string) => withQuery('/province/committee-report', { province }),
  },
} as const;
