#!/usr/bin/env node
// The whole journey across roles, in a real Chromium against the real backend in demo mode, one browser context
// per person (separate cookies and sessions), located by what people see (roles and Thai names):
//   maker drafts and submits → checker approves → a watching buyer sees another buyer's bid arrive live (SSE) →
//   the LAO accepts it → the buyer downloads the payment notice and reports payment → the LAO confirms payment and
//   records the TGO reference → the buyer retires credits → the public verifies the certificate → the national
//   dashboard's credits retired went up by exactly what the buyer retired.
//   BASE_URL=http://127.0.0.1:18400 SCREENSHOT_DIR=docs/screenshots node frontend/e2e/journey.mjs
// Steps are a list: add one with `step('name', async () => { ... })` below.
// Exits 0 when every step passes, 1 on the first failure (with the step's name), and stops itself after
// JOURNEY_TIMEOUT_MS (default 200 s).
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { chromium } from 'playwright-core';

const BASE_URL = (process.env.BASE_URL ?? 'http://127.0.0.1:8080').replace(/\/+$/, '');
const SCREENSHOT_DIR = resolve(process.env.SCREENSHOT_DIR ?? 'e2e-screenshots');
const EXECUTABLE = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const TOTAL_TIMEOUT_MS = Number(process.env.JOURNEY_TIMEOUT_MS ?? 200_000);
const STEP_TIMEOUT_MS = 30_000;

const LAO_CODE = '4120102'; // เทศบาลเมืองบางศรีเมือง (demo)
// Figures no demo deal uses, so the journey finds its own listing, bid and trade among the demo ones.
// The price differs from run to run, so a rerun against the same database finds this run's bid and trade.
const QUANTITY = 7;
const PRICE_SATANG = 30_000 + (Date.now() % 9_000); // 300.00–389.99 THB
const UNIT_PRICE = (PRICE_SATANG / 100).toFixed(2);
const TOTAL_TEXT = new Intl.NumberFormat('th-TH', { minimumFractionDigits: 2 }).format((QUANTITY * PRICE_SATANG) / 100);
const RETIRE_QUANTITY = 5;
const RUN = Date.now().toString(36).toUpperCase();

const log = (status, message) => console.log(`[journey] ${status} ${message}`);

/** @type {{name: string, run: () => Promise<void>}[]} */
const steps = [];
const step = (name, run) => steps.push({ name, run });

/** What steps hand on to later steps. */
const state = {
  listingId: '',
  certificateNo: '',
  /** national-total-retired before the journey */
  retiredBefore: /** @type {number | null} */ (null),
};

let browser;
const people = {}; // name → page
const pageErrors = [];

async function person(name) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    locale: 'th-TH',
    timezoneId: 'Asia/Bangkok',
    acceptDownloads: true,
  });
  context.setDefaultTimeout(STEP_TIMEOUT_MS);
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(`${name}: ${error.message}`));
  people[name] = page;
  return page;
}

async function shot(page, file) {
  await page.screenshot({ path: join(SCREENSHOT_DIR, file), fullPage: true });
  log('INFO', `screenshot ${file}`);
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
  log('PASS', message);
}

