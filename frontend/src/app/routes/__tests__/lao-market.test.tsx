import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { mockUsers } from '@/testing/mocks/handlers/auth';
import { LISTING_IDS, marketDb } from '@/testing/mocks/handlers/market';
import { TRADE_IDS, settlementDb } from '@/testing/mocks/handlers/settlement';
import { renderApp } from '@/testing/test-utils';

const listingOf = (id: string) => marketDb.listings.find((l) => l.id === id)!;

describe('/lao/listings', () => {
  it("lists the LAO's listings in every state", async () => {
    await renderApp('/lao/listings', { signedInAs: mockUsers.laoOfficer });
    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(5); // header + 4 of 4120102
    expect(within(table).getByText('รออนุมัติ')).toBeInTheDocument();
    expect(within(table).getByText('ฉบับร่าง')).toBeInTheDocument();
  });

  it('drafts a listing with the fields of its mode', async () => {
    const { user, router } = await renderApp('/lao/listings/new', { signedInAs: mockUsers.laoOfficer });
    await user.click(await screen.findByRole('radio', { name: 'ประมูล' }));
    await user.type(screen.getByRole('textbox', { name: 'จำนวน (tCO2e)' }), '40');
    await user.click(screen.getByRole('button', { name: 'บันทึกฉบับร่าง' }));
    const reserve = screen.getByRole('textbox', { name: 'ราคาขั้นต่ำ' });
    expect(reserve).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('ปิดรับ')).toHaveAttribute('aria-invalid', 'true');
    await user.type(reserve, '250');
    await user.type(screen.getByRole('textbox', { name: 'เพิ่มราคาครั้งละอย่างน้อย' }), '5');
    fireEvent.change(screen.getByLabelText('ปิดรับ'), { target: { value: '2099-01-01T10:00' } });
    await user.click(screen.getByRole('button', { name: 'บันทึกฉบับร่าง' }));
    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/lao\/listings\/a1/));
    expect(marketDb.listings.at(-1)).toMatchObject({ mode: 'AUCTION', quantity: 40, reservePrice: 250, minIncrement: 5, state: 'DRAFT' });
  });
});

