import { mockUsers } from '@/testing/mocks/handlers/auth';
import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { registryDb, resetRegistryMock } from '@/testing/mocks/handlers/registry';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

beforeEach(() => resetRegistryMock());

/** Long form journeys typed key by key: room for a loaded 2-core machine. */
vi.setConfig({ testTimeout: 30_000 });

describe('/laos/:code/bin-reports', () => {
  it('highlights the open window, records a report and shows the estimate arithmetic and its source', async () => {
    const { user } = await renderApp('/laos/4120102/bin-reports', { signedInAs: mockUsers.laoOfficer });
    const open = await screen.findByTestId('open-window');
    expect(open).toHaveAttribute('aria-current', 'true');
    expect(open).toHaveTextContent('รอบที่ 1/2568');
    expect(open).toHaveTextContent('เปิดอยู่');
    expect(open).toHaveTextContent('ข้อมูลช่วง 1 ตุลาคม 2567 – 31 มีนาคม 2568');

    const estimate = screen.getByRole('region', { name: 'ประมาณการคาร์บอนเครดิตที่อาจได้รับ' });
    expect(await within(estimate).findByTestId('estimate-arithmetic')).toHaveTextContent(
      '1,250 ครัวเรือน × 0.0452 tCO2e ต่อครัวเรือนต่อปี = 56.5000 tCO2e ต่อปี (ปัดลงเป็น 56 เครดิต)',
    );
    expect(within(estimate).getByText(/DLA, October 2022: 2,716,651 households/)).toBeInTheDocument();

    await user.type(screen.getByLabelText('ครัวเรือนที่เข้าร่วม'), '2000');
    await user.type(screen.getByLabelText('ถังขยะเปียกที่ใช้งาน'), '2100');
    await user.click(screen.getByRole('button', { name: 'ส่งรายงาน' }));

    const saved = await screen.findByText('บันทึกรายงาน รอบที่ 1/2568 แล้ว');
    expect(saved.parentElement).toHaveTextContent('2,000 ครัวเรือน × 0.0452 tCO2e ต่อครัวเรือนต่อปี = 90.4000 tCO2e ต่อปี (ปัดลงเป็น 90 เครดิต)');
    const history = await screen.findByRole('table', { name: 'รายงานถังขยะเปียก ใหม่สุดก่อน' });
    await waitFor(() => expect(within(history).getAllByRole('row')).toHaveLength(3));
  });

  it('validates the figures on the client', async () => {
    const { user } = await renderApp('/laos/4120102/bin-reports', { signedInAs: mockUsers.laoOfficer });
    await user.type(await screen.findByLabelText('ครัวเรือนที่เข้าร่วม'), '12.5');
    await user.click(screen.getByRole('button', { name: 'ส่งรายงาน' }));
    const households = screen.getByLabelText('ครัวเรือนที่เข้าร่วม');
    await waitFor(() => expect(households).toHaveFocus());
    expect(households).toHaveAccessibleDescription(/ต้องเป็นจำนวนเต็ม/);
    expect(screen.getByLabelText('ถังขยะเปียกที่ใช้งาน')).toHaveAccessibleDescription(/กรุณากรอกข้อมูลนี้/);
  });

  it('shows the server refusing a report outside the window (reporting-window-closed)', async () => {
    // The window closed while the page was open: the list still says open, the server refuses.
    server.use(
      http.post('/api/v1/laos/:code/bin-reports', () =>
        HttpResponse.json(
          { type: 'https://carbon.dla.go.th/problems/reporting-window-closed', title: 'No reporting window is open', status: 409 },
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const { user } = await renderApp('/laos/4120102/bin-reports', { signedInAs: mockUsers.laoOfficer });
    await user.type(await screen.findByLabelText('ครัวเรือนที่เข้าร่วม'), '100');
    await user.type(screen.getByLabelText('ถังขยะเปียกที่ใช้งาน'), '100');
    await user.click(screen.getByRole('button', { name: 'ส่งรายงาน' }));
    const closed = await screen.findByTestId('window-closed');
    expect(closed).toHaveAttribute('role', 'alert');
    expect(closed).toHaveTextContent('รอบการรายงานปิดแล้ว');
  });

  it('disables the form when no window is open', async () => {
    registryDb.windows = registryDb.windows.map((w) => ({ ...w, open: false }));
    await renderApp('/laos/4120102/bin-reports', { signedInAs: mockUsers.laoOfficer });
    expect(await screen.findByTestId('no-open-window')).toHaveTextContent('ขณะนี้ไม่มีรอบการรายงานที่เปิดอยู่');
    expect(screen.getByLabelText('ครัวเรือนที่เข้าร่วม')).toBeDisabled();
    expect(screen.getByRole('button', { name: 'ส่งรายงาน' })).toBeDisabled();
  });

  it('shows the provincial officer the figures but no entry form: only the LAO reports', async () => {
    await renderApp('/laos/4120102/bin-reports', { signedInAs: mockUsers.provinceOfficer });
    expect(await screen.findByTestId('report-officers-only')).toHaveTextContent('เฉพาะเจ้าหน้าที่ของ อปท. นี้เท่านั้น');
    expect(screen.queryByLabelText('ครัวเรือนที่เข้าร่วม')).toBeNull();
  });
});

describe('/admin/reporting-windows', () => {
  it('opens a reporting window', async () => {
    const { user } = await renderApp('/admin/reporting-windows', { signedInAs: mockUsers.admin });
    await user.type(await screen.findByLabelText('ชื่อรอบ'), 'รอบที่ 2/2568');
    await user.type(screen.getByLabelText('ข้อมูลตั้งแต่วันที่'), '2025-04-01');
    await user.type(screen.getByLabelText('ข้อมูลถึงวันที่'), '2025-09-30');
    await user.type(screen.getByLabelText('เปิดรับรายงานวันที่'), '2025-10-01');
    await user.type(screen.getByLabelText('ปิดรับรายงานวันที่'), '2025-09-01');
    await user.click(screen.getByRole('button', { name: 'เปิดรอบการรายงาน' }));
    const closes = screen.getByLabelText('ปิดรับรายงานวันที่');
    await waitFor(() => expect(closes).toHaveFocus());
    expect(closes).toHaveAccessibleDescription(/วันสิ้นสุดต้องไม่ก่อนวันเริ่ม/);

    await user.clear(closes);
    await user.type(closes, '2025-10-31');
    await user.click(screen.getByRole('button', { name: 'เปิดรอบการรายงาน' }));
    expect(await screen.findByText('เปิดรอบ รอบที่ 2/2568 แล้ว')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('list', { name: 'รอบการรายงานของ สถ.' }).children).toHaveLength(3));
  });
});
