import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { buyerDb } from '@/testing/mocks/handlers/buyers';
import { mockUsers } from '@/testing/mocks/handlers/auth';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

const PENDING_ID = 'b0000000-0000-4000-8000-000000000001';
const VERIFIED_ID = 'b0000000-0000-4000-8000-000000000002';
const results = () => screen.getByRole('region', { name: 'รายชื่อผู้ซื้อ' });

describe('/admin/buyers', () => {
  it('lists buyers with a status filter and a search kept in the URL', async () => {
    const queries: string[] = [];
    server.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/v1/admin/buyers') queries.push(url.search);
    });
    const { user, router } = await renderApp('/admin/buyers', { signedInAs: mockUsers.admin });
    await screen.findByRole('region', { name: 'รายชื่อผู้ซื้อ' });
    expect(await within(results()).findByRole('link', { name: 'บริษัท กรีนเอนเนอร์ยี จำกัด' })).toHaveAttribute(
      'href',
      `/admin/buyers/${PENDING_ID}`,
    );
    expect(within(results()).getAllByRole('row')).toHaveLength(4); // header + 3

    await user.selectOptions(screen.getByRole('combobox', { name: 'สถานะ' }), 'PENDING');
    await waitFor(() => expect(router.state.location.search).toBe('?status=PENDING'));
    await waitFor(() => expect(within(results()).getAllByRole('row')).toHaveLength(2));
    expect(within(results()).getByText('รอตรวจสอบ')).toBeInTheDocument();

    await user.click(screen.getByRole('searchbox', { name: 'ชื่อหรือเลขประจำตัว' }));
    await user.paste('ไม่มีใคร');
    await user.click(screen.getByRole('button', { name: 'ค้นหา' }));
    expect(await screen.findByText('ไม่พบผู้ซื้อที่ตรงกับเงื่อนไข')).toBeInTheDocument();
    expect(queries.at(-1)).toBe(`?${new URLSearchParams({ q: 'ไม่มีใคร', status: 'PENDING', page: '0', size: '20' })}`);
  });

  it('verifies a pending buyer only after confirmation', async () => {
    const { user } = await renderApp(`/admin/buyers/${PENDING_ID}`, { signedInAs: mockUsers.admin });
    expect(await screen.findByRole('heading', { level: 1, name: 'บริษัท กรีนเอนเนอร์ยี จำกัด' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'ดาวน์โหลด หนังสือรับรอง.pdf' })).toBeInTheDocument();

    // Cancel first: nothing changes
    await user.click(screen.getByRole('button', { name: 'ยืนยันการตรวจสอบ' }));
    let dialog = screen.getByRole('dialog', { name: 'ยืนยันว่าผ่านการตรวจสอบ?' });
    expect(dialog).toHaveTextContent('บริษัท กรีนเอนเนอร์ยี จำกัด จะเสนอซื้อและซื้อคาร์บอนเครดิตได้ทันที');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(buyerDb.organisations[0]!.status).toBe('PENDING');

    await user.click(screen.getByRole('button', { name: 'ยืนยันการตรวจสอบ' }));
    dialog = screen.getByRole('dialog', { name: 'ยืนยันว่าผ่านการตรวจสอบ?' });
    await user.click(within(dialog).getByRole('button', { name: 'ยืนยันการตรวจสอบ' }));

    expect(await screen.findByText('ตรวจสอบแล้ว ผู้ซื้อรายนี้เสนอซื้อและซื้อได้')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getAllByText('ตรวจสอบแล้ว').length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: 'ระงับการซื้อขาย' })).toBeInTheDocument();
    expect(buyerDb.organisations[0]!.status).toBe('VERIFIED');
  });

  it('rejects only with a reason', async () => {
    const { user } = await renderApp(`/admin/buyers/${PENDING_ID}`, { signedInAs: mockUsers.admin });
    await user.click(await screen.findByRole('button', { name: 'ไม่อนุมัติ' }));
    const dialog = screen.getByRole('dialog', { name: 'ไม่อนุมัติคำขอลงทะเบียน?' });
    const reason = within(dialog).getByLabelText('เหตุผล (ผู้ซื้อจะเห็นข้อความนี้)');
    await waitFor(() => expect(reason).toHaveFocus());
    await user.click(within(dialog).getByRole('button', { name: 'ไม่อนุมัติ' }));
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(reason).toHaveAccessibleDescription('กรุณาระบุเหตุผล');
    expect(buyerDb.organisations[0]!.status).toBe('PENDING');

    await user.type(reason, 'เอกสารไม่ครบ');
    await user.click(within(dialog).getByRole('button', { name: 'ไม่อนุมัติ' }));
    expect(await screen.findByText('บันทึกการไม่อนุมัติแล้ว')).toBeInTheDocument();
    expect(buyerDb.organisations[0]).toMatchObject({ status: 'REJECTED', statusReason: 'เอกสารไม่ครบ' });
    expect(screen.getByText('เอกสารไม่ครบ')).toBeInTheDocument();
  });

  it('shows the problem inside the dialog when the decision fails', async () => {
    const { user } = await renderApp(`/admin/buyers/${VERIFIED_ID}`, { signedInAs: mockUsers.admin });
    await user.click(await screen.findByRole('button', { name: 'ระงับการซื้อขาย' }));
    buyerDb.organisations[1]!.status = 'SUSPENDED'; // someone else was quicker
    const dialog = screen.getByRole('dialog', { name: 'ระงับการซื้อขาย?' });
    await user.type(within(dialog).getByRole('textbox'), 'ผิดเงื่อนไข');
    await user.click(within(dialog).getByRole('button', { name: 'ระงับการซื้อขาย' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('ข้อมูลถูกเปลี่ยนแปลง');
  });
});

describe('/my/organisation', () => {
  it("shows the buyer's own organisation, its status and documents", async () => {
    await renderApp('/my/organisation', { signedInAs: mockUsers.buyer });
    expect(await screen.findByRole('heading', { level: 1, name: 'การไฟฟ้าทดสอบ' })).toBeInTheDocument();
    expect(screen.getByText('องค์กรของคุณผ่านการตรวจสอบแล้ว เสนอซื้อและซื้อคาร์บอนเครดิตได้')).toBeInTheDocument();
    expect(screen.getByText('12 มกราคม 2568')).toBeInTheDocument(); // verified on, Buddhist Era
    expect(screen.getByText('ไม่มีเอกสารแนบ')).toBeInTheDocument();
  });
});