/** The confirmation dialog every irreversible action opens: check it, then press its confirm button. */
async function confirmDialog(page, confirmLabel) {
  const dialog = page.getByRole('dialog');
  await dialog.waitFor({ state: 'visible' });
  await dialog.getByRole('button', { name: confirmLabel, exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
}

async function signIn(page, username) {
  await page.goto(`${BASE_URL}/sign-in`);
  const main = page.getByRole('main');
  await main.getByLabel('ชื่อผู้ใช้', { exact: true }).fill(username);
  await main.getByLabel('รหัสผ่าน', { exact: true }).fill('demo');
  await main.getByRole('button', { name: 'เข้าสู่ระบบ', exact: true }).click();
  await page.waitForURL((url) => url.pathname !== '/sign-in');
  log('PASS', `${username} signed in`);
}

/** The bundled Noto Sans Thai (an @font-face of the app, not a system font) rendered the page's Thai text. */
async function assertBundledThaiFont(page) {
  await page.evaluate(() => document.fonts.ready);
  const font = await page.evaluate(() => ({
    body: getComputedStyle(document.body).fontFamily,
    loaded: [...document.fonts]
      .filter((face) => face.family.replace(/["']/g, '') === 'Noto Sans Thai' && face.status === 'loaded')
      .map((face) => face.weight),
  }));
  assert(font.body.replace(/["']/g, '').startsWith('Noto Sans Thai'), `body font is Noto Sans Thai (${font.body})`);
  assert(font.loaded.length > 0, `the bundled Noto Sans Thai web font is loaded (weights ${font.loaded.join(', ')})`);
}

async function dashboardRetiredTotal(page) {
  const api = await fetch(`${BASE_URL}/api/v1/dashboards/national`).catch(() => null);
  if (!api?.ok) return null;
  const response = await page.goto(`${BASE_URL}/dashboard`);
  if (!response?.ok()) return null;
  const total = page.getByTestId('national-total-retired');
  try {
    await total.waitFor({ state: 'visible', timeout: 10_000 });
  } catch {
    return null;
  }
  return Number((await total.innerText()).replace(/[^\d]/g, ''));
}

// ---------------------------------------------------------------------------------------------------------------
// The steps

step('the public national dashboard before the journey', async () => {
  const page = await person('public');
  state.retiredBefore = await dashboardRetiredTotal(page);
  assert(state.retiredBefore != null, `the national dashboard shows credits retired: ${state.retiredBefore}`);
});

step('LAO maker drafts a negotiable listing', async () => {
  const page = await person('maker');
  await signIn(page, 'lao.bangsrimuang.maker');
  await page.goto(`${BASE_URL}/lao/listings`);
  await page.getByRole('main').getByRole('link', { name: 'สร้างรายการขาย' }).click();
  await page.waitForURL((url) => url.pathname === '/lao/listings/new');
  const form = page.getByRole('main');
  await form.getByRole('radio', { name: 'ต่อรองราคา' }).check();
  await form.getByLabel('จำนวน (tCO2e)', { exact: true }).fill(String(QUANTITY));
  await form.getByLabel('ซื้อขั้นต่ำ', { exact: true }).fill('1');
  await form.getByLabel('ราคาต่อหน่วย', { exact: true }).fill(UNIT_PRICE);
  await form.getByLabel(/รายละเอียด/).fill(`ทดสอบเส้นทางผู้ใช้ ${RUN}`);
  await assertBundledThaiFont(page);
  await shot(page, 'journey-01-maker-draft.png');
  await form.getByRole('button', { name: 'บันทึกฉบับร่าง' }).click();
  await page.waitForURL((url) => /^\/lao\/listings\/[0-9a-f-]{36}$/.test(url.pathname));
  state.listingId = new URL(page.url()).pathname.split('/').pop();
  await page.getByText('ฉบับร่าง', { exact: true }).first().waitFor();
  assert(true, `draft saved (${state.listingId})`);
});

step('LAO maker submits the draft for approval', async () => {
  const page = people.maker;
  await page.getByRole('button', { name: 'ส่งขออนุมัติ', exact: true }).click();
  await confirmDialog(page, 'ส่งขออนุมัติ');
  await page.getByText('รอเจ้าหน้าที่อีกคนของ อปท. อนุมัติ', { exact: false }).waitFor();
  assert(
    (await page.getByRole('button', { name: 'อนุมัติและเปิดขาย' }).count()) === 0,
    'the maker is told to wait for a second officer and cannot approve',
  );
  await shot(page, 'journey-02-maker-submitted.png');
});

step('LAO checker approves (confirmation dialog) and the listing opens', async () => {
  const page = await person('checker');
  await signIn(page, 'lao.bangsrimuang.checker');
  await page.goto(`${BASE_URL}/lao/listings?lao=${LAO_CODE}`);
  const row = page.getByRole('row').filter({ has: page.locator(`a[href="/lao/listings/${state.listingId}"]`) });
  await row.getByText('รออนุมัติ').waitFor();
  await row.getByRole('link').first().click();
  await page.getByRole('button', { name: 'อนุมัติและเปิดขาย', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText('อนุมัติรายการขาย?').waitFor();
  await shot(page, 'journey-03-checker-confirm.png');
  await confirmDialog(page, 'อนุมัติและเปิดขาย');
  await page.getByText('เปิดขาย', { exact: true }).first().waitFor();
  assert(true, 'the listing is OPEN');
});

step('a buyer watching the listing sees another buyer’s bid arrive live', async () => {
  const watcher = await person('watcher');
  await signIn(watcher, 'buyer.greenbank');
  await watcher.goto(`${BASE_URL}/market/listings/${state.listingId}`);
  await watcher.getByRole('heading', { level: 1 }).waitFor();
  await watcher.getByText('ยังไม่มีการเสนอราคา').waitFor();
  await watcher.getByText('สด', { exact: true }).waitFor(); // the stream is connected
  await watcher.evaluate(() => {
    window.__journeyNoReload = true;
  });

  const bidder = await person('bidder');
  await signIn(bidder, 'buyer.cleanenergy');
  await bidder.goto(`${BASE_URL}/market/listings/${state.listingId}`);
  const form = bidder.getByRole('form', { name: 'เสนอซื้อ' });
  await form.getByLabel('จำนวน (tCO2e)', { exact: true }).fill(String(QUANTITY));
  await form.getByLabel('ราคาต่อ tCO2e (บาท)', { exact: true }).fill(UNIT_PRICE);
  await form.getByRole('button', { name: 'ตรวจสอบและเสนอซื้อ' }).click();
  await confirmDialog(bidder, 'ยืนยันเสนอซื้อ');
  await bidder.getByText('ส่งการเสนอซื้อแล้ว', { exact: false }).waitFor();
  const placedAt = Date.now();

  const bids = watcher.getByRole('table', { name: 'การเสนอราคา' });
  await bids.getByRole('row').filter({ hasText: UNIT_PRICE }).waitFor({ timeout: 15_000 });
  const seenAfter = Date.now() - placedAt;
  assert(await watcher.evaluate(() => window.__journeyNoReload === true), 'the watching page was not reloaded');
  assert(true, `the bid appeared on the watcher's page live, ${seenAfter} ms after it was placed`);
  await shot(watcher, 'journey-04-watcher-sees-bid-live.png');
});

step('LAO accepts the bid (confirmation dialog)', async () => {
  const page = people.checker;
  await page.goto(`${BASE_URL}/lao/listings/${state.listingId}`);
  const row = page.getByRole('row').filter({ hasText: UNIT_PRICE });
  await row.getByRole('button', { name: 'รับข้อเสนอ', exact: true }).click();
  await page.getByRole('dialog').getByText('รับข้อเสนอนี้?').waitFor();
  await confirmDialog(page, 'รับข้อเสนอ');
  await page.getByText('รับข้อเสนอแล้ว เกิดการซื้อขาย').waitFor();
  await shot(page, 'journey-05-lao-accepted.png');
});

const tradeCard = (page) => page.getByRole('article').filter({ hasText: TOTAL_TEXT }).filter({ hasText: LAO_CODE });

step('the buyer opens the trade and downloads the payment notice', async () => {
  const page = people.bidder;
  await page.goto(`${BASE_URL}/my/trades`);
  const card = tradeCard(page);
  await card.getByText('รอชำระเงิน').waitFor();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    card.getByRole('button', { name: 'ดาวน์โหลดใบแจ้งชำระเงิน (PDF)' }).click(),
  ]);
  const file = await download.path();
  const head = readFileSync(file).subarray(0, 4).toString('latin1');
  assert(head === '%PDF', `payment notice downloaded as a PDF (${download.suggestedFilename()})`);
});

step('the buyer reports the payment (confirmation dialog)', async () => {
  const page = people.bidder;
  const card = tradeCard(page);
  await card.getByRole('button', { name: 'แจ้งชำระเงิน', exact: true }).click();
  await card.getByLabel('เลขอ้างอิงการโอนเงิน', { exact: true }).fill(`KTB-${RUN}`);
  await shot(page, 'journey-06-buyer-payment-report.png');
  await card.getByRole('button', { name: 'ตรวจสอบและแจ้งชำระ' }).click();
  await confirmDialog(page, 'ยืนยันแจ้งชำระ');
  await page.getByText('แจ้งชำระเงินแล้ว รอ อปท. ยืนยันการรับเงิน').waitFor();
  await card.getByText('แจ้งชำระแล้ว', { exact: false }).first().waitFor();
});

step('LAO confirms the payment (confirmation dialog)', async () => {
  const page = people.checker;
  await page.goto(`${BASE_URL}/lao/trades?lao=${LAO_CODE}`);
  const card = tradeCard(page);
  await card.getByLabel('เลขที่ใบเสร็จรับเงินของ อปท.', { exact: true }).fill(`RC-${RUN}`);
  await card.getByRole('button', { name: 'ยืนยันรับเงิน' }).click();
  await page.getByRole('dialog').getByText('ยืนยันว่าได้รับเงินแล้ว?').waitFor();
  await confirmDialog(page, 'ยืนยันรับเงิน');
  await page.getByText('ยืนยันการรับเงินแล้ว').waitFor();
});

step('LAO records the TGO transfer reference and the trade settles', async () => {
  const page = people.checker;
  const card = tradeCard(page);
  await card.getByLabel('เลขอ้างอิงการโอนในระบบ อบก.', { exact: true }).fill(`TGO-${RUN}`);
  await card.getByRole('button', { name: 'บันทึกการโอนใน อบก.' }).click();
  await confirmDialog(page, 'บันทึกการโอนใน อบก.');
  await page.getByText('บันทึกการโอนแล้ว การซื้อขายเสร็จสมบูรณ์').waitFor();
  await card.getByText(`TGO-${RUN}`).waitFor();
  await shot(page, 'journey-07-lao-settled.png');
});

step('the buyer retires credits (confirmation dialog) and gets a certificate', async () => {
  const page = people.bidder;
  await page.goto(`${BASE_URL}/my/retire`);
  const main = page.getByRole('main');
  await main.getByLabel('จำนวนที่ชดเชย (tCO2e)', { exact: true }).fill(String(RETIRE_QUANTITY));
  await main.getByLabel('ผู้รับประโยชน์', { exact: true }).fill('บริษัท พลังงานสะอาด จำกัด');
  await main.getByLabel('วัตถุประสงค์', { exact: true }).fill(`ชดเชยการปล่อยก๊าซเรือนกระจกของงานสัมมนา ${RUN}`);
  await main.getByRole('button', { name: 'ตรวจสอบการชดเชย' }).click();
  await page.getByRole('dialog').getByText('ยืนยันการชดเชยคาร์บอน?').waitFor();
  await confirmDialog(page, 'ยืนยันการชดเชย');
  await page.getByText(`ชดเชยคาร์บอน ${RETIRE_QUANTITY} tCO2e แล้ว`).waitFor();
  state.certificateNo = (await page.getByTestId('certificate-no').innerText()).trim();
  assert(/\S{6,}/.test(state.certificateNo), `certificate ${state.certificateNo} issued`);
  await shot(page, 'journey-08-buyer-retired.png');
});

step('the public verifies the certificate number', async () => {
  const page = people.public ?? (await person('public'));
  await page.goto(`${BASE_URL}/verify`);
  const main = page.getByRole('main');
  await main.getByLabel('เลขที่ใบรับรอง', { exact: true }).fill(state.certificateNo);
  await main.getByRole('button', { name: 'ตรวจสอบ', exact: true }).click();
  await page.waitForURL((url) => url.pathname === `/verify/${state.certificateNo}`);
  await page.getByRole('heading', { level: 1, name: `ชดเชยคาร์บอน ${RETIRE_QUANTITY} tCO2e` }).waitFor();
  await page.getByText('ใบรับรองนี้ถูกต้อง', { exact: false }).waitFor();
  await page.getByText('บริษัท พลังงานสะอาด จำกัด').first().waitFor();
  await assertBundledThaiFont(page);
  await shot(page, 'journey-09-public-verifies.png');
});

step('the national dashboard shows exactly the credits this journey retired', async () => {
  const page = people.public;
  // dashboard answers may be cached for 30 s (Cache-Control: max-age=30): poll with fresh loads
  const deadline = Date.now() + 45_000;
  let retired = state.retiredBefore;
  while (Date.now() < deadline) {
    retired = (await dashboardRetiredTotal(page)) ?? retired;
    if (retired !== state.retiredBefore) break;
    await page.waitForTimeout(3_000);
  }
  assert(retired === state.retiredBefore + RETIRE_QUANTITY,
    `national retired ${state.retiredBefore} → ${retired} (+${RETIRE_QUANTITY} expected)`);
  await shot(page, 'journey-10-dashboard.png');
});

// ---------------------------------------------------------------------------------------------------------------

async function main() {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  log('INFO', `base URL ${BASE_URL}, screenshots in ${SCREENSHOT_DIR}, browser ${EXECUTABLE}, run ${RUN}`);
  browser = await chromium.launch({
    executablePath: EXECUTABLE,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-quic'],
  });
  const started = Date.now();
  for (const [index, { name, run }] of steps.entries()) {
    const stepStarted = Date.now();
    try {
      await run();
    } catch (error) {
      const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
      for (const [who, page] of Object.entries(people)) {
        await page
          .screenshot({ path: join(SCREENSHOT_DIR, `journey-failure-${who}.png`), fullPage: true })
          .catch(() => undefined);
      }
      throw new Error(`step ${index + 1} "${name}": ${message}`, { cause: error });
    }
    log('STEP', `${index + 1}/${steps.length} ${name} (${((Date.now() - stepStarted) / 1000).toFixed(1)} s)`);
  }
  assert(pageErrors.length === 0, `no uncaught errors in any page${pageErrors.length ? `: ${pageErrors.join('; ')}` : ''}`);
  log('INFO', `journey took ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

let finished = false;
async function finish(code, message) {
  if (finished) return;
  finished = true;
  log(code === 0 ? 'PASS' : 'FAIL', message);
  await browser?.close().catch(() => undefined);
  process.exit(code);
}
setTimeout(() => void finish(1, `timed out after ${TOTAL_TIMEOUT_MS / 1000} s`), TOTAL_TIMEOUT_MS).unref();

main().then(
  () => finish(0, 'journey passed'),
  (error) => finish(1, error instanceof Error ? error.message : String(error)),
);
