import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { mockUsers } from '@/testing/mocks/handlers/auth';
import { notificationDb } from '@/testing/mocks/handlers/notifications';
import { renderApp } from '@/testing/test-utils';

describe('/notifications', () => {
  it('shows the unread count in the header, filters unread, and marks one and all read', async () => {
    const { user, router } = await renderApp('/notifications', { signedInAs: mockUsers.buyer });
    const bell = await screen.findByRole('link', { name: 'การแจ้งเตือน 2 รายการที่ยังไม่อ่าน' });
    expect(bell).toHaveAttribute('href', '/notifications');
    expect(await screen.findByRole('link', { name: 'อปท. เสนอราคากลับ ฿290.00' })).toHaveAttribute('href', '/my/bids');
    expect(screen.getAllByRole('listitem').filter((li) => li.classList.contains('notification'))).toHaveLength(3);

    await user.click(screen.getByRole('link', { name: 'ยังไม่อ่าน' }));
    await waitFor(() => expect(router.state.location.search).toBe('?unread=true'));
    await waitFor(() => expect(screen.queryByText('ออกใบรับรองการชดเชยแล้ว')).toBeNull());

    await user.click(screen.getByRole('button', { name: 'ทำเครื่องหมายว่าอ่านแล้ว: อปท. เสนอราคากลับ ฿290.00' }));
    await waitFor(() => expect(screen.queryByText('อปท. เสนอราคากลับ ฿290.00')).toBeNull());
    expect(notificationDb.items[0]!.read).toBe(true);
    expect(await screen.findByRole('link', { name: 'การแจ้งเตือน 1 รายการที่ยังไม่อ่าน' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'อ่านแล้วทั้งหมด' }));
    expect(await screen.findByText('อ่านครบทุกรายการแล้ว')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'การแจ้งเตือน' })).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByRole('status')).toHaveTextContent('ทำเครื่องหมายว่าอ่านแล้วทั้งหมด');
  });

  it('shows no bell to anonymous visitors', async () => {
    await renderApp('/market');
    await screen.findByRole('region', { name: 'รายการขาย' });
    expect(screen.queryByRole('link', { name: /^การแจ้งเตือน/ })).toBeNull();
  });
});
