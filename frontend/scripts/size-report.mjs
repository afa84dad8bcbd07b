#!/usr/bin/env node
// Prints the gzip size of the JavaScript the landing page loads up front (the entry chunk and its static
// imports, plus the landing route's own lazy chunk and its imports, which the browser fetches at once on `/`;
// read from dist/.vite/manifest.json) and fails when it exceeds the budget.
// Other lazy route chunks (dynamic imports) are listed for information but are not part of the budget.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = Number(process.env.INITIAL_JS_BUDGET_KB ?? 250);
/** The route module `/` renders (lazy in the router, but loaded before the landing page can show). */
const LANDING_ROUTE = 'src/app/routes/landing.tsx';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const manifestPath = join(dist, '.vite', 'manifest.json');

if (!existsSync(manifestPath)) {
  console.error(`size: FAIL no manifest at ${manifestPath} (build with build.manifest: true first)`);
  process.exit(1);
}

/** @type {Record<string, {file: string, isEntry?: boolean, imports?: string[], dynamicImports?: string[], css?: string[], src?: string}>} */
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry && key.endsWith('index.html'));
if (!entryKey) {
  console.error('size: FAIL no index.html entry in the manifest');
  process.exit(1);
}

const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(7);
const sizes = (file) => {
  const content = readFileSync(join(dist, file));
  return { raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
};

// Entry + the transitive closure of its static imports: what the browser must fetch before the app runs.
const initial = new Set();
const css = new Set();
const visit = (key) => {
  const chunk = manifest[key];
  if (!chunk || initial.has(chunk.file)) return;
  initial.add(chunk.file);
  for (const file of chunk.css ?? []) css.add(file);
  for (const imported of chunk.imports ?? []) visit(imported);
};
visit(entryKey);
if (!manifest[LANDING_ROUTE]) {
  console.error(`size: FAIL no ${LANDING_ROUTE} in the manifest (was the landing route moved? update LANDING_ROUTE)`);
  process.exit(1);
}
visit(LANDING_ROUTE);

const lazy = new Set();
for (const chunk of Object.values(manifest)) {
  for (const key of chunk.dynamicImports ?? []) {
    const file = manifest[key]?.file;
    if (file && !initial.has(file)) lazy.add(file);
  }
}

console.log('\nInitial JavaScript of the landing page: entry, its imports and the landing route (gzip level 9):');
let totalRaw = 0;
let totalGzip = 0;
for (const file of initial) {
  const { raw, gzip } = sizes(file);
  totalRaw += raw;
  totalGzip += gzip;
  console.log(`  ${kb(gzip)} KB gzip  ${kb(raw)} KB raw  ${file}`);
}
for (const file of css) {
  const { raw, gzip } = sizes(file);
  console.log(`  ${kb(gzip)} KB gzip  ${kb(raw)} KB raw  ${file} (CSS, not counted)`);
}
if (lazy.size > 0) {
  console.log('Lazy route chunks (loaded on navigation, not counted):');
  for (const file of [...lazy].sort()) {
    const { raw, gzip } = sizes(file);
    console.log(`  ${kb(gzip)} KB gzip  ${kb(raw)} KB raw  ${file}`);
  }
}

const totalKb = totalGzip / 1024;
const line = `initial JS ${totalKb.toFixed(1)} KB gzip (${(totalRaw / 1024).toFixed(1)} KB raw) in ${initial.size} file(s); budget ${BUDGET_KB} KB gzip`;
if (totalKb > BUDGET_KB) {
  console.error(`size: FAIL ${line}`);
  process.exit(1);
}
console.log(`size: OK ${line}\n`);
