import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';

import { laos, toSummary } from '@/testing/mocks/data';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

/** Records the query string of every LAO search the page sends (and still answers with the default handler). */
function recordSearches() {
  const searches: URLSearchParams[] = [];
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (url.pathname === '/api/v1/laos') searches.push(url.searchParams);
  });
  const last = () => Object.fromEntries(searches.at(-1)?.entries() ?? []);
  return { searches, last };
}

const results = () => screen.getByRole('region', { name: 'ผลการค้นหา' });

describe('/laos', () => {
  it('searches without filters at first and shows full Thai names', async () => {
    const { last } = recordSearches();
    await renderApp('/laos');

    expect(await within(results()).findByRole('link', { name: 'เทศบาลเมืองบางศรีเมือง' })).toHaveAttribute(
      'href',
      '/laos/4120102',
    );
    expect(within(results()).getByRole('link', { name: 'องค์การบริหารส่วนตำบลคลองท่อมเหนือ' })).toBeInTheDocument();
    expect(within(results()).getByRole('link', { name: 'เทศบาลตำบลคลองท่อมใต้' })).toBeInTheDocument();
    expect(screen.getByText(`พบ ${laos.length} แห่ง`)).toBeInTheDocument();
    expect(last()).toEqual({ page: '0', size: '20' });
    server.events.removeAllListeners();
  });

  it('sends the filters the user chooses and keeps them in the URL', async () => {
    const { last } = recordSearches();
    const { user, router } = await renderApp('/laos');
    await within(results()).findByRole('link', { name: 'เทศบาลเมืองบางศรีเมือง' });

    // Province select (options come from the provinces API)
    const province = screen.getByRole('combobox', { name: 'จังหวัด' });
    await within(province).findByRole('option', { name: 'กระบี่' });
    await user.selectOptions(province, '81');
    await waitFor(() => expect(last()).toEqual({ province: '81', page: '0', size: '20' }));
    expect(router.state.location.search).toBe('?province=81');
    await waitFor(() =>
      expect(within(results()).queryByRole('link', { name: 'เทศบาลเมืองบางศรีเมือง' })).not.toBeInTheDocument(),
    );

    // Type select
    await user.selectOptions(screen.getByRole('combobox', { name: 'ประเภท' }), 'SAO');
    await waitFor(() => expect(last()).toEqual({ province: '81', type: 'SAO', page: '0', size: '20' }));
    expect(await within(results()).findByText('พบ 4 แห่ง')).toBeInTheDocument();

    // Thai text search, applied on submit
    await user.type(screen.getByRole('searchbox', { name: 'ชื่อ อปท. (ภาษาไทย)' }), 'คลองท่อม');
    await user.click(screen.getByRole('button', { name: 'ค้นหา' }));
    await waitFor(() =>
      expect(last()).toEqual({ q: 'คลองท่อม', province: '81', type: 'SAO', page: '0', size: '20' }),
    );
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe('คลองท่อม');
    expect(await within(results()).findByText('พบ 1 แห่ง')).toBeInTheDocument();
    expect(within(results()).getByRole('link', { name: 'องค์การบริหารส่วนตำบลคลองท่อมเหนือ' })).toHaveAttribute('href', '/laos/6810403');
    server.events.removeAllListeners();
  });

  it('reads filters and the 1-based page from the URL and pages through results', async () => {
    const many = Array.from({ length: 45 }, (_, i) => ({
      ...toSummary(laos[0]!),
      code: String(6810000 + i),
      nameTh: `ทดสอบ${i + 1}`,
      fullNameTh: `องค์การบริหารส่วนตำบลทดสอบ${i + 1}`,
      type: 'SAO' as const,
    }));
    const requested: string[] = [];
    server.use(
      http.get('/api/v1/laos', ({ request }) => {
        const params = new URL(request.url).searchParams;
        requested.push(params.toString());
        const page = Number(params.get('page'));
        return HttpResponse.json({ items: many.slice(page * 20, page * 20 + 20), page, size: 20, total: many.length });
      }),
    );
    const { user, router } = await renderApp('/laos?q=%E0%B8%97%E0%B8%94&page=2');

    expect(await within(results()).findByRole('link', { name: 'องค์การบริหารส่วนตำบลทดสอบ21' })).toBeInTheDocument();
    expect(requested[0]).toBe(new URLSearchParams({ q: 'ทด', page: '1', size: '20' }).toString());
    const pagination = screen.getByRole('navigation', { name: 'เลือกหน้าผลการค้นหา' });
    expect(pagination).toHaveTextContent('แสดง 21–40 จาก 45 รายการ');
    expect(pagination).toHaveTextContent('หน้า 2 จาก 3');

    await user.click(within(pagination).getByRole('link', { name: /ถัดไป/ }));
    expect(await within(results()).findByRole('link', { name: 'องค์การบริหารส่วนตำบลทดสอบ41' })).toBeInTheDocument();
    expect(new URLSearchParams(router.state.location.search).get('page')).toBe('3');
    expect(within(screen.getByRole('navigation', { name: 'เลือกหน้าผลการค้นหา' })).queryByRole('link', { name: /ถัดไป/ })).toBeNull();
  });

  it('shows an empty state with a way to clear the filters', async () => {
    const { user } = await renderApp('/laos?q=ไม่มีชื่อนี้');
    expect(await screen.findByText('ไม่พบ อปท. ที่ตรงกับเงื่อนไข')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'ล้างตัวกรอง' }));
    expect(await within(results()).findByRole('link', { name: 'เทศบาลเมืองบางศรีเมือง' })).toBeInTheDocument();
  });

  it('ignores filters that cannot be valid', async () => {
    const { last } = recordSearches();
    await renderApp('/laos?province=abc&type=CASTLE&page=-3');
    await within(results()).findByRole('link', { name: 'เทศบาลเมืองบางศรีเมือง' });
    expect(last()).toEqual({ page: '0', size: '20' });
    server.events.removeAllListeners();
  });
});
