#!/usr/bin/env node
// Accessibility scan (axe-core, WCAG 2.1 A/AA + best practices) of the main pages of every role, against a running
// server in demo mode. Fails on any serious or critical violation; moderate and minor ones are listed.
//   BASE_URL=http://127.0.0.1:18400 node frontend/e2e/a11y.mjs
// Then each role switches to English and the first pages are checked again for Thai left in the interface chrome
// (navigation, headings, labels, buttons, table headers; Thai proper names marked lang="th" are data, not chrome).
// With SCREENSHOT_DIR set, each scanned page is also photographed (page-<role>-<path>.png, desktop 1280 px).
// Optional: A11Y_ONLY=market (pages whose path contains it), A11Y_EN_PAGES=3 (English pages per role, 0 = none).
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');
const BASE_URL = (process.env.BASE_URL ?? 'http://127.0.0.1:8080').replace(/\/+$/, '');
const EXECUTABLE = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const TOTAL_TIMEOUT_MS = Number(process.env.A11Y_TIMEOUT_MS ?? 270_000);
const ONLY = process.env.A11Y_ONLY ?? '';
const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR ? resolve(process.env.SCREENSHOT_DIR) : null;

/** `/market/listings/<uuid>` → `market-listings-detail`: file names that survive new ids. */
function slug(role, path) {
  const name = path
    .split('?')[0]
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, 'detail')
    .replace(/TH-LAO-[A-Z0-9-]+/g, 'certificate')
    .replace(/TVER-[A-Z0-9-]+/g, 'serial')
    .replace(/\/\d{7}(?=\/|$)/g, '/lao')
    .replace(/^\/|\/$/g, '')
    .replace(/\//g, '-');
  const search = path.includes('?') ? '-search' : '';
  return `page-${role.toLowerCase().replace(/\s+/g, '-')}-${name || 'landing'}${search}.png`;
}
const EN_PAGES = Number(process.env.A11Y_EN_PAGES ?? 3);
/** Where interface text lives; data (names, amounts, free text) sits in cells, paragraphs and links. */
const CHROME = 'header, nav, footer, label, button, th, dt, legend, caption, h1, h2, .page-header__eyebrow, .field__hint, .badge';
const LAO = '4120102';
const SERIAL = 'TVER-DLA-WWB-2023-000000001';

const log = (status, message) => console.log(`[a11y] ${status} ${message}`);

async function api(path, token) {
  const response = await fetch(`${BASE_URL}${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json();
}

async function token(username) {
  const response = await fetch(`${BASE_URL}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: 'demo' }),
  });
  if (!response.ok) throw new Error(`sign-in of ${username}: ${response.status}`);
  return (await response.json()).accessToken;
}

/** Each role signs in once (in its own browser context) and has its pages scanned. */
async function rolesAndPages() {
  const listings = await api('/api/v1/listings?size=50');
  const listing = [...listings.items].sort((a, b) => b.bidCount - a.bidCount)[0];
  const greenbank = await token('buyer.greenbank');
  const certificate = (await api('/api/v1/me/retirements', greenbank)).items[0]?.certificateNo;
  const admin = await token('dla.admin');
  const buyers = await api('/api/v1/admin/buyers?status=PENDING', admin);
  return [
    {
      role: 'public',
      user: null,
      pages: [
        '/',
        '/market',
        `/market/listings/${listing.id}`,
        '/provinces',
        `/laos?q=${encodeURIComponent('บางศรีเมือง')}`,
        `/laos/${LAO}`,
        '/serials',
        `/serials/${SERIAL}`,
        '/verify',
        ...(certificate ? [`/verify/${certificate}`] : []),
        '/register',
        '/sign-in',
      ],
    },
    {
      role: 'buyer',
      user: 'buyer.greenbank',
      pages: [
        `/market/listings/${listing.id}`,
        '/my/bids',
        '/my/trades',
        '/my/holdings',
        '/my/retire',
        '/my/retirements',
        '/my/organisation',
        '/notifications',
      ],
    },
    {
      role: 'LAO officer',
      user: 'lao.bangsrimuang.checker',
      pages: [
        '/lao/listings',
        '/lao/listings/new',
        '/lao/trades',
        `/laos/${LAO}/account`,
        `/laos/${LAO}/bin-reports`,
        '/lao/officers',
      ],
    },
    { role: 'provincial officer', user: 'province.nonthaburi', pages: ['/province/officer-approvals'] },
    {
      role: 'DLA admin',
      user: 'dla.admin',
      pages: [
        '/admin/buyers',
        ...(buyers.items[0] ? [`/admin/buyers/${buyers.items[0].id}`] : []),
        '/admin/users',
        '/admin/market',
        '/admin/directory',
        '/admin/issuances',
        '/admin/issuances/new',
        '/admin/reporting-windows',
      ],
    },
  ];
}

