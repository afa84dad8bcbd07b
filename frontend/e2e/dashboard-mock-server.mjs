#!/usr/bin/env node
// Runs the SPA in Vite's dev server with the API answered by the test suite's MSW handlers (src/testing/mocks),
// so pages can be looked at and screenshotted before the backend endpoints exist. Not a product feature.
//   PORT=18300 MOCK_USER=provinceOfficer node frontend/e2e/dashboard-mock-server.mjs
// then: BASE_URL=http://127.0.0.1:18300 node frontend/e2e/dashboard-screenshots.mjs
// MOCK_USER (optional): a key of mockUsers in src/testing/mocks/handlers/auth.ts, signed in on page load.
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';

import { getResponse } from 'msw';
import { createServer } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.PORT ?? 18300);
const log = (message) => console.log(`[dashboard-mock-server] ${message}`);

/** @type {import('vite').Plugin} */
const mockApi = {
  name: 'mock-api',
  configureServer(server) {
    server.middlewares.use(async (req, res, next) => {
      if (!req.url?.startsWith('/api/')) return next();
      try {
        const { handlers } = await server.ssrLoadModule('/src/testing/mocks/handlers/index.ts');
        const chunks = [];
        for await (const chunk of req) chunks.push(chunk);
        const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
        const request = new Request(`http://127.0.0.1:${port}${req.url}`, {
          method: req.method,
          headers: Object.entries(req.headers).flatMap(([name, value]) =>
            value === undefined ? [] : [[name, Array.isArray(value) ? value.join(', ') : value]],
          ),
          body: req.method === 'GET' || req.method === 'HEAD' ? undefined : body,
        });
        const response = await getResponse(handlers, request, { baseUrl: `http://127.0.0.1:${port}/` });
        if (!response) {
          res.statusCode = 404;
          res.setHeader('Content-Type', 'application/problem+json');
          res.end(JSON.stringify({ type: 'about:blank', title: 'Not Found', status: 404, detail: `no mock for ${req.url}` }));
          return;
        }
        res.statusCode = response.status;
        response.headers.forEach((value, name) => res.setHeader(name, value));
        if (response.body) Readable.fromWeb(response.body).pipe(res);
        else res.end();
      } catch (error) {
        log(`error for ${req.url}: ${error instanceof Error ? error.stack : String(error)}`);
        res.statusCode = 500;
        res.end();
      }
    });
  },
};

const server = await createServer({
  root,
  configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
  server: { host: '127.0.0.1', port, strictPort: true, proxy: {} },
  plugins: [mockApi],
});
await server.listen();
if (process.env.MOCK_USER) {
  const auth = await server.ssrLoadModule('/src/testing/mocks/handlers/auth.ts');
  const user = auth.mockUsers[process.env.MOCK_USER];
  if (!user) throw new Error(`unknown MOCK_USER ${process.env.MOCK_USER}`);
  auth.signInAs(user);
  log(`signed in as ${user.username}`);
}
log(`SPA with mock API at http://127.0.0.1:${port}/`);
