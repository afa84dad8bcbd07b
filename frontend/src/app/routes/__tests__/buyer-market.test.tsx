import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { mockUsers } from '@/testing/mocks/handlers/auth';
import { marketDb } from '@/testing/mocks/handlers/market';
import { CERTIFICATE_NO, TRADE_IDS, settlementDb } from '@/testing/mocks/handlers/settlement';
import { renderApp } from '@/testing/test-utils';

describe('/my/bids', () => {
  it('accepts a counter-offer only after confirmation', async () => {
    const { user } = await renderApp('/my/bids', { signedInAs: mockUsers.buyer });
    expect(await screen.findByText('อปท. เสนอกลับ ฿290.00')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'รับราคาที่เสนอกลับ' }));
    const dialog = screen.getByRole('dialog', { name: 'รับข้อเสนอราคากลับ?' });
    expect(dialog).toHaveTextContent('ซื้อ 20 tCO2e ราคา ฿290.00 ต่อ tCO2e');
    await user.click(within(dialog).getByRole('button', { name: 'รับราคาที่เสนอกลับ' }));
    expect(await screen.findByText('รับข้อเสนอแล้ว ดูการชำระเงินได้ที่ “รายการซื้อของฉัน”')).toBeInTheDocument();
    expect(marketDb.bids.find((b) => b.counterPrice === 290)?.state).toBe('FILLED');
  });

  it('withdraws an open bid after confirmation', async () => {
    const { user } = await renderApp('/my/bids', { signedInAs: mockUsers.buyer });
    const withdrawButtons = await screen.findAllByRole('button', { name: 'ถอนการเสนอซื้อ' });
    await user.click(withdrawButtons.at(-1)!);
    await user.click(within(screen.getByRole('dialog', { name: 'ถอนการเสนอซื้อ?' })).getByRole('button', { name: 'ถอนการเสนอซื้อ' }));
    expect(await screen.findByText('ถอนการเสนอซื้อแล้ว')).toBeInTheDocument();
  });

  it('sends anonymous visitors to sign in', async () => {
    const { router } = await renderApp('/my/bids');
    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
  });
});

describe('/my/trades', () => {
  it('reports a payment with reference, date and slip, after confirmation', async () => {
    const { user } = await renderApp('/my/trades', { signedInAs: mockUsers.buyer });
    expect(await screen.findAllByRole('article')).toHaveLength(3);
    expect(screen.getByText('รอชำระเงิน')).toBeInTheDocument();
    expect(screen.getByText(/2642/)).toBeInTheDocument(); // payment deadline, Buddhist Era
    await user.click(screen.getByRole('button', { name: 'แจ้งชำระเงิน' }));

    const reference = screen.getByRole('textbox', { name: 'เลขอ้างอิงการโอนเงิน' });
    await user.click(screen.getByRole('button', { name: 'ตรวจสอบและแจ้งชำระ' }));
    expect(reference).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(reference).toHaveFocus());

    await user.type(reference, 'KBANK-123456');
    const date = screen.getByLabelText('วันที่โอน');
    await user.clear(date);
    await user.type(date, '2025-01-15');
    await user.upload(screen.getByLabelText(/หลักฐานการโอน/), new File(['%PDF-1.7'], 'slip.pdf', { type: 'application/pdf' }));
    await user.click(screen.getByRole('button', { name: 'ตรวจสอบและแจ้งชำระ' }));
    const dialog = screen.getByRole('dialog', { name: 'ยืนยันการแจ้งชำระเงิน?' });
    expect(dialog).toHaveTextContent('฿2,600.00');
    expect(dialog).toHaveTextContent('15 มกราคม 2568');
    await user.click(within(dialog).getByRole('button', { name: 'ยืนยันแจ้งชำระ' }));

    expect(await screen.findByText('แจ้งชำระเงินแล้ว รอ อปท. ยืนยันการรับเงิน')).toBeInTheDocument();
    expect(settlementDb.paymentReports).toEqual([
      { id: TRADE_IDS.awaiting, kind: 'multipart', reference: 'KBANK-123456', paidAt: '2025-01-15T12:00:00+07:00', slip: 'slip.pdf' },
    ]);
    await waitFor(() => expect(screen.getAllByText('แจ้งชำระแล้ว')).toHaveLength(2));
  });
});

