/** Every route of the app in one place: `path` for the router, `getHref` for links. */

export type LaoSearchHrefParams = {
  q?: string | undefined;
  province?: string | undefined;
  type?: string | undefined;
  /** 1-based page number as shown to people; page 1 is left out of the URL. */
  page?: number | undefined;
};

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
} as const;
