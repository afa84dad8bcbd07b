import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { MockEventSource } from '@/testing/mock-event-source';
import { mockUsers } from '@/testing/mocks/handlers/auth';
import { buyerDb } from '@/testing/mocks/handlers/buyers';
import { LISTING_IDS, marketDb } from '@/testing/mocks/handlers/market';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

const results = () => screen.getByRole('region', { name: 'รายการขาย' });

describe('/market', () => {
  it('keeps filters and sort in the URL and sends them to the API', async () => {
    const queries: string[] = [];
    server.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/v1/listings') queries.push(url.search);
    });
    const { user, router } = await renderApp('/market');
    expect(await within(results()).findAllByRole('article')).toHaveLength(3);
    expect(within(results()).getByRole('link', { name: '100 tCO2e จาก เทศบาลเมืองกระบี่' })).toHaveAttribute(
      'href',
      `/market/listings/${LISTING_IDS.negotiable}`,
    );
    // Vintages are shown in the Buddhist Era, sent in CE
    expect(within(results()).getAllByText('พ.ศ. 2567').length).toBeGreaterThan(0);

    await user.selectOptions(screen.getByRole('combobox', { name: 'รูปแบบการขาย' }), 'AUCTION');
    await waitFor(() => expect(router.state.location.search).toBe('?mode=AUCTION'));
    await waitFor(() => expect(within(results()).getAllByRole('article')).toHaveLength(1));
    expect(within(results()).getByText('ประมูล')).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'รูปแบบการขาย' }), '');
    await waitFor(() => expect(router.state.location.search).toBe(''));
    await waitFor(() => expect(within(results()).getAllByRole('article')).toHaveLength(3));
    await user.selectOptions(screen.getByRole('combobox', { name: 'ปีที่เกิดเครดิต' }), 'พ.ศ. 2566');
    await waitFor(() => expect(router.state.location.search).toBe('?vintage=2023'));
    await waitFor(() => expect(within(results()).getAllByRole('article')).toHaveLength(1));
    await user.type(screen.getByRole('textbox', { name: 'ราคาสูงสุด' }), '250');
    await user.selectOptions(screen.getByRole('combobox', { name: 'เรียงตาม' }), 'price_asc');
    await waitFor(() => expect(router.state.location.search).toBe('?vintage=2023&maxPrice=250&sort=price_asc'));
    expect(await screen.findByText('ไม่พบรายการขายที่ตรงกับเงื่อนไข')).toBeInTheDocument();
    expect(queries.at(-1)).toBe(`?${new URLSearchParams({ vintage: '2023', maxPrice: '250', sort: 'price_asc', page: '0', size: '12' })}`);
  });

  it('reads its filters from the URL', async () => {
    await renderApp('/market?province=81');
    expect(await within(results()).findAllByRole('article')).toHaveLength(1);
    expect(screen.getByRole('combobox', { name: 'จังหวัด' })).toHaveValue('81');
  });
});

