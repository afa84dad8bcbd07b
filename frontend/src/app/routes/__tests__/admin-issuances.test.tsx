import { mockUsers } from '@/testing/mocks/handlers/auth';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';

import { resetRegistryMock } from '@/testing/mocks/handlers/registry';
import { renderApp } from '@/testing/test-utils';

beforeEach(() => resetRegistryMock());

/** Long form journeys typed key by key: room for a loaded 2-core machine. */
vi.setConfig({ testTimeout: 30_000 });

type User = Awaited<ReturnType<typeof renderApp>>['user'];

async function fillIssuance(user: User, { first = '10001', last = '12000' } = {}) {
  await user.selectOptions(await screen.findByLabelText('ปีที่เกิดคาร์บอนเครดิต'), '2025');
  await user.type(screen.getByLabelText('เลขซีเรียลแรก'), first);
  await user.type(screen.getByLabelText('เลขซีเรียลสุดท้าย'), last);
  await user.type(screen.getByLabelText('เลขอ้างอิง อบก.'), 'TGO-TVER-2026-0001');
  fireEvent.change(screen.getByLabelText('วันที่ออก'), { target: { value: '2026-03-01' } });
}

describe('/admin/issuances', () => {
  it('lists recorded issuances with vintages in Buddhist Era', async () => {
    await renderApp('/admin/issuances', { signedInAs: mockUsers.admin });
    const table = await screen.findByRole('table', { name: 'การออกคาร์บอนเครดิตที่บันทึกแล้ว' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent('พ.ศ. 2567');
    expect(within(rows[1]!).getByRole('link', { name: 'TGO-TVER-2025-0117' })).toHaveAttribute(
      'href',
      '/admin/issuances/11111111-2024-4000-8000-000000000002',
    );
  });
});

describe('/admin/issuances/new', () => {
  it('checks the form on the client and focuses the first error', async () => {
    const { user } = await renderApp('/admin/issuances/new', { signedInAs: mockUsers.admin });
    await user.click(await screen.findByRole('button', { name: 'ตรวจสอบและดูตัวอย่าง' }));
    const vintage = screen.getByLabelText('ปีที่เกิดคาร์บอนเครดิต');
    await waitFor(() => expect(vintage).toHaveFocus());
    expect(vintage).toHaveAttribute('aria-invalid', 'true');
    expect(vintage).toHaveAccessibleDescription(/กรุณากรอกข้อมูลนี้/);
    expect(screen.getByLabelText('รหัส อปท. แถว 1')).toHaveAttribute('aria-invalid', 'true');
  });

  it('keeps the sum check live, previews, shows every row error next to its row, and confirms through a dialog', async () => {
    const { user, router } = await renderApp('/admin/issuances/new', { signedInAs: mockUsers.admin });
    await fillIssuance(user);
    const sum = screen.getByTestId('sum-check');
    expect(sum).toHaveTextContent('จัดสรรแล้ว 0 จาก 2,000 tCO2e ยังขาด 2,000');

    await user.type(screen.getByLabelText('รหัส อปท. แถว 1'), '4120102');
    await user.type(screen.getByLabelText('จำนวน แถว 1'), '1200');
    await user.click(screen.getByRole('button', { name: /เพิ่มแถว/ }));
    await user.type(screen.getByLabelText('รหัส อปท. แถว 2'), '9999999');
    await user.type(screen.getByLabelText('จำนวน แถว 2'), '900');
    expect(sum).toHaveTextContent('จัดสรร 2,100 เกินจำนวนที่ออก 2,000 tCO2e อยู่ 100');

    // The server's errors land next to the row they name.
    await user.click(screen.getByRole('button', { name: 'ตรวจสอบและดูตัวอย่าง' }));
    const code2 = screen.getByLabelText('รหัส อปท. แถว 2');
    await waitFor(() => expect(code2).toHaveAttribute('aria-invalid', 'true'));
    expect(code2).toHaveAccessibleDescription(/no LAO with code 9999999/);
    expect(screen.getByLabelText('รหัส อปท. แถว 1')).toHaveAttribute('aria-invalid', 'false');
    expect(sum).toHaveTextContent('the allocations add up to 2100, the issuance has 2000');
    expect(screen.getByTestId('issuance-plan')).toHaveTextContent('พบ 2 ปัญหา');
    expect(screen.getByRole('button', { name: 'ยืนยันบันทึก…' })).toBeDisabled();

    // Fix the rows: the sum check follows as they are typed.
    await user.clear(code2);
    await user.type(code2, '5810401');
    await user.clear(screen.getByLabelText('จำนวน แถว 2'));
    await user.type(screen.getByLabelText('จำนวน แถว 2'), '800');
    expect(sum).toHaveTextContent('จัดสรรครบ 2,000 จาก 2,000 tCO2e');

    await user.click(screen.getByRole('button', { name: 'ตรวจสอบและดูตัวอย่าง' }));
    const plan = await screen.findByTestId('issuance-plan');
    await waitFor(() => expect(plan).toHaveTextContent('ผ่านการตรวจสอบ'));
    const blocks = within(plan).getByRole('table', { name: 'กลุ่มเลขซีเรียลที่แต่ละ อปท. จะได้รับ' });
    const rows = within(blocks).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('เทศบาลเมืองบางศรีเมือง');
    expect(rows[1]).toHaveTextContent('000010001–000011200');
    expect(rows[2]).toHaveTextContent('000011201–000012000');

    await user.click(screen.getByRole('button', { name: 'ยืนยันบันทึก…' }));
    const dialog = screen.getByRole('dialog', { name: 'ยืนยันบันทึกการออกคาร์บอนเครดิต' });
    expect(dialog).toHaveTextContent('บันทึก 2,000 tCO2e ของโครงการ DLA-WWB ปี พ.ศ. 2568 (อ้างอิง TGO-TVER-2026-0001) และจัดสรรให้ 2 อปท.');
    expect(within(dialog).getByRole('button', { name: 'ยกเลิก' })).toHaveFocus();

    // Escape cancels without recording anything.
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'ยืนยันบันทึก…' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'บันทึก' }));

    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/admin\/issuances\/22222222-/));
    expect(await screen.findByText('บันทึกการออกคาร์บอนเครดิตแล้ว')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'การออก TGO-TVER-2026-0001' })).toBeInTheDocument();
  });

  it('shows the CSV file problems by line', async () => {
    const { user } = await renderApp('/admin/issuances/new', { signedInAs: mockUsers.admin });
    await fillIssuance(user, { first: '1', last: '1000' });
    await user.click(screen.getByRole('radio', { name: 'อัปโหลดไฟล์ CSV' }));
    const file = new File(['lao_code,quantity\n4120102,500\n5810401,abc\n9999999,400\n'], 'allocation.csv', { type: 'text/csv' });
    await user.upload(screen.getByLabelText('ไฟล์ CSV'), file);
    await user.click(screen.getByRole('button', { name: 'ตรวจสอบและดูตัวอย่าง' }));

    const lines = await screen.findByTestId('csv-line-errors');
    const items = within(lines).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent("บรรทัด 3: the quantity must be a whole number, found 'abc'");
    expect(items[1]).toHaveTextContent('บรรทัด 4: no LAO with code 9999999');
    expect(screen.getByLabelText('ไฟล์ CSV')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('sum-check')).toHaveTextContent('จัดสรรแล้ว 900 จาก 1,000 tCO2e ยังขาด 100');
  });
});
