import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';

import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

const provinceItems = () => document.querySelectorAll('[data-province-code]');

describe('/provinces', () => {
  it('lists the 77 provinces grouped by region, each linking to its LAOs', async () => {
    await renderApp('/provinces');

    expect(await screen.findByRole('heading', { level: 1, name: 'จังหวัด' })).toBeInTheDocument();
    await waitFor(() => expect(provinceItems()).toHaveLength(77));

    for (const region of ['ภาคเหนือ', 'ภาคตะวันออกเฉียงเหนือ', 'ภาคกลาง', 'ภาคตะวันออก', 'ภาคตะวันตก', 'ภาคใต้']) {
      expect(screen.getByRole('heading', { level: 2, name: new RegExp(`^${region}\\s*\\d`) })).toBeInTheDocument();
    }
    const south = screen.getByRole('region', { name: /ภาคใต้/ });
    const krabi = within(south).getByRole('link', { name: /กระบี่/ });
    expect(krabi).toHaveAttribute('href', '/laos?province=81');
    expect(krabi).toHaveTextContent('Krabi');
    expect(krabi).toHaveTextContent(/\d+ อปท\./);
    expect(screen.getByRole('link', { name: /นนทบุรี/ })).toHaveAttribute('href', '/laos?province=12');
    expect(document.title).toBe('จังหวัด · ตลาดคาร์บอนเครดิต อปท.');
  });

  it('filters by region (kept in the URL) and by name, with an empty state', async () => {
    const { user, router } = await renderApp('/provinces');
    await waitFor(() => expect(provinceItems()).toHaveLength(77));

    await user.click(screen.getByRole('radio', { name: 'ภาคใต้' }));
    await waitFor(() => expect(provinceItems()).toHaveLength(14));
    expect(router.state.location.search).toBe('?region=SOUTH');
    expect(screen.queryByRole('link', { name: /นนทบุรี/ })).not.toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: 'ค้นหาจังหวัด' }), 'กระ');
    await waitFor(() => expect(provinceItems()).toHaveLength(1));
    expect(screen.getByText('แสดง 1 จาก 77 จังหวัด')).toBeInTheDocument();

    await user.clear(screen.getByRole('searchbox', { name: 'ค้นหาจังหวัด' }));
    await user.type(screen.getByRole('searchbox', { name: 'ค้นหาจังหวัด' }), 'ไม่มีจังหวัดนี้');
    expect(await screen.findByText('ไม่พบจังหวัดที่ตรงกับการค้นหา')).toBeInTheDocument();
  });

  it('opens with the region from the URL', async () => {
    await renderApp('/provinces?region=WEST');
    await waitFor(() => expect(provinceItems()).toHaveLength(5));
    expect(screen.getByRole('radio', { name: 'ภาคตะวันตก' })).toBeChecked();
  });

  it('shows a translated error with a retry when the API fails', async () => {
    let failing = true;
    server.use(
      http.get('/api/v1/provinces', () => {
        return failing
          ? HttpResponse.json(
              { type: 'about:blank', title: 'Internal Server Error', status: 500 },
              { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
            )
          : HttpResponse.json([]);
      }),
    );
    const { user } = await renderApp('/provinces');

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('ระบบขัดข้องชั่วคราว');
    failing = false;
    await user.click(within(alert).getByRole('button', { name: 'ลองอีกครั้ง' }));
    expect(await screen.findByText('ไม่พบจังหวัดที่ตรงกับการค้นหา')).toBeInTheDocument();
  });

  it('shows a loading state while provinces load', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.get('/api/v1/provinces', async () => {
        await gate;
        return HttpResponse.json([]);
      }),
    );
    await renderApp('/provinces');
    expect(await screen.findByRole('status')).toHaveTextContent('กำลังโหลด…');
    release();
    expect(await screen.findByText('ไม่พบจังหวัดที่ตรงกับการค้นหา')).toBeInTheDocument();
  });
});
