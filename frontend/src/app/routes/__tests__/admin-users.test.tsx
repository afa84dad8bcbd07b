import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { mockUsers } from '@/testing/mocks/handlers/auth';
import { userDb } from '@/testing/mocks/handlers/admin-users';
import { renderApp } from '@/testing/test-utils';

const results = () => screen.getByRole('region', { name: 'รายชื่อผู้ใช้' });
const card = async (name: string) =>
  within(await screen.findByRole('region', { name: 'รายชื่อผู้ใช้' })).findByRole('listitem', { name });

describe('/admin/users', () => {
  it('searches users and shows their grants', async () => {
    const { user, router } = await renderApp('/admin/users', { signedInAs: mockUsers.admin });
    expect(await card('วิชัย บางศรีเมือง')).toHaveTextContent('เจ้าหน้าที่ อปท. · 4120102');
    await user.click(screen.getByRole('searchbox', { name: 'ชื่อ ชื่อผู้ใช้ หรืออีเมล' }));
    await user.paste('province');
    await user.click(screen.getByRole('button', { name: 'ค้นหา' }));
    await waitFor(() => expect(router.state.location.search).toBe('?q=province'));
    await waitFor(() => expect(within(results()).getAllByRole('listitem', { name: /./ })).toHaveLength(1));
    expect(await card('สุภาพร จังหวัดนนท์')).toHaveTextContent('เจ้าหน้าที่จังหวัด · 12');
  });

  it('adds a role with the tenant that role needs', async () => {
    const { user } = await renderApp('/admin/users', { signedInAs: mockUsers.admin });
    const person = await card('คนใหม่ ยังไม่มีบทบาท');
    expect(person).toHaveTextContent('ยังไม่มีบทบาท');
    const form = within(person).getByRole('form', { name: 'เพิ่มบทบาทให้ คนใหม่ ยังไม่มีบทบาท' });

    await user.selectOptions(within(form).getByRole('combobox', { name: 'บทบาท' }), 'LAO_OFFICER');
    const tenant = within(form).getByRole('textbox', { name: 'รหัส อปท.' });
    await user.type(tenant, '41201');
    await user.click(within(form).getByRole('button', { name: 'เพิ่มบทบาท' }));
    expect(tenant).toHaveAccessibleDescription('รหัส อปท. ต้องเป็นตัวเลข 7 หลัก');
    await waitFor(() => expect(tenant).toHaveFocus());

    await user.type(tenant, '02');
    await user.click(within(form).getByRole('button', { name: 'เพิ่มบทบาท' }));
    expect(await screen.findByText('เพิ่มบทบาท เจ้าหน้าที่ อปท. ให้ คนใหม่ ยังไม่มีบทบาท แล้ว')).toBeInTheDocument();
    expect(await card('คนใหม่ ยังไม่มีบทบาท')).toHaveTextContent('เจ้าหน้าที่ อปท. · 4120102');
    expect(userDb.users.find((u) => u.username === 'new.person')!.grants).toEqual([{ role: 'LAO_OFFICER', tenant: '4120102' }]);
  });

  it('shows a server error about the tenant next to the tenant', async () => {
    const { user } = await renderApp('/admin/users', { signedInAs: mockUsers.admin });
    const form = within(await card('คนใหม่ ยังไม่มีบทบาท')).getByRole('form');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'บทบาท' }), 'LAO_OFFICER');
    await user.type(within(form).getByRole('textbox', { name: 'รหัส อปท.' }), '9999999');
    await user.click(within(form).getByRole('button', { name: 'เพิ่มบทบาท' }));
    await waitFor(() =>
      expect(within(form).getByRole('textbox', { name: 'รหัส อปท.' })).toHaveAccessibleDescription('no LAO with this code'),
    );
  });

  it('grants DLA admin without a tenant', async () => {
    const { user } = await renderApp('/admin/users', { signedInAs: mockUsers.admin });
    const form = within(await card('คนใหม่ ยังไม่มีบทบาท')).getByRole('form');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'บทบาท' }), 'DLA_ADMIN');
    expect(within(form).queryByRole('textbox')).toBeNull();
    await user.click(within(form).getByRole('button', { name: 'เพิ่มบทบาท' }));
    expect(await card('คนใหม่ ยังไม่มีบทบาท')).toHaveTextContent('ผู้ดูแลระบบ สถ.');
    await waitFor(() =>
      expect(userDb.users.find((u) => u.username === 'new.person')!.grants).toEqual([{ role: 'DLA_ADMIN', tenant: null }]),
    );
  });

  it('removes a role after confirmation', async () => {
    const { user } = await renderApp('/admin/users', { signedInAs: mockUsers.admin });
    const person = await card('สุภาพร จังหวัดนนท์');
    await user.click(within(person).getByRole('button', { name: 'ถอนบทบาท เจ้าหน้าที่จังหวัด · 12 ของ สุภาพร จังหวัดนนท์' }));
    const dialog = screen.getByRole('dialog', { name: 'ถอนบทบาท?' });
    expect(dialog).toHaveTextContent('สุภาพร จังหวัดนนท์ จะไม่มีบทบาท เจ้าหน้าที่จังหวัด · 12 อีกต่อไป');
    await user.click(within(dialog).getByRole('button', { name: 'ถอนบทบาท' }));

    expect(await screen.findByText('ถอนบทบาท เจ้าหน้าที่จังหวัด · 12 ของ สุภาพร จังหวัดนนท์ แล้ว')).toBeInTheDocument();
    await waitFor(async () => expect(await card('สุภาพร จังหวัดนนท์')).toHaveTextContent('ยังไม่มีบทบาท'));
    expect(userDb.users.find((u) => u.username === 'province.nonthaburi')!.grants).toEqual([]);
  });
});
