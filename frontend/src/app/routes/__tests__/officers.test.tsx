import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { mockUsers } from '@/testing/mocks/handlers/auth';
import { officerDb } from '@/testing/mocks/handlers/officers';
import { renderApp } from '@/testing/test-utils';

const queue = () => screen.getByRole('region', { name: 'รายการเสนอแต่งตั้ง' });

describe('/province/officer-approvals', () => {
  it("lists the province's pending appointments and approves one after confirmation", async () => {
    const { user } = await renderApp('/province/officer-approvals', { signedInAs: mockUsers.provinceOfficer });
    expect(await screen.findByRole('heading', { level: 1, name: 'จังหวัดนนทบุรี' })).toBeInTheDocument();
    const card = await within(queue()).findByRole('listitem', { name: 'นางสาวมาลี รักษ์โลก' });
    expect(card).toHaveTextContent('เทศบาลเมืองบางศรีเมือง');
    expect(card).toHaveTextContent('malee@bangsrimuang.go.th');
    expect(within(queue()).getAllByRole('listitem')).toHaveLength(1); // only pending ones

    await user.click(within(card).getByRole('button', { name: 'อนุมัติ นางสาวมาลี รักษ์โลก' }));
    const dialog = screen.getByRole('dialog', { name: 'อนุมัติเจ้าหน้าที่?' });
    expect(dialog).toHaveTextContent('นางสาวมาลี รักษ์โลก จะได้รับสิทธิ์เจ้าหน้าที่ของ เทศบาลเมืองบางศรีเมือง');
    await user.click(within(dialog).getByRole('button', { name: 'อนุมัติ' }));

    expect(await screen.findByText('อนุมัติ นางสาวมาลี รักษ์โลก แล้ว')).toBeInTheDocument();
    expect(officerDb.appointments[0]).toMatchObject({ status: 'APPROVED', decidedBy: 'สุภาพร จังหวัดนนท์' });
    expect(await screen.findByText('ไม่มีรายการรออนุมัติ')).toBeInTheDocument();
  });

  it('rejects with a reason, and shows decided appointments on request', async () => {
    const { user } = await renderApp('/province/officer-approvals', { signedInAs: mockUsers.provinceOfficer });
    await screen.findByRole('region', { name: 'รายการเสนอแต่งตั้ง' });
    const card = await within(queue()).findByRole('listitem', { name: 'นางสาวมาลี รักษ์โลก' });
    await user.click(within(card).getByRole('button', { name: 'ไม่อนุมัติ นางสาวมาลี รักษ์โลก' }));
    const dialog = screen.getByRole('dialog', { name: 'ไม่อนุมัติเจ้าหน้าที่?' });
    await user.click(within(dialog).getByRole('button', { name: 'ไม่อนุมัติ' }));
    expect(within(dialog).getByRole('textbox', { name: 'เหตุผล' })).toHaveAttribute('aria-invalid', 'true');
    await user.type(within(dialog).getByRole('textbox', { name: 'เหตุผล' }), 'ไม่ใช่เจ้าหน้าที่ของ อปท.');
    await user.click(within(dialog).getByRole('button', { name: 'ไม่อนุมัติ' }));
    expect(await screen.findByText('ไม่อนุมัติ นางสาวมาลี รักษ์โลก แล้ว')).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'แสดง' }), '');
    const rejected = await within(queue()).findByRole('listitem', { name: 'นางสาวมาลี รักษ์โลก' });
    expect(rejected).toHaveTextContent('ไม่ใช่เจ้าหน้าที่ของ อปท.');
    expect(within(queue()).getAllByRole('listitem')).toHaveLength(2);
  });

  it('offers the roster as a CSV download', async () => {
    const { user } = await renderApp('/province/officer-approvals', { signedInAs: mockUsers.provinceOfficer });
    const download = await screen.findByRole('button', { name: 'ดาวน์โหลดบัญชีรายชื่อ (CSV)' });
    await user.click(download);
    await waitFor(() => expect(download).toBeEnabled());
    expect(screen.queryByText('ดาวน์โหลดบัญชีรายชื่อไม่สำเร็จ')).toBeNull();
  });

  it('is not for LAO officers', async () => {
    await renderApp('/province/officer-approvals', { signedInAs: mockUsers.laoOfficer });
    expect(await screen.findByRole('heading', { level: 1, name: 'คุณไม่มีสิทธิ์เข้าถึงหน้านี้' })).toBeInTheDocument();
  });
});

describe('/lao/officers', () => {
  it("proposes a new officer for the officer's LAO and lists the LAO's appointments", async () => {
    const { user } = await renderApp('/lao/officers', { signedInAs: mockUsers.laoOfficer });
    expect(await screen.findByRole('heading', { level: 1, name: 'เทศบาลเมืองบางศรีเมือง' })).toBeInTheDocument();
    const list = screen.getByRole('region', { name: 'รายชื่อที่เสนอและแต่งตั้ง' });
    await within(list).findByRole('listitem', { name: 'นายวิชัย บางศรีเมือง' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'เสนอชื่อ' }));
    const fullName = screen.getByLabelText('ชื่อ-สกุล');
    expect(fullName).toHaveAccessibleDescription('กรุณากรอกข้อมูลนี้');
    await waitFor(() => expect(fullName).toHaveFocus());

    await user.paste('นายสมศักดิ์ ใจดี');
    await user.click(screen.getByLabelText('ตำแหน่ง'));
    await user.paste('นักวิชาการสุขาภิบาล');
    await user.click(screen.getByLabelText('โทรศัพท์'));
    await user.paste('02 447 0599');
    await user.click(screen.getByLabelText('อีเมล'));
    await user.paste('somsak@bangsrimuang.go.th');
    await user.click(screen.getByRole('button', { name: 'เสนอชื่อ' }));

    expect(await screen.findByText('เสนอชื่อ นายสมศักดิ์ ใจดี แล้ว รอเจ้าหน้าที่จังหวัดอนุมัติ')).toBeInTheDocument();
    const proposed = await within(list).findByRole('listitem', { name: 'นายสมศักดิ์ ใจดี' });
    expect(proposed).toHaveTextContent('รออนุมัติ');
    expect(screen.getByLabelText('ชื่อ-สกุล')).toHaveValue('');
  });
});
