#!/usr/bin/env node
// Generates src/lib/api/schema.d.ts from openapi/openapi.json with openapi-typescript.
//   node scripts/gen-api.mjs          write the file
//   node scripts/gen-api.mjs --check  generate into a temp file and fail if the checked-in file differs
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const spec = join(root, 'openapi', 'openapi.json');
const target = join(root, 'src', 'lib', 'api', 'schema.d.ts');
const check = process.argv.includes('--check');

function generate(output) {
  // Resolve the CLI through Node's module resolution so it works with hoisted workspaces.
  const pkgJson = fileURLToPath(import.meta.resolve('openapi-typescript/package.json'));
  const { bin } = JSON.parse(readFileSync(pkgJson, 'utf8'));
  const cli = join(dirname(pkgJson), typeof bin === 'string' ? bin : bin['openapi-typescript']);
  const result = spawnSync(process.execPath, [cli, spec, '--output', output], {
    cwd: root,
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    process.stderr.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
    console.error('gen:api: openapi-typescript failed');
    process.exit(result.status ?? 1);
  }
}

if (!check) {
  generate(target);
  console.log(`gen:api: wrote ${relative(root, target)} from ${relative(root, spec)}`);
  process.exit(0);
}

const dir = mkdtempSync(join(tmpdir(), 'gen-api-'));
try {
  const fresh = join(dir, 'schema.d.ts');
  generate(fresh);
  const normalise = (text) => text.replace(/\r\n/g, '\n');
  const current = existsSync(target) ? normalise(readFileSync(target, 'utf8')) : null;
  if (current === null) {
    console.error(`check:api: FAIL ${relative(root, target)} is missing; run "npm run gen:api" and commit it`);
    process.exit(1);
  }
  if (current !== normalise(readFileSync(fresh, 'utf8'))) {
    console.error(
      `check:api: FAIL ${relative(root, target)} is out of date with ${relative(root, spec)}; ` +
        'run "npm run gen:api" and commit the result',
    );
    process.exit(1);
  }
  console.log(`check:api: OK ${relative(root, target)} matches ${relative(root, spec)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