describe('/lao/listings/:id maker–checker', () => {
  it('tells the maker to wait for a second officer', async () => {
    await renderApp(`/lao/listings/${LISTING_IDS.pending}`, { signedInAs: mockUsers.laoOfficer });
    expect(await screen.findByText(/รอเจ้าหน้าที่อีกคนของ อปท\. อนุมัติ/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'อนุมัติและเปิดขาย' })).toBeNull();
  });

  it("shows the server's maker-cannot-approve clearly", async () => {
    listingOf(LISTING_IDS.pending).createdByName = 'ชื่อเดิมของผู้จัดทำ'; // the UI cannot tell it is the maker
    const { user } = await renderApp(`/lao/listings/${LISTING_IDS.pending}`, { signedInAs: mockUsers.laoOfficer });
    await user.click(await screen.findByRole('button', { name: 'อนุมัติและเปิดขาย' }));
    await user.click(within(screen.getByRole('dialog', { name: 'อนุมัติรายการขาย?' })).getByRole('button', { name: 'อนุมัติและเปิดขาย' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('ผู้จัดทำอนุมัติรายการของตนเองไม่ได้');
    expect(alert).toHaveTextContent('ต้องให้เจ้าหน้าที่อีกคนของ อปท. เดียวกันเป็นผู้อนุมัติ');
    expect(listingOf(LISTING_IDS.pending).state).toBe('PENDING_APPROVAL');
  });

  it('lets the checker approve after confirmation', async () => {
    // Drafted by the other officer: the signed-in one is the checker here
    marketDb.makers[LISTING_IDS.pending] = 'lao.bangsrimuang.checker';
    listingOf(LISTING_IDS.pending).createdByName = 'สมศรี ตรวจสอบ';
    const { user } = await renderApp(`/lao/listings/${LISTING_IDS.pending}`, { signedInAs: mockUsers.laoOfficer });
    await user.click(await screen.findByRole('button', { name: 'อนุมัติและเปิดขาย' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'อนุมัติและเปิดขาย' }));
    expect(await screen.findByText('เปิดขาย')).toBeInTheDocument();
    expect(listingOf(LISTING_IDS.pending)).toMatchObject({ state: 'OPEN', approvedByName: 'วิชัย บางศรีเมือง' });
  });

  it('submits a draft and withdraws only after confirmation', async () => {
    const { user } = await renderApp(`/lao/listings/${LISTING_IDS.draft}`, { signedInAs: mockUsers.laoOfficer });
    await user.click(await screen.findByRole('button', { name: 'ส่งขออนุมัติ' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'ส่งขออนุมัติ' }));
    await waitFor(() => expect(listingOf(LISTING_IDS.draft).state).toBe('PENDING_APPROVAL'));
    await user.click(await screen.findByRole('button', { name: 'ถอนรายการขาย' }));
    await user.click(within(screen.getByRole('dialog', { name: 'ถอนรายการขาย?' })).getByRole('button', { name: 'ยกเลิก' }));
    expect(listingOf(LISTING_IDS.draft).state).toBe('PENDING_APPROVAL');
  });
});

describe('bids on a negotiable listing', () => {
  it('accepts a bid only after confirmation, and counters with a price', async () => {
    marketDb.bids.push({ ...marketDb.bids[2]!, id: 'c0000000-0000-4000-8000-000000000009', bidder: 'ผู้ซื้อ #2', state: 'OPEN', counterPrice: null, quantity: 15, unitPrice: 275 });
    const { user } = await renderApp(`/lao/listings/${LISTING_IDS.negotiable}`, { signedInAs: { ...mockUsers.laoOfficer, laoCodes: ['8100101'] } });
    await user.click(await screen.findByRole('button', { name: 'รับข้อเสนอ' }));
    const dialog = screen.getByRole('dialog', { name: 'รับข้อเสนอนี้?' });
    expect(dialog).toHaveTextContent('ขาย 15 tCO2e ให้ ผู้ซื้อ #2 ราคา ฿275.00');
    await user.click(within(dialog).getByRole('button', { name: 'ยกเลิก' }));
    expect(marketDb.bids.at(-1)!.state).toBe('OPEN');

    await user.click(screen.getByRole('button', { name: 'เสนอราคากลับ' }));
    const price = screen.getByRole('textbox', { name: 'ราคาที่เสนอกลับให้ ผู้ซื้อ #2 (บาท)' });
    expect(price).toHaveAttribute('aria-invalid', 'true');
    await user.type(price, '285');
    await user.click(screen.getByRole('button', { name: 'เสนอราคากลับ' }));
    await user.click(within(screen.getByRole('dialog', { name: 'เสนอราคากลับ?' })).getByRole('button', { name: 'เสนอราคากลับ' }));
    expect(await screen.findByText('ส่งราคาเสนอกลับแล้ว')).toBeInTheDocument();
    expect(marketDb.bids.at(-1)).toMatchObject({ state: 'COUNTERED', counterPrice: 285 });
  });

  it('accepts a bid after confirmation', async () => {
    marketDb.bids.push({ ...marketDb.bids[2]!, id: 'c0000000-0000-4000-8000-000000000009', bidder: 'ผู้ซื้อ #2', state: 'OPEN', counterPrice: null });
    const { user } = await renderApp(`/lao/listings/${LISTING_IDS.negotiable}`, { signedInAs: mockUsers.laoOfficer });
    await user.click(await screen.findByRole('button', { name: 'รับข้อเสนอ' }));
    await user.click(within(screen.getByRole('dialog', { name: 'รับข้อเสนอนี้?' })).getByRole('button', { name: 'รับข้อเสนอ' }));
    expect(await screen.findByText('รับข้อเสนอแล้ว เกิดการซื้อขาย')).toBeInTheDocument();
    expect(marketDb.bids.at(-1)!.state).toBe('FILLED');
  });
});

describe('/lao/trades', () => {
  it('confirms a reported payment with the receipt number, then records the TGO transfer', async () => {
    const { user } = await renderApp('/lao/trades', { signedInAs: mockUsers.laoOfficer });
    expect(await screen.findAllByRole('article')).toHaveLength(3);
    await user.click(screen.getByRole('button', { name: 'ยืนยันรับเงิน' }));
    const receipt = screen.getByRole('textbox', { name: 'เลขที่ใบเสร็จรับเงินของ อปท.' });
    expect(receipt).toHaveAttribute('aria-invalid', 'true');
    await user.type(receipt, 'RC-2568-0042');
    await user.click(screen.getByRole('button', { name: 'ยืนยันรับเงิน' }));
    const dialog = screen.getByRole('dialog', { name: 'ยืนยันว่าได้รับเงินแล้ว?' });
    expect(dialog).toHaveTextContent('฿2,600.00');
    await user.click(within(dialog).getByRole('button', { name: 'ยืนยันรับเงิน' }));
    expect(await screen.findByText('ยืนยันการรับเงินแล้ว')).toBeInTheDocument();
    expect(settlementDb.trades.find((t) => t.id === TRADE_IDS.reported)).toMatchObject({ state: 'PAYMENT_CONFIRMED', receiptNo: 'RC-2568-0042' });

    const transfers = await screen.findAllByRole('textbox', { name: 'เลขอ้างอิงการโอนในระบบ อบก.' });
    await user.type(transfers[0]!, 'TGO-T-778');
    await user.click(screen.getAllByRole('button', { name: 'บันทึกการโอนใน อบก.' })[0]!);
    await user.click(within(screen.getByRole('dialog', { name: 'บันทึกการโอนเครดิต?' })).getByRole('button', { name: 'บันทึกการโอนใน อบก.' }));
    expect(await screen.findByText('บันทึกการโอนแล้ว การซื้อขายเสร็จสมบูรณ์')).toBeInTheDocument();
    expect(settlementDb.trades.filter((t) => t.state === 'SETTLED')).toHaveLength(1);
  });
});
