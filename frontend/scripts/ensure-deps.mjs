#!/usr/bin/env node
// Installs the npm workspace's dependencies only when needed (run by Maven from the repository root).
// `npm ci` runs when node_modules/.package-lock.json (written by npm after an install) is missing or older
// than package-lock.json; otherwise the installed tree is taken as up to date.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// frontend/scripts/ → repository root (where the workspace's package-lock.json lives)
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const lockfile = join(root, 'package-lock.json');
const installed = join(root, 'node_modules', '.package-lock.json');

if (!existsSync(lockfile)) {
  console.error(`ensure-deps: FAIL ${lockfile} is missing; run "npm install" at the repository root and commit it`);
  process.exit(1);
}

const reason = !existsSync(installed)
  ? 'node_modules is not installed'
  : statSync(installed).mtimeMs < statSync(lockfile).mtimeMs
    ? 'package-lock.json is newer than the installed tree'
    : null;

if (!reason) {
  console.log('ensure-deps: dependencies up to date');
  process.exit(0);
}

console.log(`ensure-deps: ${reason}; running npm ci`);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], {
  cwd: root,
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
if (result.error) {
  console.error(`ensure-deps: FAIL could not run npm: ${result.error.message}`);
  process.exit(1);
}
if (result.status !== 0) {
  console.error(`ensure-deps: FAIL npm ci exited with ${result.status ?? result.signal}`);
  process.exit(result.status ?? 1);
}
console.log('ensure-deps: dependencies installed');
