import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';

import { ErrorBoundary } from '@/components/ui/error-boundary';
import { refreshAccessToken } from '@/features/auth/api/refresh-session';
import { createQueryClient } from '@/lib/query-client';
import { setSessionRefresher } from '@/lib/session-token';

// The API client refreshes expired access tokens through the auth feature (shared code knows no features).
setSessionRefresher(refreshAccessToken);

/** Last resort when even the layout fails: plain, bilingual, no router or i18n needed. */
function AppCrash() {
  return (
    <div className="app-crash" role="alert">
      <h1>ระบบขัดข้อง · Something went wrong</h1>
      <p>กรุณาโหลดหน้าใหม่ · Please reload the page.</p>
      <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
        โหลดหน้าใหม่ · Reload
      </button>
    </div>
  );
}

type AppProviderProps = {
  children: ReactNode;
  /** Tests pass their own client (no retries); the app creates one. */
  queryClient?: QueryClient;
};

export function AppProvider({ children, queryClient }: AppProviderProps) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <ErrorBoundary fallback={() => <AppCrash />}>
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    </ErrorBoundary>
  );
}
