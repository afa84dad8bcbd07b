#!/usr/bin/env node
// Screenshots of the market pages against a running server in demo mode (catalogue, a listing with bids, the
// certificate verification page), desktop and 375 px phone.
//   BASE_URL=http://127.0.0.1:8092 SCREENSHOT_DIR=docs/screenshots node frontend/e2e/market-screenshots.mjs
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { chromium } from 'playwright-core';

const BASE_URL = (process.env.BASE_URL ?? 'http://127.0.0.1:8080').replace(/\/+$/, '');
const SCREENSHOT_DIR = resolve(process.env.SCREENSHOT_DIR ?? 'e2e-screenshots');
const EXECUTABLE = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const log = (message) => console.log(`[market-screenshots] ${message}`);

async function api(path, token) {
  const response = await fetch(`${BASE_URL}${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json();
}

async function login(username) {
  const response = await fetch(`${BASE_URL}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: 'demo' }),
  });
  if (!response.ok) return null;
  return (await response.json()).accessToken;
}

mkdirSync(SCREENSHOT_DIR, { recursive: true });
const userDataDir = mkdtempSync(join(tmpdir(), 'market-shots-'));
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
}, 90_000);
try {
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(20_000);

  await page.goto(`${BASE_URL}/market`);
  await page.getByRole('region', { name: 'รายการขาย' }).getByRole('article').first().waitFor();
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'market.png'), fullPage: true });
  log('market.png');

  // The open listing with the most bids
  const catalogue = await api('/api/v1/listings?size=100');
  const listing = [...catalogue.items].sort((a, b) => b.bidCount - a.bidCount)[0];
  if (!listing) throw new Error('no open listing in the demo data');
  await page.goto(`${BASE_URL}/market/listings/${listing.id}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  if (listing.bidCount > 0) await page.locator('main table tbody tr').first().waitFor();
  await page.getByText('สด', { exact: true }).waitFor({ timeout: 10_000 }).catch(() => log('WARN live badge not shown'));
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'listing.png'), fullPage: true });
  log(`listing.png (${listing.mode}, ${listing.bidCount} bids)`);

  await page.setViewportSize({ width: 375, height: 812 });
  await page.reload();
  await page.getByRole('heading', { level: 1 }).waitFor();
  if (listing.bidCount > 0) await page.locator('main table tbody tr').first().waitFor();
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'listing-phone.png'), fullPage: true });
  log('listing-phone.png');
  await page.goto(`${BASE_URL}/market`);
  await page.getByRole('region', { name: 'รายการขาย' }).getByRole('article').first().waitFor();
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'market-phone.png') });
  log('market-phone.png');

  const token = await login('buyer.greenbank');
  const certificates = token ? await api('/api/v1/me/retirements', token).catch(() => ({ items: [] })) : { items: [] };
  const certificateNo = certificates.items[0]?.certificateNo;
  await page.setViewportSize({ width: 1280, height: 900 });
  if (certificateNo) {
    await page.goto(`${BASE_URL}/verify/${certificateNo}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.locator('main table tbody tr').first().waitFor();
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'certificate-verify.png'), fullPage: true });
    log(`certificate-verify.png (${certificateNo})`);
    await page.setViewportSize({ width: 375, height: 812 });
    await page.reload();
    await page.locator('main table tbody tr').first().waitFor();
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'certificate-verify-phone.png'), fullPage: true });
    log('certificate-verify-phone.png');
  } else {
    log('WARN no certificate in the demo data (buyer.greenbank has none): certificate-verify.png not taken');
  }
  await page.goto(`${BASE_URL}/verify/RC-0000-0000`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.screenshot({ path: join(SCREENSHOT_DIR, 'certificate-not-found.png') });
  log('certificate-not-found.png');
  log('PASS');
} catch (error) {
  log(`FAIL ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  clearTimeout(timer);
  await context.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
