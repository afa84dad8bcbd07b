import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { mockUsers } from '@/testing/mocks/handlers/auth';
import { marketDb } from '@/testing/mocks/handlers/market';
import { renderApp } from '@/testing/test-utils';

describe('/admin/market', () => {
  it('freezes trading only after confirmation with a reason, then unfreezes', async () => {
    const { user } = await renderApp('/admin/market', { signedInAs: mockUsers.admin });
    expect(await screen.findByText('เปิดการซื้อขายตามปกติ')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'ระงับการซื้อขาย' }));
    const dialog = screen.getByRole('dialog', { name: 'ระงับการซื้อขายทั้งหมด?' });
    await user.type(within(dialog).getByRole('textbox'), 'ตรวจสอบระบบ');
    await user.click(within(dialog).getByRole('button', { name: 'ระงับการซื้อขาย' }));
    expect(await screen.findByText(/ระงับการซื้อขายอยู่ — ตรวจสอบระบบ/)).toBeInTheDocument();
    expect(marketDb.status.frozen).toBe(true);

    await user.click(screen.getByRole('button', { name: 'เปิดการซื้อขาย' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'เปิดการซื้อขาย' }));
    expect(await screen.findByText('เปิดการซื้อขายตามปกติ')).toBeInTheDocument();
  });

  it('sets and removes a price floor', async () => {
    const { user } = await renderApp('/admin/market', { signedInAs: mockUsers.admin });
    expect(await screen.findByText('฿200.00')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'รหัสโครงการ' }), 'tver-x1');
    await user.type(screen.getByRole('textbox', { name: 'ราคาขั้นต่ำต่อ tCO2e (บาท)' }), '150.5');
    await user.click(screen.getByRole('button', { name: 'บันทึกราคาขั้นต่ำ' }));
    expect(await screen.findByText('฿150.50')).toBeInTheDocument();
    expect(marketDb.status.priceFloors['TVER-X1']).toBe(150.5);
    await user.click(screen.getByRole('button', { name: 'ลบราคาขั้นต่ำของ DLA-WWB' }));
    await screen.findByText('TVER-X1');
    expect(screen.queryByText('฿200.00')).toBeNull();
  });

  it('is for DLA administrators only', async () => {
    await renderApp('/admin/market', { signedInAs: mockUsers.buyer });
    expect(await screen.findByRole('heading', { level: 1 })).not.toHaveTextContent('ควบคุมตลาด');
  });
});