describe('/my/holdings and /my/retire', () => {
  it('shows the holdings', async () => {
    await renderApp('/my/holdings', { signedInAs: mockUsers.buyer });
    expect(await screen.findByText('พ.ศ. 2567')).toBeInTheDocument();
    expect(screen.getByText('20 tCO2e')).toBeInTheDocument();
  });

  it('retires credits after confirmation and links to the certificate', async () => {
    const { user } = await renderApp('/my/retire', { signedInAs: mockUsers.buyer });
    expect(await screen.findByText('ใช้ได้ 20 tCO2e')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'ตรวจสอบการชดเชย' }));
    expect(screen.getByRole('textbox', { name: 'จำนวนที่ชดเชย (tCO2e)' })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('textbox', { name: /ผู้รับประโยชน์/ })).toHaveAccessibleDescription(expect.stringContaining('กรุณากรอกข้อมูลนี้'));

    await user.type(screen.getByRole('textbox', { name: 'จำนวนที่ชดเชย (tCO2e)' }), '30');
    await user.type(screen.getByRole('textbox', { name: /ผู้รับประโยชน์/ }), 'งานวิ่งการกุศล');
    await user.type(screen.getByRole('textbox', { name: /วัตถุประสงค์/ }), 'ชดเชยคาร์บอนของงาน');
    await user.click(screen.getByRole('button', { name: 'ตรวจสอบการชดเชย' }));
    await user.click(within(screen.getByRole('dialog', { name: 'ยืนยันการชดเชยคาร์บอน?' })).getByRole('button', { name: 'ยืนยันการชดเชย' }));
    // The server refuses: too few credits, shown next to the quantity
    const quantity = screen.getByRole('textbox', { name: 'จำนวนที่ชดเชย (tCO2e)' });
    await waitFor(() => expect(quantity).toHaveAccessibleDescription(expect.stringContaining('only 20 available')));

    await user.clear(quantity);
    await user.type(quantity, '5');
    await user.click(screen.getByRole('button', { name: 'ตรวจสอบการชดเชย' }));
    const dialog = screen.getByRole('dialog', { name: 'ยืนยันการชดเชยคาร์บอน?' });
    expect(dialog).toHaveTextContent('ชดเชย 5 tCO2e ให้ งานวิ่งการกุศล');
    await user.click(within(dialog).getByRole('button', { name: 'ยืนยันการชดเชย' }));
    expect(await screen.findByText('ชดเชยคาร์บอน 5 tCO2e แล้ว')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'ดูใบรับรอง' })).toHaveAttribute('href', '/verify/RC-2568-NEW00001');
    expect(settlementDb.retirements.at(-1)).toEqual({ quantity: 5, beneficiary: 'งานวิ่งการกุศล', purpose: 'ชดเชยคาร์บอนของงาน' });
  });

  it('lists certificates with PDF links', async () => {
    await renderApp('/my/retirements', { signedInAs: mockUsers.buyer });
    expect(await screen.findByRole('link', { name: `ใบรับรอง ${CERTIFICATE_NO} (PDF)` })).toHaveAttribute(
      'href',
      expect.stringContaining(`/api/v1/retirements/${CERTIFICATE_NO}/certificate.pdf`),
    );
  });
});

describe('/verify/:certificateNo', () => {
  it('shows a genuine certificate with serial ranges, origin and dates in both calendars', async () => {
    await renderApp(`/verify/${CERTIFICATE_NO}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'ชดเชยคาร์บอน 5 tCO2e' })).toBeInTheDocument();
    expect(screen.getByText('DLA-WWB-2024-000000101')).toBeInTheDocument();
    expect(screen.getByText('1 กุมภาพันธ์ 2568 · 1 February 2025')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'เทศบาลเมืองบางศรีเมือง' })).toHaveAttribute('href', '/laos/4120102');
    expect(screen.getByText('บริษัท กรีนแบงก์ จำกัด')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'ดาวน์โหลดใบรับรอง (PDF)' })).toHaveAttribute(
      'href',
      expect.stringContaining(`/api/v1/retirements/${CERTIFICATE_NO}/certificate.pdf`),
    );
  });

  it('says clearly when a certificate does not exist', async () => {
    await renderApp('/verify/RC-0000-NOPE');
    expect(await screen.findByRole('heading', { level: 1, name: 'ไม่พบใบรับรองนี้' })).toBeInTheDocument();
    expect(screen.getByText('ไม่มีใบรับรองเลขที่ RC-0000-NOPE ในระบบ โปรดตรวจสอบเลขที่อีกครั้ง')).toBeInTheDocument();
  });
});
