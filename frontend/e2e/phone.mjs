#!/usr/bin/env node
// The key public and buyer pages on a phone (375 × 812, touch): nothing scrolls sideways, the main navigation is
// there and works by touch, and each page is photographed.
//   BASE_URL=http://127.0.0.1:18400 SCREENSHOT_DIR=docs/screenshots node frontend/e2e/phone.mjs
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { chromium, devices } from 'playwright-core';

const BASE_URL = (process.env.BASE_URL ?? 'http://127.0.0.1:8080').replace(/\/+$/, '');
const SCREENSHOT_DIR = resolve(process.env.SCREENSHOT_DIR ?? 'e2e-screenshots');
const EXECUTABLE = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const TOTAL_TIMEOUT_MS = Number(process.env.PHONE_TIMEOUT_MS ?? 150_000);
const LAO = '4120102';
const PHONE_WIDTH = 375;

const log = (status, message) => console.log(`[phone] ${status} ${message}`);

function assert(condition, message) {
  if (!condition) throw new Error(message);
  log('PASS', message);
}

async function api(path, token) {
  const response = await fetch(`${BASE_URL}${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json();
}

async function signIn(page, username) {
  await page.goto(`${BASE_URL}/sign-in`);
  const main = page.getByRole('main');
  await main.getByLabel('ชื่อผู้ใช้', { exact: true }).fill(username);
  await main.getByLabel('รหัสผ่าน', { exact: true }).fill('demo');
  await main.getByRole('button', { name: 'เข้าสู่ระบบ', exact: true }).tap();
  await page.waitForURL((url) => url.pathname !== '/sign-in');
}

async function settle(page) {
  await page.locator('h1').first().waitFor({ state: 'visible' });
  await page.waitForFunction(() => document.querySelectorAll('.spinner, .page-spinner').length === 0, null, {
    timeout: 15_000,
  });
  await page.evaluate(() => document.fonts.ready);
}

/**
 * Nothing wider than the screen: the page never scrolls sideways. On a mobile browser an overflowing page widens
 * the layout viewport (innerWidth grows past 375 and the page is zoomed out), so both are compared with the phone's
 * width.
 */
async function assertNoOverflow(page, label) {
  const { scrollWidth, innerWidth, culprits } = await page.evaluate((width) => ({
    scrollWidth: document.scrollingElement.scrollWidth,
    innerWidth: window.innerWidth,
    culprits: [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1)
      .filter((el) => !el.parentElement || el.parentElement.getBoundingClientRect().right <= width + 1)
      .slice(0, 6)
      .map((el) => `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} (${Math.round(el.getBoundingClientRect().right)} px)`),
  }), PHONE_WIDTH);
  assert(
    scrollWidth <= innerWidth && innerWidth <= PHONE_WIDTH,
    `${label}: no horizontal overflow (scrollWidth ${scrollWidth}, innerWidth ${innerWidth}, phone ${PHONE_WIDTH})${culprits.length ? ` — ${culprits.join(', ')}` : ''}`,
  );
}

async function visit(page, path, file) {
  await page.goto(`${BASE_URL}${path}`);
  await settle(page);
  await assertNoOverflow(page, path);
  await page.screenshot({ path: join(SCREENSHOT_DIR, file), fullPage: true });
  log('INFO', `screenshot ${file}`);
}

async function main() {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const listings = await api('/api/v1/listings?size=50');
  const listing = [...listings.items].sort((a, b) => b.bidCount - a.bidCount)[0];
  const browser = await chromium.launch({
    executablePath: EXECUTABLE,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic'],
  });
  try {
    const phone = {
      ...devices['iPhone 13 Mini'],
      viewport: { width: 375, height: 812 },
      screen: { width: 375, height: 812 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: 'th-TH',
      timezoneId: 'Asia/Bangkok',
    };
    delete phone.defaultBrowserType;

    // The public
    const anonymous = await browser.newContext(phone);
    anonymous.setDefaultTimeout(20_000);
    const page = await anonymous.newPage();
    await visit(page, '/', 'phone-landing.png');
    // the main navigation is on screen and works by touch
    const nav = page.getByRole('navigation', { name: 'เมนูหลัก' });
    const market = nav.getByRole('link', { name: 'ตลาดเครดิต', exact: true });
    await market.scrollIntoViewIfNeeded();
    const box = await market.boundingBox();
    assert(box && box.x >= 0 && box.x + box.width <= 375, 'the market link of the main navigation is within the screen');
    assert(box.height >= 24, `the market link is big enough to tap (${Math.round(box.height)} px high)`);
    await market.tap();
    await page.waitForURL((url) => url.pathname === '/market');
    await settle(page);
    await assertNoOverflow(page, '/market');
    await page.screenshot({ path: join(SCREENSHOT_DIR, 'phone-market.png'), fullPage: true });
    await visit(page, `/market/listings/${listing.id}`, 'phone-listing.png');
    await visit(page, `/laos/${LAO}`, 'phone-lao-profile.png');
    await visit(page, '/verify', 'phone-verify.png');
    await visit(page, '/register', 'phone-register.png');
    await visit(page, '/sign-in', 'phone-sign-in.png');
    await anonymous.close();

    // A buyer
    const buyer = await browser.newContext(phone);
    buyer.setDefaultTimeout(20_000);
    const buyerPage = await buyer.newPage();
    await signIn(buyerPage, 'buyer.greenbank');
    const myTrades = buyerPage.getByRole('navigation', { name: 'เมนูหลัก' }).getByRole('link', { name: 'รายการซื้อของฉัน' });
    await myTrades.tap();
    await buyerPage.waitForURL((url) => url.pathname === '/my/trades');
    await settle(buyerPage);
    await assertNoOverflow(buyerPage, '/my/trades');
    await buyerPage.screenshot({ path: join(SCREENSHOT_DIR, 'phone-my-trades.png'), fullPage: true });
    await visit(buyerPage, `/market/listings/${listing.id}`, 'phone-listing-buyer.png');
    await visit(buyerPage, '/my/holdings', 'phone-my-holdings.png');
    await visit(buyerPage, '/my/retire', 'phone-my-retire.png');
    await visit(buyerPage, '/my/bids', 'phone-my-bids.png');
    await buyer.close();

    // An LAO officer: the role menu opens by touch and fits
    const officer = await browser.newContext(phone);
    officer.setDefaultTimeout(20_000);
    const officerPage = await officer.newPage();
    await signIn(officerPage, 'lao.bangsrimuang.checker');
    await officerPage.getByRole('button', { name: 'งานของ อปท.' }).tap();
    await officerPage.getByRole('link', { name: 'การซื้อขายของ อปท.' }).tap();
    await officerPage.waitForURL((url) => url.pathname === '/lao/trades');
    await settle(officerPage);
    await assertNoOverflow(officerPage, '/lao/trades');
    await officerPage.screenshot({ path: join(SCREENSHOT_DIR, 'phone-lao-trades.png'), fullPage: true });
    await officer.close();
  } finally {
    await browser.close();
  }
}

setTimeout(() => {
  log('FAIL', `timed out after ${TOTAL_TIMEOUT_MS / 1000} s`);
  process.exit(1);
}, TOTAL_TIMEOUT_MS).unref();

main().then(
  () => {
    log('PASS', 'phone pages fit 375 px');
    process.exit(0);
  },
  (error) => {
    log('FAIL', error instanceof Error ? error.message.split('\n')[0] : String(error));
    process.exit(1);
  },
);
