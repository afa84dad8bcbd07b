import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { renderApp } from '@/testing/test-utils';

describe('unknown paths', () => {
  it('show a 404 page inside the layout', async () => {
    const { user, router } = await renderApp('/no/such/page');
    expect(await screen.findByRole('heading', { level: 1, name: 'ไม่พบหน้าที่ต้องการ' })).toBeInTheDocument();
    expect(screen.getByRole('banner')).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'กลับหน้าแรก' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
  });
});
