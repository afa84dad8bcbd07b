#!/usr/bin/env node
// Screenshots of the registry pages against a running server in demo mode, desktop and 375 px:
//   BASE_URL=http://127.0.0.1:8091 SCREENSHOT_DIR=docs/screenshots node frontend/e2e/registry-screenshots.mjs
// Signs in through the API as the demo DLA admin and adds the access token to the SPA's API calls (until the
// SPA has its own sign-in). Drives the system Chromium with playwright-core; never downloads a browser.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { chromium } from 'playwright-core';

const BASE_URL = (process.env.BASE_URL ?? 'http://127.0.0.1:8091').replace(/\/+$/, '');
const SCREENSHOT_DIR = resolve(process.env.SCREENSHOT_DIR ?? 'registry-screenshots');
const EXECUTABLE = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

async function token() {
  const response = await fetch(`${BASE_URL}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: process.env.DEMO_USER ?? 'dla.admin', password: process.env.DEMO_PASSWORD ?? 'demo' }),
  });
  if (!response.ok) throw new Error(`sign-in failed: HTTP ${response.status}`);
  return (await response.json()).accessToken;
}

async function shoot(context, name, width) {
  const page = await context.newPage();
  await page.setViewportSize({ width, height: width < 500 ? 812 : 900 });
  return page;
}

async function main() {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const accessToken = await token();
  const userDataDir = mkdtempSync(join(tmpdir(), 'registry-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: EXECUTABLE,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    locale: 'th-TH',
    timezoneId: 'Asia/Bangkok',
  });
  context.setDefaultTimeout(20_000);
  await context.route('**/api/v1/**', (route) =>
    route.continue({ headers: { ...route.request().headers(), authorization: `Bearer ${accessToken}` } }),
  );
  try {
    for (const [suffix, width] of [['', 1280], ['-375', 375]]) {
      const page = await shoot(context, 'serial', width);
      page.on('pageerror', (error) => console.log(`[shots] page error: ${error.message}`));

      await page.goto(`${BASE_URL}/serials/TVER-DLA-WWB-2023-000000042`);
      await page.getByRole('region', { name: /ประวัติ/ }).waitFor();
      await page.getByRole('link', { name: /เทศบาลเมืองบางศรีเมือง/ }).first().waitFor();
      await page.screenshot({ path: join(SCREENSHOT_DIR, `serial-lookup${suffix}.png`), fullPage: true });

      await page.goto(`${BASE_URL}/laos/4120102/account`);
      await page.getByRole('table', { name: /ยอดคงเหลือ/ }).waitFor();
      await page.screenshot({ path: join(SCREENSHOT_DIR, `lao-account${suffix}.png`), fullPage: true });

      await page.goto(`${BASE_URL}/admin/issuances/new`);
      await page.getByLabel('ปีที่เกิดคาร์บอนเครดิต').selectOption('2025');
      await page.getByLabel('เลขซีเรียลแรก').fill('900000001');
      await page.getByLabel('เลขซีเรียลสุดท้าย').fill('900002000');
      await page.getByLabel('เลขอ้างอิง อบก.').fill('TGO-TVER-2026-0001');
      await page.getByLabel('วันที่ออก').fill('2026-03-01');
      const rows = [['4120102', '1200'], ['5810103', '600'], ['9999999', '200']];
      for (const [index, [code, quantity]] of rows.entries()) {
        if (index > 0) await page.getByRole('button', { name: /เพิ่มแถว/ }).click();
        await page.getByLabel(`รหัส อปท. แถว ${index + 1}`).fill(code);
        await page.getByLabel(`จำนวน แถว ${index + 1}`).fill(quantity);
      }
      await page.getByRole('button', { name: 'ตรวจสอบและดูตัวอย่าง' }).click();
      await page.getByTestId('issuance-plan').waitFor();
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(SCREENSHOT_DIR, `issuance-preview${suffix}.png`), fullPage: true });
      await page.close();
    }
    console.log(`[shots] PASS screenshots in ${SCREENSHOT_DIR}`);
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`[shots] FAIL ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
