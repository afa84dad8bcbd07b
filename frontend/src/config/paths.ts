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
} as const;
