import '@testing-library/jest-dom/vitest';

import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';

import { DEFAULT_LANGUAGE, initI18n } from '@/lib/i18n';
import { resetSessionToken } from '@/lib/session-token';

import { MockEventSource } from './mock-event-source';
import { resetMockState } from './mocks/handlers';
import { server } from './mocks/server';

// Lazy route modules are transformed on first import; give slow (2-core CI) machines time to load them.
configure({ asyncUtilTimeout: 5000 });

// fetch in tests is Node's (undici), which cannot read jsdom's FormData, Blob and File (multipart uploads would
// lose their parts). Browsers have one implementation of each; give the tests one too: Node's. (Response is
// Node's in jsdom tests, so it hands us Node's FormData; the app's tsconfig has no Node types, hence the casts.)
const NodeFormData = (await new Response(new URLSearchParams()).formData()).constructor as typeof FormData;
const nodeBuffer: string = 'node:buffer';
const { Blob: NodeBlob, File: NodeFile } = (await import(/* @vite-ignore */ nodeBuffer)) as {
  Blob: typeof Blob;
  File: typeof File;
};
const JsdomFormData = globalThis.FormData;
/** Node's FormData that can also be built from a <form>, as React and user-event do on submit. */
class TestFormData extends NodeFormData {
  constructor(form?: HTMLFormElement, submitter?: HTMLElement | null) {
    super();
    if (form) new JsdomFormData(form, submitter).forEach((value, name) => this.append(name, value));
  }
}
Object.assign(globalThis, { Blob: NodeBlob, File: NodeFile, FormData: TestFormData });

// jsdom has no EventSource (the live listing stream): tests drive a double (src/testing/mock-event-source.ts).
Object.assign(globalThis, { EventSource: MockEventSource });

// Any request without a handler is a test bug: fail loudly.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  resetSessionToken(); // a fresh page load: no access token in memory
  initI18n(DEFAULT_LANGUAGE);
});

afterEach(() => {
  cleanup();
  server.resetHandlers();
  server.events.removeAllListeners();
  resetMockState();
  MockEventSource.reset();
});

afterAll(() => server.close());