async function signIn(page, username) {
  await page.goto(`${BASE_URL}/sign-in`);
  const main = page.getByRole('main');
  await main.getByLabel('ชื่อผู้ใช้', { exact: true }).fill(username);
  await main.getByLabel('รหัสผ่าน', { exact: true }).fill('demo');
  await main.getByRole('button', { name: 'เข้าสู่ระบบ', exact: true }).click();
  await page.waitForURL((url) => url.pathname !== '/sign-in');
}

/** The page is drawn: its h1 is there and no spinner is left. */
async function settle(page) {
  await page.locator('h1').first().waitFor({ state: 'visible' });
  await page.waitForFunction(() => document.querySelectorAll('.spinner, .page-spinner').length === 0, null, {
    timeout: 15_000,
  });
  await page.evaluate(() => document.fonts.ready);
}

/** Thai text in the interface chrome of the English UI (not inside lang="th" data or the signed-in name). */
async function thaiInChrome(page) {
  return page.evaluate((chrome) => {
    const thai = /[\u0E00-\u0E7F]/;
    const found = new Set();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || !thai.test(node.textContent ?? '')) continue;
      if (element.closest('[lang="th"], .account__name, script, style, [hidden]')) continue;
      if (!element.closest(chrome)) continue;
      found.add(`<${element.tagName.toLowerCase()}> ${node.textContent.trim().slice(0, 80)}`);
    }
    return [...found];
  }, CHROME);
}

async function scan(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(async () => {
    // @ts-expect-error axe is injected above
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1, 2).join('').trim()}`),
      count: v.nodes.length,
    }));
  });
}

async function main() {
  const browser = await chromium.launch({
    executablePath: EXECUTABLE,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic'],
  });
  const roles = await rolesAndPages();
  if (SCREENSHOT_DIR) mkdirSync(SCREENSHOT_DIR, { recursive: true });
  let serious = 0;
  let others = 0;
  let pagesScanned = 0;
  let thaiLeft = 0;
  try {
    for (const { role, user, pages } of roles) {
      const targets = pages.filter((path) => path.includes(ONLY));
      if (targets.length === 0) continue;
      // axe is injected as an inline script: the app's Content-Security-Policy would refuse it
      const context = await browser.newContext({
        viewport: { width: 1280, height: 900 },
        locale: 'th-TH',
        timezoneId: 'Asia/Bangkok',
        bypassCSP: true,
      });
      context.setDefaultTimeout(20_000);
      const page = await context.newPage();
      if (user) await signIn(page, user);
      for (const path of targets) {
        await page.goto(`${BASE_URL}${path}`);
        try {
          await settle(page);
        } catch (error) {
          throw new Error(`${role} ${path}: the page did not finish loading (${error.message.split('\n')[0]})`);
        }
        if (SCREENSHOT_DIR) await page.screenshot({ path: join(SCREENSHOT_DIR, slug(role, path)), fullPage: true });
        const violations = await scan(page);
        pagesScanned += 1;
        const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        serious += bad.length;
        others += violations.length - bad.length;
        log(bad.length ? 'FAIL' : 'OK', `${role} ${path}: ${violations.length} violation(s), ${bad.length} serious/critical`);
        for (const v of violations) {
          log('    ', `${v.impact} ${v.id} (${v.count}×): ${v.help}`);
          for (const node of v.nodes) log('    ', `  ${node}`);
        }
      }
      if (EN_PAGES > 0) {
        await page.getByRole('button', { name: /^EN\b/ }).first().click();
        for (const path of targets.slice(0, EN_PAGES)) {
          await page.goto(`${BASE_URL}${path}`);
          await settle(page);
          const leftovers = await thaiInChrome(page);
          thaiLeft += leftovers.length;
          log(leftovers.length ? 'FAIL' : 'OK', `${role} en ${path}: ${leftovers.length} Thai text(s) in the chrome`);
          for (const text of leftovers.slice(0, 10)) log('    ', `  ${text}`);
        }
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const summary = `${pagesScanned} page(s) scanned: ${serious} serious/critical violation(s), ${others} moderate/minor; English chrome: ${thaiLeft} Thai text(s) left`;
  if (serious > 0 || thaiLeft > 0) throw new Error(summary);
  log('PASS', summary);
}

setTimeout(() => {
  log('FAIL', `timed out after ${TOTAL_TIMEOUT_MS / 1000} s`);
  process.exit(1);
}, TOTAL_TIMEOUT_MS).unref();

main().then(
  () => process.exit(0),
  (error) => {
    log('FAIL', error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
