import '@testing-library/jest-dom/vitest';

import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';

import { DEFAULT_LANGUAGE, initI18n } from '@/lib/i18n';

import { server } from './mocks/server';

// Lazy route modules are transformed on first import; give slow (2-core CI) machines time to load them.
configure({ asyncUtilTimeout: 5000 });

// Any request without a handler is a test bug: fail loudly.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));

beforeEach(() => {
  localStorage.clear();
  initI18n(DEFAULT_LANGUAGE);
});

afterEach(() => {
  cleanup();
  server.resetHandlers();
});

afterAll(() => server.close());
