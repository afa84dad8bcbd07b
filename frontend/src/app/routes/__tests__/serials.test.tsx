import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';

import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

describe('/serials', () => {
  it('looks up a serial typed in lower case and shows its block and history in Buddhist Era', async () => {
    const { user, router } = await renderApp('/serials');
    expect(await screen.findByRole('heading', { level: 1, name: 'ค้นหาเลขซีเรียลคาร์บอนเครดิต' })).toBeInTheDocument();

    await user.type(screen.getByLabelText('เลขซีเรียล'), '  tver-dla-wwb-2023-000000042 ');
    await user.click(screen.getByRole('button', { name: 'ค้นหา' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/serials/TVER-DLA-WWB-2023-000000042'));
    const block = await screen.findByRole('region', { name: /กลุ่มเครดิตที่ถือเลขนี้ในวันนี้/ });
    expect(within(block).getByTestId('serial-value')).toHaveTextContent('TVER-DLA-WWB-2023-000000042');
    expect(within(block).getByText('พ.ศ. 2566')).toBeInTheDocument();
    expect(within(block).getByText('ปลดระวางแล้ว')).toBeInTheDocument();
    expect(within(block).getByText('TVER-DLA-WWB-2023-000000041-000000060')).toBeInTheDocument();
    // The LAO of origin, named from the directory, links to its profile.
    expect(await within(block).findByRole('link', { name: 'เทศบาลเมืองบางศรีเมือง' })).toHaveAttribute('href', '/laos/4120102');
    expect(within(block).getByText('15 มีนาคม 2567')).toBeInTheDocument();

    const history = screen.getByRole('region', { name: 'ประวัติ' });
    const steps = within(history).getAllByRole('listitem');
    expect(steps).toHaveLength(5);
    expect(steps[0]).toHaveTextContent('ออกคาร์บอนเครดิต (อบก.)');
    expect(steps[1]).toHaveTextContent('จัดสรรให้ อปท.');
    expect(steps[2]).toHaveTextContent('กันไว้สำหรับประกาศขาย');
    expect(steps[3]).toHaveTextContent('ขาย/โอนให้ผู้ซื้อ');
    expect(steps[3]).toHaveTextContent('ผู้ซื้อ (ไม่เปิดเผยชื่อ)');
    expect(steps[4]).toHaveTextContent('ปลดระวาง (ใช้ชดเชยแล้ว)');
    expect(steps[4]).toHaveTextContent('1 มิถุนายน 2567');
  });

  it('shows the vintage in CE in English', async () => {
    await renderApp('/serials/TVER-DLA-WWB-2023-000000042', { language: 'en' });
    const block = await screen.findByRole('region', { name: /The block holding this serial today/ });
    expect(within(block).getByText('2023')).toBeInTheDocument();
    expect(within(block).getByText('15 March 2024')).toBeInTheDocument();
  });

  it('says clearly when a serial has never been issued (404)', async () => {
    await renderApp('/serials/TVER-DLA-WWB-2023-000999999');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveAttribute('data-problem-kind', 'not-found');
    expect(within(alert).getByRole('heading', { name: 'ไม่พบเลขซีเรียล TVER-DLA-WWB-2023-000999999' })).toBeInTheDocument();
  });

  it('refuses text that is not a serial before asking the server', async () => {
    let asked = false;
    server.use(
      http.get('/api/v1/serials/:serial', () => {
        asked = true;
        return HttpResponse.json({});
      }),
    );
    const { user, router } = await renderApp('/serials');
    const input = await screen.findByLabelText('เลขซีเรียล');
    await user.type(input, 'ABC-123');
    await user.click(screen.getByRole('button', { name: 'ค้นหา' }));

    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveFocus();
    expect(input).toHaveAccessibleDescription(/รูปแบบเลขซีเรียลไม่ถูกต้อง/);
    expect(router.state.location.pathname).toBe('/serials');

    // The same check guards a URL typed by hand.
    await router.navigate('/serials/not-a-serial');
    expect(await screen.findByTestId('serial-invalid')).toHaveTextContent('รูปแบบเลขซีเรียลไม่ถูกต้อง');
    expect(asked).toBe(false);
  });
});
