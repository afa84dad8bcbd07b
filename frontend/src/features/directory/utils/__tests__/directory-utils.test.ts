import { describe, expect, it } from 'vitest';

import { parseLaoSearchParams, toLaoQuery } from '../search-params';
import { websiteHref } from '../website';

describe('websiteHref', () => {
  it('links what can be a web address and refuses the rest', () => {
    expect(websiteHref('www.phala.go.th')).toBe('http://www.phala.go.th/');
    expect(websiteHref('https://www.prudinna.go.th')).toBe('https://www.prudinna.go.th/');
    expect(websiteHref('www.Khlongphon go.th')).toBeNull();
    expect(websiteHref('WWW..Aolueknuea.go.th')).toBeNull();
    expect(websiteHref('javascript:alert(1)')).toBeNull();
    expect(websiteHref('')).toBeNull();
    expect(websiteHref(undefined)).toBeNull();
  });
});

describe('LAO search params', () => {
  it('turns the URL into the API query (1-based → 0-based pages)', () => {
    const filters = parseLaoSearchParams(new URLSearchParams('q=+บาง+&province=12&type=SAO&page=3'));
    expect(filters).toEqual({ q: 'บาง', province: '12', type: 'SAO', page: 3 });
    expect(toLaoQuery(filters)).toEqual({ q: 'บาง', province: '12', type: 'SAO', page: 2, size: 20 });
  });

  it('drops values that cannot be valid', () => {
    expect(parseLaoSearchParams(new URLSearchParams('province=1&type=X&page=0'))).toEqual({
      q: '',
      province: '',
      type: '',
      page: 1,
    });
  });
});
