#!/usr/bin/env node
// End-to-end smoke test against a running server (the backend serving the SPA and the API).
//   BASE_URL=http://127.0.0.1:8080 SCREENSHOT_DIR=target/screenshots node frontend/e2e/smoke.mjs
// Drives the system Chromium (/usr/bin/chromium, or $CHROMIUM_PATH) with playwright-core; never downloads
// a browser. Exits 0 when every check passes, 1 on the first failure, and stops itself after 60 s.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { chromium } from 'playwright-core';

const BASE_URL = (process.env.BASE_URL ?? 'http://127.0.0.1:8080').replace(/\/+$/, '');
const SCREENSHOT_DIR = resolve(process.env.SCREENSHOT_DIR ?? 'e2e-screenshots');
const EXECUTABLE = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const TOTAL_TIMEOUT_MS = Number(process.env.SMOKE_TIMEOUT_MS ?? 60_000);
const STEP_TIMEOUT_MS = 20_000;

const LAO_QUERY = 'บางศรีเมือง';
const LAO_FULL_NAME = 'เทศบาลเมืองบางศรีเมือง';

let context;
let userDataDir;
let finished = false;

const log = (status, message) => console.log(`[smoke] ${status} ${message}`);

async function cleanup() {
  try {
    await context?.close();
  } catch {
    // the browser may already be gone
  }
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
}

async function finish(code, message) {
  if (finished) return;
  finished = true;
  if (code === 0) log('PASS', message);
  else log('FAIL', message);
  await cleanup();
  process.exit(code);
}

const watchdog = setTimeout(() => {
  void finish(1, `timed out after ${TOTAL_TIMEOUT_MS / 1000} s`);
}, TOTAL_TIMEOUT_MS);
watchdog.unref();

function assert(condition, message) {
  if (!condition) throw new Error(message);
  log('PASS', message);
}

async function step(name, fn) {
  try {
    await fn();
  } catch (error) {
    throw new Error(`${name}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`, {
      cause: error,
    });
  }
}

async function main() {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  userDataDir = mkdtempSync(join(tmpdir(), 'smoke-chromium-'));
  log('INFO', `base URL ${BASE_URL}, screenshots in ${SCREENSHOT_DIR}, browser ${EXECUTABLE}`);

  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: EXECUTABLE,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
    viewport: { width: 1280, height: 900 },
    locale: 'th-TH',
    timezoneId: 'Asia/Bangkok',
  });
  context.setDefaultTimeout(STEP_TIMEOUT_MS);

  const page = context.pages()[0] ?? (await context.newPage());
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') log('INFO', `browser console error: ${message.text()}`);
  });

  await step('provinces page', async () => {
    const response = await page.goto(`${BASE_URL}/provinces`, { waitUntil: 'domcontentloaded' });
    assert(response?.ok(), `GET /provinces answered ${response?.status()}`);
    // Rendered from GET /api/v1/provinces: wait until the list is there.
    await page.waitForFunction(() => document.querySelectorAll('[data-province-code]').length >= 77, null, {
      timeout: STEP_TIMEOUT_MS,
    });
    const count = await page.locator('[data-province-code]').count();
    assert(count >= 77, `at least 77 provinces rendered (${count})`);
    for (const name of ['นนทบุรี', 'กระบี่']) {
      await page.getByText(name, { exact: true }).first().waitFor({ state: 'visible' });
      assert(true, `Thai province name "${name}" is visible`);
    }
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'provinces.png'), fullPage: true });
  });

  await step('provinces page on a phone', async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.reload({ waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => document.querySelectorAll('[data-province-code]').length >= 77);
    await page.getByText('นนทบุรี', { exact: true }).first().waitFor({ state: 'visible' });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert(overflow <= 0, `no horizontal scrolling at 375 px (overflow ${overflow} px)`);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'provinces-phone.png') });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  let laoCode = '';
  await step('LAO search', async () => {
    await page.goto(`${BASE_URL}/laos?q=${encodeURIComponent(LAO_QUERY)}`, { waitUntil: 'domcontentloaded' });
    const result = page.getByRole('link', { name: LAO_FULL_NAME, exact: true }).first();
    await result.waitFor({ state: 'visible' });
    assert(true, `search for "${LAO_QUERY}" shows "${LAO_FULL_NAME}"`);
    const href = (await result.getAttribute('href')) ?? '';
    laoCode = href.split('/').pop() ?? '';
    assert(/^\d{7}$/.test(laoCode), `result links to an LAO profile (${href})`);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'lao-search.png'), fullPage: true });
    await result.click();
  });

  await step('LAO profile', async () => {
    await page.waitForURL((url) => url.pathname === `/laos/${laoCode}`);
    await page.getByRole('heading', { level: 1, name: LAO_FULL_NAME }).waitFor({ state: 'visible' });
    await page.getByTestId('lao-code').filter({ hasText: laoCode }).waitFor({ state: 'visible' });
    assert(true, `profile page shows "${LAO_FULL_NAME}" and LAO code ${laoCode}`);
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'lao-profile.png'), fullPage: true });
  });

  assert(pageErrors.length === 0, `no uncaught errors in the page${pageErrors.length ? `: ${pageErrors.join('; ')}` : ''}`);
}

main().then(
  () => finish(0, 'smoke test passed'),
  (error) => finish(1, error instanceof Error ? error.message : String(error)),
);
