import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';

import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

describe('/laos/:code', () => {
  it('shows the LAO profile', async () => {
    await renderApp('/laos/5810401');

    expect(await screen.findByRole('heading', { level: 1, name: 'เทศบาลตำบลคลองท่อมใต้' })).toBeInTheDocument();
    expect(document.title).toBe('เทศบาลตำบลคลองท่อมใต้ · ตลาดคาร์บอนเครดิต อปท.');
    const details = screen.getByRole('region', { name: 'ข้อมูลทั่วไป' });
    expect(within(details).getByTestId('lao-code')).toHaveTextContent('5810401');
    expect(within(details).getByText('เทศบาลตำบล')).toBeInTheDocument();
    expect(within(details).getByRole('link', { name: 'กระบี่' })).toHaveAttribute('href', '/laos?province=81');
    expect(within(details).getByText('คลองท่อม')).toBeInTheDocument();
    expect(within(details).getByText('2.7 ตร.กม.')).toBeInTheDocument();
    expect(within(details).getByRole('link', { name: 'www.khlongthomcity.go.th' })).toHaveAttribute(
      'href',
      'http://www.khlongthomcity.go.th/',
    );

    const address = screen.getByRole('region', { name: 'ที่ตั้งสำนักงาน' });
    expect(within(address).getByText('หมู่ที่ 2 รหัสไปรษณีย์ 81120')).toBeInTheDocument();
    expect(within(address).getByRole('link', { name: /OpenStreetMap/ })).toHaveAttribute(
      'href',
      expect.stringContaining('mlat=7.952981685&mlon=99.15039092'),
    );

    const subdistricts = screen.getByRole('region', { name: /ตำบลในพื้นที่รับผิดชอบ/ });
    expect(within(subdistricts).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'คลองท่อมเหนือ',
      'คลองท่อมใต้',
      'เพหลา',
    ]);
  });

  it('shows a website that is not a valid address as text, not as a link', async () => {
    await renderApp('/laos/5810402');
    const details = await screen.findByRole('region', { name: 'ข้อมูลทั่วไป' });
    expect(within(details).getByText('www.Khlongphon go.th')).toBeInTheDocument();
    expect(within(details).queryByRole('link', { name: /Khlongphon/ })).toBeNull();
  });

  it('shows missing data as "not provided"', async () => {
    await renderApp('/laos/5810404');
    const address = await screen.findByRole('region', { name: 'ที่ตั้งสำนักงาน' });
    expect(within(address).getAllByText('ไม่ระบุ')).toHaveLength(2);
    expect(within(screen.getByRole('region', { name: 'ข้อมูลทั่วไป' })).getAllByText('ไม่ระบุ')).toHaveLength(2);
  });

  it('shows the not-found problem from the API (404)', async () => {
    const { user, router } = await renderApp('/laos/9999999');

    expect(await screen.findByRole('heading', { level: 1, name: 'ไม่พบ อปท. รหัส 9999999' })).toBeInTheDocument();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveAttribute('data-problem-kind', 'not-found');
    expect(alert).toHaveTextContent('ตรวจสอบรหัส อปท. 7 หลักอีกครั้ง');
    expect(within(alert).queryByRole('button', { name: 'ลองอีกครั้ง' })).toBeNull();

    await user.click(within(alert).getByRole('link', { name: 'ไปที่การค้นหา อปท.' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/laos'));
  });

  it('does not ask the API for a code that cannot exist', async () => {
    // onUnhandledRequest: 'error' would fail on any request we did not expect; make sure there is none.
    let asked = false;
    server.use(
      http.get('/api/v1/laos/:code', () => {
        asked = true;
        return HttpResponse.json({});
      }),
    );
    await renderApp('/laos/abc');
    expect(await screen.findByRole('heading', { level: 1, name: 'ไม่พบ อปท. รหัส abc' })).toBeInTheDocument();
    expect(asked).toBe(false);
  });

  it('offers a retry after a server error', async () => {
    server.use(
      http.get('/api/v1/laos/:code', () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Service Unavailable', status: 503 },
          { status: 503, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const { user } = await renderApp('/laos/4120102');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveAttribute('data-problem-kind', 'server');

    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'ลองอีกครั้ง' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'เทศบาลเมืองบางศรีเมือง' })).toBeInTheDocument();
  });

  it('goes back to the search it came from', async () => {
    const { user, router } = await renderApp('/laos?province=12');
    await user.click(await screen.findByRole('link', { name: 'เทศบาลเมืองบางศรีเมือง' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'เทศบาลเมืองบางศรีเมือง' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('main')).toHaveFocus());

    await user.click(screen.getByRole('link', { name: /กลับไปหน้าค้นหา อปท\./ }));
    await waitFor(() =>
      expect(router.state.location.pathname + router.state.location.search).toBe('/laos?province=12'),
    );
  });
});
