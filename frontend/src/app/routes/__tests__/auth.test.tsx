import { screen, waitFor, within } from '@testing-library/react';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';

import { getAccessToken } from '@/lib/session-token';
import { MOCK_PASSWORD, mockUsers, signInAs } from '@/testing/mocks/handlers/auth';
import { server } from '@/testing/mocks/server';
import { renderApp } from '@/testing/test-utils';

const mainNav = () => screen.getByRole('navigation', { name: 'เมนูหลัก' });

describe('/sign-in', () => {
  it('signs in with username and password, keeps the token in memory only, and returns to `next`', async () => {
    const { user, router } = await renderApp('/sign-in?next=%2Fadmin%2Fbuyers');
    await user.type(await screen.findByLabelText('ชื่อผู้ใช้'), 'dla.admin');
    await user.type(screen.getByLabelText('รหัสผ่าน'), MOCK_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'เข้าสู่ระบบ' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/admin/buyers'));
    expect(await screen.findByRole('heading', { level: 1, name: 'ตรวจสอบผู้ซื้อ' })).toBeInTheDocument();
    expect(within(screen.getByRole('banner')).getByText('ผู้ดูแลระบบ สถ.')).toBeInTheDocument();
    expect(within(mainNav()).getByRole('link', { name: 'การดูแลระบบ' })).toHaveAttribute('href', '/admin');
    expect(getAccessToken()).toBe('test-token.dla.admin');
    expect(JSON.stringify({ ...localStorage })).not.toContain('test-token');
    expect(JSON.stringify({ ...sessionStorage })).not.toContain('test-token');
  });

  it('shows the problem of a failed sign-in next to the form', async () => {
    const { user, router } = await renderApp('/sign-in');
    await user.type(await screen.findByLabelText('ชื่อผู้ใช้'), 'dla.admin');
    await user.type(screen.getByLabelText('รหัสผ่าน'), 'wrong password');
    await user.click(screen.getByRole('button', { name: 'เข้าสู่ระบบ' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('เข้าสู่ระบบไม่สำเร็จ');
    expect(alert).toHaveTextContent('ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง');
    expect(screen.getByLabelText('ชื่อผู้ใช้')).toHaveAttribute('aria-invalid', 'true');
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(getAccessToken()).toBeNull();
  });

  it('says when sign-in is throttled', async () => {
    server.use(
      http.post('/api/v1/auth/login', () =>
        HttpResponse.json(
          { type: 'https://carbon.dla.go.th/problems/too-many-attempts', title: 'Too many attempts', status: 429 },
          { status: 429, headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '900' } },
        ),
      ),
    );
    const { user } = await renderApp('/sign-in', { language: 'en' });
    await user.type(await screen.findByLabelText('Username'), 'dla.admin');
    await user.type(screen.getByLabelText('Password'), 'whatever');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many requests');
  });

  it('checks the fields before sending and moves focus to the first error', async () => {
    let sent = false;
    server.events.on('request:start', ({ request }) => {
      if (request.url.endsWith('/auth/login')) sent = true;
    });
    const { user } = await renderApp('/sign-in');
    await user.click(await screen.findByRole('button', { name: 'เข้าสู่ระบบ' }));
    const username = screen.getByLabelText('ชื่อผู้ใช้');
    expect(username).toHaveAttribute('aria-invalid', 'true');
    expect(username).toHaveAccessibleDescription(/กรุณากรอกข้อมูลนี้/);
    await waitFor(() => expect(username).toHaveFocus());
    expect(sent).toBe(false);
    server.events.removeAllListeners();
  });

  it('offers each configured OpenID Connect provider as a link to its loginUrl', async () => {
    const { user } = await renderApp('/sign-in?next=%2Fmy%2Forganisation');
    const provider = await screen.findByRole('link', { name: 'เข้าสู่ระบบด้วย DLA Keycloak' });
    expect(provider).toHaveAttribute('href', '/oauth2/authorization/keycloak');
    provider.addEventListener('click', (event) => event.preventDefault()); // jsdom cannot leave the page
    await user.click(provider);
    expect(sessionStorage.getItem('carbon-market.auth.next')).toBe('/my/organisation');
  });

  it('never redirects outside the app after signing in', async () => {
    const { user, router } = await renderApp('/sign-in?next=%2F%2Fevil.example%2F');
    await user.type(await screen.findByLabelText('ชื่อผู้ใช้'), 'dla.admin');
    await user.type(screen.getByLabelText('รหัสผ่าน'), MOCK_PASSWORD);
    await user.click(screen.getByRole('button', { name: 'เข้าสู่ระบบ' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
  });
});

describe('/auth/callback', () => {
  it('exchanges the refresh cookie for a token and returns the person to where they were', async () => {
    signInAs(mockUsers.laoOfficer); // the backend set the cookie after the provider's redirect
    sessionStorage.setItem('carbon-market.auth.next', '/lao/officers');
    const { router } = await renderApp('/auth/callback');
    await waitFor(() => expect(router.state.location.pathname).toBe('/lao/officers'));
    expect(await screen.findByRole('heading', { level: 1, name: 'เทศบาลเมืองบางศรีเมือง' })).toBeInTheDocument();
    expect(sessionStorage.getItem('carbon-market.auth.next')).toBeNull();
  });

  it('shows the error the provider flow ended with', async () => {
    await renderApp('/auth/callback?error=access_denied');
    expect(await screen.findByRole('heading', { level: 1, name: 'เข้าสู่ระบบไม่สำเร็จ' })).toBeInTheDocument();
    expect(screen.getByText('access_denied')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'ลองเข้าสู่ระบบอีกครั้ง' })).toHaveAttribute('href', '/sign-in');
  });

  it('explains when there is no session to pick up', async () => {
    await renderApp('/auth/callback');
    expect(await screen.findByRole('heading', { level: 1, name: 'เข้าสู่ระบบไม่สำเร็จ' })).toBeInTheDocument();
  });
});

describe('session and route guard', () => {
  it('sends anonymous people to sign-in with the page to come back to', async () => {
    const { router } = await renderApp('/admin/buyers?status=PENDING');
    await waitFor(() => expect(router.state.location.pathname).toBe('/sign-in'));
    expect(new URLSearchParams(router.state.location.search).get('next')).toBe('/admin/buyers?status=PENDING');
    expect(await screen.findByRole('heading', { level: 1, name: 'เข้าสู่ระบบ' })).toBeInTheDocument();
  });

  it('shows a clear "not allowed" page for the wrong role', async () => {
    await renderApp('/admin/users', { signedInAs: mockUsers.buyer });
    expect(await screen.findByRole('heading', { level: 1, name: 'คุณไม่มีสิทธิ์เข้าถึงหน้านี้' })).toBeInTheDocument();
    expect(screen.getByText('ผู้ดูแลระบบ สถ.')).toBeInTheDocument(); // needed
    expect(screen.getAllByText('ผู้ซื้อ').length).toBeGreaterThan(0); // theirs
  });

  it('restores the session silently on page load (refresh cookie), and shows role links', async () => {
    await renderApp('/', { signedInAs: mockUsers.provinceOfficer });
    expect(await within(mainNav()).findByRole('link', { name: 'อนุมัติเจ้าหน้าที่' })).toHaveAttribute(
      'href',
      '/province/officer-approvals',
    );
    expect(within(mainNav()).queryByRole('link', { name: 'การดูแลระบบ' })).toBeNull();
    expect(within(mainNav()).queryByRole('link', { name: 'องค์กรของฉัน' })).toBeNull();
    expect(screen.getByRole('button', { name: 'ออกจากระบบ' })).toBeInTheDocument();
  });

  it('gives anonymous people the public links and a sign-in link', async () => {
    await renderApp('/provinces');
    expect(await screen.findByRole('link', { name: 'เข้าสู่ระบบ' })).toHaveAttribute('href', '/sign-in?next=%2Fprovinces');
    expect(within(mainNav()).getAllByRole('link')).toHaveLength(6); // home, dashboard, provinces, LAOs, serial lookup, market
  });

  it('gives a buyer the link to their organisation', async () => {
    await renderApp('/', { signedInAs: mockUsers.buyer });
    expect(await within(mainNav()).findByRole('link', { name: 'องค์กรของฉัน' })).toHaveAttribute('href', '/my/organisation');
    expect(within(mainNav()).getAllByRole('link')).toHaveLength(10); // the public six, my organisation, bids, trades, credits
  });

  it('signs out: revokes on the server, forgets the token and goes home', async () => {
    let loggedOut = false;
    server.events.on('request:start', ({ request }) => {
      if (request.url.endsWith('/auth/logout')) loggedOut = true;
    });
    const { user, router } = await renderApp('/admin/users', { signedInAs: mockUsers.admin });
    await screen.findByRole('heading', { level: 1, name: 'ผู้ใช้และบทบาท' });
    await user.click(screen.getByRole('button', { name: 'ออกจากระบบ' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(loggedOut).toBe(true);
    expect(getAccessToken()).toBeNull();
    expect(await screen.findByRole('link', { name: 'เข้าสู่ระบบ' })).toBeInTheDocument();
    expect(within(mainNav()).queryByRole('link', { name: 'การดูแลระบบ' })).toBeNull();
    server.events.removeAllListeners();
  });
});
