#!/usr/bin/env node
// Makes sure a Chromium for the end-to-end smoke test exists at /usr/bin/chromium (or $CHROMIUM_PATH).
// On Debian as root it installs Debian's chromium and Thai fonts with apt-get. It never skips silently:
// when Chromium is missing and cannot be installed, it exits non-zero and says why.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

function version(path) {
  const result = spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  return result.status === 0 ? result.stdout.trim() : null;
}

function fail(message) {
  console.error(`ensure-chromium: FAIL ${message}`);
  process.exit(1);
}

if (existsSync(chromium)) {
  console.log(`ensure-chromium: found ${chromium} (${version(chromium) ?? 'version unknown'})`);
  process.exit(0);
}

if (process.env.CHROMIUM_PATH) {
  fail(`CHROMIUM_PATH=${chromium} does not exist`);
}

const isDebian = existsSync('/etc/debian_version') || /^ID(_LIKE)?=.*debian/m.test(readOrEmpty('/etc/os-release'));
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (!isDebian || !isRoot) {
  fail(
    `${chromium} is missing and cannot be installed automatically here ` +
      `(needs Debian and root; Debian: ${isDebian}, root: ${isRoot}). ` +
      'Install Chromium (e.g. "apt-get install -y chromium fonts-thai-tlwg") or set CHROMIUM_PATH.',
  );
}

function readOrEmpty(path) {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

function apt(args) {
  console.log(`ensure-chromium: apt-get ${args.join(' ')}`);
  const result = spawnSync('apt-get', args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.error) fail(`could not run apt-get: ${result.error.message}`);
  if (result.status !== 0) fail(`apt-get ${args[0]} exited with ${result.status ?? result.signal}`);
}

apt(['update']);
apt(['install', '-y', 'chromium', 'fonts-thai-tlwg']);

if (!existsSync(chromium)) fail(`apt-get finished but ${chromium} is still missing`);
console.log(`ensure-chromium: installed ${chromium} (${version(chromium) ?? 'version unknown'})`);
