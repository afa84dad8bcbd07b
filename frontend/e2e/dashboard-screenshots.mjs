#!/usr/bin/env node
// Screenshots of the dashboards against a running server (the product in demo mode, or the mock-API dev server
// e2e/dashboard-mock-server.mjs): the national dashboard, the map, the provincial dashboard of Nonthaburi (12),
// desktop and a 375 px phone.
//   BASE_URL=http://127.0.0.1:8092 SCREENSHOT_DIR=docs/screenshots node frontend/e2e/dashboard-screenshots.mjs
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { chromium } from 'playwright-core';

const BASE_URL = (process.env.BASE_URL ?? 'http://127.0.0.1:8080').replace(/\/+$/, '');
const SCREENSHOT_DIR = resolve(process.env.SCREENSHOT_DIR ?? 'e2e-screenshots');
const EXECUTABLE = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const PROVINCE = process.env.PROVINCE ?? '12';

const log = (message) => console.log(`[dashboard-screenshots] ${message}`);

mkdirSync(SCREENSHOT_DIR, { recursive: true });
const userDataDir = mkdtempSync(join(tmpdir(), 'dashboard-shots-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: EXECUTABLE,
  headless: true,
  args: ['--no-sandbox', '--disable-dev-shm-usage', '--disable-gpu'],
  locale: 'th-TH',
  timezoneId: 'Asia/Bangkok',
  viewport: { width: 1280, height: 900 },
});
const timer = setTimeout(() => {
  log('FAIL timed out');
  process.exit(1);
}, 120_000);

/** The page is drawn: figures in, the Thai font loaded, charts measured. */
async function settled(page) {
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(300);
}

try {
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(30_000);

  await page.goto(`${BASE_URL}/dashboard`);
  await page.getByTestId('national-total-retired').waitFor();
  await page.locator('[data-province]').first().waitFor();
  await settled(page);
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'dashboard-national.png'), fullPage: true });
  log(`dashboard-national.png (retired: ${await page.getByTestId('national-total-retired').textContent()})`);

  // The map with a province focused from the keyboard (focus ring and tooltip), coloured by credits sold.
  await page.getByRole('radio', { name: 'เครดิตที่ขายแล้ว' }).click({ force: true });
  await page.getByRole('heading', { name: 'คำอธิบายสี: เครดิตที่ขายแล้ว' }).waitFor();
  await page.locator(`[data-province="${PROVINCE}"]`).focus();
  await settled(page);
  const map = page.locator('.dash-map');
  await map.scrollIntoViewIfNeeded();
  await map.screenshot({ path: join(SCREENSHOT_DIR, 'dashboard-map.png') });
  log('dashboard-map.png (credits sold, keyboard focus on one province)');

  await page.goto(`${BASE_URL}/dashboard/provinces/${PROVINCE}`);
  await page.getByTestId('province-total-sold').waitFor();
  await settled(page);
  await page.screenshot({ path: join(SCREENSHOT_DIR, `dashboard-province-${PROVINCE}.png`), fullPage: true });
  log(`dashboard-province-${PROVINCE}.png`);

  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto(`${BASE_URL}/dashboard`);
  await page.getByTestId('national-total-retired').waitFor();
  await settled(page);
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'dashboard-phone.png'), fullPage: true });
  log('dashboard-phone.png');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (overflow > 0) log(`WARN the phone page scrolls sideways by ${overflow} px`);

  await page.goto(`${BASE_URL}/dashboard/provinces/${PROVINCE}`);
  await page.getByTestId('province-total-sold').waitFor();
  await settled(page);
  await page.screenshot({ path: join(SCREENSHOT_DIR, `dashboard-province-${PROVINCE}-phone.png`), fullPage: true });
  log(`dashboard-province-${PROVINCE}-phone.png`);
  log('PASS');
} catch (error) {
  log(`FAIL ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  clearTimeout(timer);
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