describe('/market/listings/:id', () => {
  it('shows the listing and its bids, and applies live updates from the stream', async () => {
    await renderApp(`/market/listings/${LISTING_IDS.fixed}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'คาร์บอนเครดิตจาก เทศบาลเมืองบางศรีเมือง' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'เทศบาลเมืองบางศรีเมือง' })).toHaveAttribute('href', '/laos/4120102');
    expect(screen.getByText('คงเหลือ 80 จาก 100 tCO2e')).toBeInTheDocument();
    const bids = await screen.findByRole('table');
    expect(within(bids).getAllByRole('row')).toHaveLength(3);

    const stream = await waitFor(() => {
      const source = MockEventSource.latest(`/api/v1/listings/${LISTING_IDS.fixed}/stream`);
      expect(source).toBeDefined();
      return source!;
    });
    act(() => stream.open());
    expect(screen.getByText('สด')).toBeInTheDocument();
    // The server replays earlier events on connect: a bid already on the page is not announced as news
    const earlier = marketDb.bids[0]!;
    act(() => stream.emit('bid', { bidId: earlier.id, bidder: earlier.bidder, quantity: 10, unitPrice: 260, state: 'FILLED', filledQuantity: 10 }, 1));
    expect(document.querySelector('.live__update')).toHaveTextContent('');

    act(() => {
      stream.emit('bid', { bidId: 'e1', bidder: 'ผู้ซื้อ #7', quantity: 15, unitPrice: 260, state: 'FILLED', filledQuantity: 15 }, 5);
      stream.emit('listing', { listingId: LISTING_IDS.fixed, state: 'OPEN', remaining: 65, bestPrice: null, bidCount: 3, endsAt: null }, 6);
    });
    expect(await screen.findByText('คงเหลือ 65 จาก 100 tCO2e')).toBeInTheDocument();
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(4);
    expect(within(screen.getByRole('table')).getByText('ผู้ซื้อ #7')).toBeInTheDocument();
    expect(screen.getByRole('status', { name: '' })).toBeDefined();
    const live = document.querySelector('[aria-live="polite"].live__update');
    expect(live).toHaveTextContent('เสนอราคาใหม่: ผู้ซื้อ #7 15 tCO2e ราคา ฿260.00');

    // A replayed event (same number after a reconnect) is not applied twice
    act(() => {
      stream.fail();
      stream.open();
      stream.emit('bid', { bidId: 'e1', bidder: 'ผู้ซื้อ #7', quantity: 15, unitPrice: 260, state: 'FILLED', filledQuantity: 15 }, 5);
    });
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(4);
  });

  it('keeps an open listing open (and live) when the stream replays its history from submission', async () => {
    await renderApp(`/market/listings/${LISTING_IDS.fixed}`);
    await screen.findByRole('heading', { level: 1 });
    const stream = await waitFor(() => {
      const source = MockEventSource.latest(`/api/v1/listings/${LISTING_IDS.fixed}/stream`);
      expect(source).toBeDefined();
      return source!;
    });
    act(() => stream.open());
    // a first connection starts at event 1: the listing was pending approval before it opened
    act(() => stream.emit('listing', { listingId: LISTING_IDS.fixed, state: 'PENDING_APPROVAL', remaining: 100, bestPrice: null, bidCount: 0, endsAt: null }, 1));
    expect(screen.getAllByText('เปิดขาย').length).toBeGreaterThan(0);
    expect(screen.queryByText('รออนุมัติ')).toBeNull();
    expect(screen.getByText('สด')).toBeInTheDocument();
    expect(stream.readyState).not.toBe(2);
  });

  it('asks anonymous visitors to sign in to bid', async () => {
    await renderApp(`/market/listings/${LISTING_IDS.fixed}`);
    expect(await screen.findByRole('link', { name: 'เข้าสู่ระบบเพื่อเสนอซื้อ' })).toHaveAttribute(
      'href',
      `/sign-in?next=${encodeURIComponent(`/market/listings/${LISTING_IDS.fixed}`)}`,
    );
  });

  it('shows a countdown for an auction', async () => {
    await renderApp(`/market/listings/${LISTING_IDS.auction}`);
    expect(await screen.findByText('ราคาเสนอสูงสุด')).toBeInTheDocument();
    expect(screen.getAllByText(/วัน \d\d:\d\d:\d\d ชม\./).length).toBeGreaterThan(0);
  });

  it('shows a clear not-found for an unknown listing', async () => {
    await renderApp('/market/listings/a0000000-0000-4000-8000-00000000ffff');
    expect(await screen.findByText('ไม่พบข้อมูล')).toBeInTheDocument();
  });
});

describe('bid form', () => {
  const url = `/market/listings/${LISTING_IDS.negotiable}`;

  it('validates, confirms, and sends one Idempotency-Key per attempt (the same key on retry)', async () => {
    const { user } = await renderApp(url, { signedInAs: mockUsers.buyer });
    const quantity = await screen.findByRole('textbox', { name: 'จำนวน (tCO2e)' });
    const price = screen.getByRole('textbox', { name: 'ราคาต่อ tCO2e (บาท)' });
    await user.clear(quantity);
    await user.type(quantity, '2.5');
    await user.type(price, 'abc');
    await user.click(screen.getByRole('button', { name: 'ตรวจสอบและเสนอซื้อ' }));
    expect(quantity).toHaveAttribute('aria-invalid', 'true');
    expect(quantity).toHaveAccessibleDescription(expect.stringContaining('ต้องเป็นจำนวนเต็ม'));
    expect(price).toHaveAccessibleDescription(expect.stringContaining('จำนวนเงินไม่ถูกต้อง'));
    await waitFor(() => expect(quantity).toHaveFocus());
    expect(marketDb.bidKeys).toHaveLength(0);

    await user.clear(quantity);
    await user.type(quantity, '10');
    await user.clear(price);
    await user.type(price, '285.50');
    await user.click(screen.getByRole('button', { name: 'ตรวจสอบและเสนอซื้อ' }));
    const dialog = screen.getByRole('dialog', { name: 'ยืนยันการเสนอซื้อ?' });
    expect(dialog).toHaveTextContent('รวม ฿2,855.00');

    marketDb.nextBidFailure = 'network';
    await user.click(within(dialog).getByRole('button', { name: 'ยืนยันเสนอซื้อ' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('เชื่อมต่อเซิร์ฟเวอร์ไม่ได้');
    await user.click(within(dialog).getByRole('button', { name: 'ส่งอีกครั้ง' }));
    expect(await screen.findByText('ส่งการเสนอซื้อแล้ว ติดตามผลได้ที่ “การเสนอซื้อของฉัน”')).toBeInTheDocument();
    expect(marketDb.bidKeys).toHaveLength(2);
    expect(marketDb.bidKeys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(marketDb.bidKeys[1]).toBe(marketDb.bidKeys[0]);

    // A new attempt gets a new key
    await user.click(screen.getByRole('button', { name: 'ตรวจสอบและเสนอซื้อ' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'ยืนยันเสนอซื้อ' }));
    await waitFor(() => expect(marketDb.bidKeys).toHaveLength(3));
    expect(marketDb.bidKeys[2]).not.toBe(marketDb.bidKeys[0]);
  });

  it('shows a server problem next to its field', async () => {
    const { user } = await renderApp(url, { signedInAs: mockUsers.buyer });
    await user.type(await screen.findByRole('textbox', { name: 'ราคาต่อ tCO2e (บาท)' }), '100');
    await user.click(screen.getByRole('button', { name: 'ตรวจสอบและเสนอซื้อ' }));
    marketDb.nextBidFailure = 'price-field';
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'ยืนยันเสนอซื้อ' }));
    const price = screen.getByRole('textbox', { name: 'ราคาต่อ tCO2e (บาท)' });
    await waitFor(() => expect(price).toHaveAttribute('aria-invalid', 'true'));
    expect(price).toHaveAccessibleDescription(expect.stringContaining('must be at least 260.00'));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('tells a buyer whose organisation is not verified why they cannot bid', async () => {
    const { user } = await renderApp(url, { signedInAs: mockUsers.buyer });
    await user.type(await screen.findByRole('textbox', { name: 'ราคาต่อ tCO2e (บาท)' }), '280');
    await user.click(screen.getByRole('button', { name: 'ตรวจสอบและเสนอซื้อ' }));
    marketDb.nextBidFailure = 'not-verified';
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'ยืนยันเสนอซื้อ' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('องค์กรของคุณยังไม่ผ่านการตรวจสอบ');
    expect(within(alert).getByRole('link', { name: 'ดูสถานะองค์กรของฉัน' })).toHaveAttribute('href', '/my/organisation');
  });

  it('tells a buyer of a pending organisation why they cannot bid, before they try', async () => {
    buyerDb.organisations[1]!.status = 'PENDING';
    await renderApp(url, { signedInAs: mockUsers.buyer });
    expect(await screen.findByText('องค์กรของคุณยังไม่ผ่านการตรวจสอบ')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'ดูสถานะองค์กรของฉัน' })).toHaveAttribute('href', '/my/organisation');
    expect(screen.queryByRole('button', { name: 'ตรวจสอบและเสนอซื้อ' })).toBeNull();
  });
});
