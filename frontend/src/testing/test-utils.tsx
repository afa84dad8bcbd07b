import { render, screen, waitFor } from '@testing-library/react';
import { expect } from 'vitest';
import userEvent from '@testing-library/user-event';
import { RouterProvider, createMemoryRouter } from 'react-router';

import { AppProvider } from '@/app/provider';
import { createAppRoutes } from '@/app/router';
import { initI18n, type Language } from '@/lib/i18n';
import { createQueryClient } from '@/lib/query-client';

import { signInAs, type MockUser } from './mocks/handlers/auth';

type RenderAppOptions = {
  language?: Language;
  /** Signed in before the page loaded (the refresh cookie is there): the app's silent refresh finds them. */
  signedInAs?: MockUser;
};

/** Renders the whole app (layout, routes, providers) at `url`, as a user would land on it. */
export async function renderApp(url: string, { language = 'th', signedInAs }: RenderAppOptions = {}) {
  initI18n(language);
  if (signedInAs) signInAs(signedInAs);
  const queryClient = createQueryClient({ queries: { retry: false, staleTime: Infinity } });
  const router = createMemoryRouter(createAppRoutes(queryClient), { initialEntries: [url] });
  const user = userEvent.setup();
  const result = render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  // Wait for the lazy route to load (the layout's main landmark appears).
  await waitFor(() => expect(screen.getByRole('main')).toBeInTheDocument());
  return { ...result, user, router, queryClient };
}

/** Thai script (U+0E00–U+0E7F). */
export const THAI = /[\u0E00-\u0E7F]/;
