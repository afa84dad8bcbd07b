import { mockUsers } from '@/testing/mocks/handlers/auth';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { PROBLEM_TYPES } from '@/lib/api-problem';
import { problemResponse } from '@/testing/mocks/handlers/directory';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';
import { http } from 'msw';

describe('/laos/:code/account', () => {
  it('shows balances per vintage with totals, formatted th-TH, and the blocks', async () => {
    await renderApp('/laos/4120102/account', { signedInAs: mockUsers.laoOfficer });
    expect(await screen.findByRole('heading', { level: 1, name: 'บัญชีคาร์บอนเครดิต เทศบาลเมืองบางศรีเมือง' })).toBeInTheDocument();

    const balances = screen.getByRole('table', { name: 'ยอดคงเหลือแยกตามโครงการและปี (tCO2e)' });
    const rows = within(balances).getAllByRole('row');
    expect(within(rows[1]!).getByRole('rowheader')).toHaveTextContent('พ.ศ. 2567');
    expect(rows[1]).toHaveTextContent('1,480');
    expect(within(rows[2]!).getByRole('rowheader')).toHaveTextContent('พ.ศ. 2566');
    expect(within(balances).getByTestId('total-received')).toHaveTextContent('2,730');
    expect(within(balances).getByTestId('total-available')).toHaveTextContent('2,560');
    expect(within(balances).getByTestId('total-reservedForListings')).toHaveTextContent('100');
    expect(within(balances).getByTestId('total-sold')).toHaveTextContent('20');
    expect(within(balances).getByRole('columnheader', { name: 'กันไว้สำหรับการซื้อขาย' })).toBeInTheDocument();

    const blocks = screen.getByRole('table', { name: 'กลุ่มเลขซีเรียลที่บัญชีถืออยู่' });
    expect(within(blocks).getByRole('link', { name: 'TVER-DLA-WWB-2024-000004001-000004100' })).toHaveAttribute(
      'href',
      '/serials/TVER-DLA-WWB-2024-000004001-000004100',
    );
    expect(within(blocks).getAllByText('กันไว้สำหรับประกาศขาย').length).toBeGreaterThan(0);
  });

  it('filters and pages the journal through the URL', async () => {
    const { user, router } = await renderApp('/laos/4120102/account', { signedInAs: mockUsers.laoOfficer });
    const journal = await screen.findByRole('table', { name: 'รายการเคลื่อนไหวของบัญชี ใหม่สุดก่อน' });
    expect(within(journal).getAllByRole('row')).toHaveLength(21); // header + 20 of 25
    expect(screen.getByText('แสดง 1–20 จาก 25 รายการ')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: /ถัดไป/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?page=2'));
    await waitFor(() => expect(within(screen.getByRole('table', { name: /รายการเคลื่อนไหว/ })).getAllByRole('row')).toHaveLength(6));

    await user.selectOptions(screen.getByLabelText('ประเภทรายการ'), 'ALLOCATION');
    await user.selectOptions(screen.getByLabelText('ปีที่เกิดคาร์บอนเครดิต'), '2023');
    await user.click(screen.getByRole('button', { name: 'กรอง' }));
    await waitFor(() => expect(router.state.location.search).toBe('?reason=ALLOCATION&vintage=2023'));
    await waitFor(() => expect(within(screen.getByRole('table', { name: /รายการเคลื่อนไหว/ })).getAllByRole('row')).toHaveLength(2));
    const row = within(screen.getByRole('table', { name: /รายการเคลื่อนไหว/ })).getAllByRole('row')[1]!;
    expect(row).toHaveTextContent('จัดสรรให้ อปท.');
    expect(row).toHaveTextContent('+1,250');
    expect(row).toHaveTextContent('บัญชีรอจัดสรร');
    expect(row).toHaveTextContent('TGO-TVER-2024-0117');

    await user.type(screen.getByLabelText('ตั้งแต่วันที่'), '2025-01-01');
    await user.click(screen.getByRole('button', { name: 'กรอง' }));
    expect(await screen.findByText('ไม่มีรายการที่ตรงกับตัวกรอง')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'ล้างตัวกรอง' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
  });

  it('asks to sign in when the API answers 401', async () => {
    server.use(http.get('/api/v1/laos/:code/account', () => problemResponse(401, PROBLEM_TYPES.unauthorized, 'Unauthorized')));
    await renderApp('/laos/4120102/account', { signedInAs: mockUsers.laoOfficer });
    const state = await screen.findByTestId('sign-in-required');
    expect(within(state).getByRole('heading', { name: 'ต้องเข้าสู่ระบบก่อน' })).toBeInTheDocument();
  });

  it('says "not allowed" on 403', async () => {
    server.use(http.get('/api/v1/laos/:code/account', () => problemResponse(403, PROBLEM_TYPES.forbidden, 'Forbidden')));
    await renderApp('/laos/4120102/account', { signedInAs: mockUsers.laoOfficer });
    expect(await screen.findByRole('heading', { name: 'ไม่มีสิทธิ์เข้าถึง' })).toBeInTheDocument();
  });

  it('shows an empty account', async () => {
    await renderApp('/laos/5810401/account', { signedInAs: mockUsers.laoOfficer });
    expect(await screen.findByRole('heading', { name: 'ยังไม่มีคาร์บอนเครดิตในบัญชี' })).toBeInTheDocument();
    expect(screen.getByText('ยังไม่มีรายการในสมุดรายวัน')).toBeInTheDocument();
  });
});

describe('/laos/:code credit summary', () => {
  it('adds the public credit summary with the estimate arithmetic to the LAO profile', async () => {
    await renderApp('/laos/4120102');
    const card = await screen.findByRole('region', { name: 'คาร์บอนเครดิตของ อปท.' });
    expect(await within(card).findByTestId('summary-received')).toHaveTextContent('2,730');
    expect(within(card).getByTestId('summary-available')).toHaveTextContent('2,560');
    expect(within(card).getByText(/พ.ศ. 2566 ได้รับ 1,250 tCO2e/)).toBeInTheDocument();
    expect(within(card).getByTestId('estimate-arithmetic')).toHaveTextContent(
      '1,250 ครัวเรือน × 0.0452 tCO2e ต่อครัวเรือนต่อปี = 56.5000 tCO2e ต่อปี (ปัดลงเป็น 56 เครดิต)',
    );
    expect(within(card).getByText(/DLA, October 2022/)).toBeInTheDocument();
  });

  it('says when an LAO has no credits yet', async () => {
    await renderApp('/laos/5810401');
    const card = await screen.findByRole('region', { name: 'คาร์บอนเครดิตของ อปท.' });
    expect(await within(card).findByText('อปท. นี้ยังไม่ได้รับการจัดสรรคาร์บอนเครดิต')).toBeInTheDocument();
  });
});
