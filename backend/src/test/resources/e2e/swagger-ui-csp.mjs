#!/usr/bin/env node
// Swagger UI must work under our Content-Security-Policy: opens /swagger-ui.html in the system Chromium and fails
// on any CSP violation or when the API document does not render.
//   BASE_URL=http://127.0.0.1:8080 node backend/src/test/resources/e2e/swagger-ui-csp.mjs
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { chromium } from 'playwright-core';

const BASE_URL = (process.env.BASE_URL ?? 'http://127.0.0.1:8080').replace(/\/+$/, '');
const EXECUTABLE = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const watchdog = setTimeout(() => {
  console.log('[swagger-csp] FAIL timed out');
  process.exit(1);
}, 60_000);

const userDataDir = mkdtempSync(join(tmpdir(), 'swagger-csp-'));
let context;
let code = 1;
try {
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: EXECUTABLE,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const violations = [];
  const problems = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    else if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  globalThis.report = () => [...violations, ...problems].join('\n');
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Refused to load (CSP ${event.violatedDirective}): ${event.blockedURI}`);
    });
  });
  const response = await page.goto(`${BASE_URL}/swagger-ui.html`, { waitUntil: 'load', timeout: 20_000 });
  const csp = response?.headers()['content-security-policy'] ?? '';
  if (!csp.includes("frame-ancestors 'none'")) throw new Error(`no CSP on Swagger UI: '${csp}'`);
  await page.waitForSelector('.swagger-ui .info .title', { timeout: 20_000 });
  await page.waitForSelector('.opblock-summary-path', { timeout: 20_000 });
  const title = (await page.textContent('.swagger-ui .info .title'))?.trim();
  const operations = await page.locator('.opblock-summary-path').count();
  await page.waitForTimeout(500);
  if (violations.length > 0) throw new Error(`CSP violations:\n${violations.join('\n')}`);
  console.log(`[swagger-csp] PASS '${title}' with ${operations} operations, no CSP violation; CSP: ${csp}`);
  code = 0;
} catch (error) {
  console.log(`[swagger-csp] FAIL ${error instanceof Error ? error.message : String(error)}`);
  if (globalThis.report) console.log(globalThis.report());
} finally {
  clearTimeout(watchdog);
  await context?.close().catch(() => {});
  rmSync(userDataDir, { recursive: true, force: true });
  process.exit(code);
}
