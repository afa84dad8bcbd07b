import { describe, expect, it } from 'vitest';

import en from '../locales/en.json';
import th from '../locales/th.json';

/**
 * The other half of resources.test.ts: every key the code asks for exists in both languages. TypeScript checks
 * plain `t('a.b')` calls against th.json; this also covers keys built at run time (`t(`market.mode.${mode}`)`),
 * keys kept in constants (`labelKey: 'nav.home'`), and en.json, which TypeScript does not see.
 */
type Tree = { [key: string]: string | Tree };

function keysOf(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [prefix + key] : keysOf(value, `${prefix}${key}.`),
  );
}

const sources = import.meta.glob<string>(['/src/**/*.{ts,tsx}', '!/src/**/__tests__/**', '!/src/**/*.test.{ts,tsx}', '!/src/testing/**', '!/src/lib/api/schema.d.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

const locales = { th: keysOf(th), en: keysOf(en) };

/** `t('a.b')`, `t("a.b")`, and constants named like `labelKey: 'a.b'`. */
const LITERAL = /\bt\(\s*(['"])([A-Za-z][\w-]*(?:\.[\w-]+)+)\1|\b\w*Key\s*[:=]\s*(['"])([A-Za-z][\w-]*(?:\.[\w-]+)+)\3/g;
/** `t(`a.${x}.b`)`: the parts around the placeholders are fixed, a placeholder stands for one key segment. */
const TEMPLATE = /\bt\(\s*`([^`]*\$\{[^`]*)`/g;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function usedKeys() {
  const literals = new Map<string, string>();
  const templates = new Map<string, string>();
  for (const [file, source] of Object.entries(sources)) {
    for (const match of source.matchAll(LITERAL)) literals.set(match[2] ?? match[4] ?? '', file);
    for (const match of source.matchAll(TEMPLATE)) templates.set(match[1] ?? '', file);
  }
  literals.delete('');
  return { literals, templates };
}

describe('translation keys used in the code', () => {
  const { literals, templates } = usedKeys();

  it('finds the calls it checks', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(50);
    expect(literals.size).toBeGreaterThan(200);
    expect(templates.size).toBeGreaterThan(20);
  });

  it.each(Object.entries(locales))('every literal key exists in %s', (_language, keys) => {
    // a counted key (`t('x', { count })`) is found under its plural forms (`x_one`, `x_other`)
    const known = new Set(keys.map((key) => key.replace(/_(zero|one|two|few|many|other)$/, '')));
    const missing = [...literals].filter(([key]) => !known.has(key)).map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });

  it.each(Object.entries(locales))('every key built at run time matches keys in %s', (_language, keys) => {
    const missing = [...templates]
      .filter(([template]) => {
        const pattern = new RegExp(`^${template.split(/\$\{[^}]*\}/).map(escape).join('[\\w-]+')}$`);
        return !keys.some((key) => pattern.test(key.replace(/_(zero|one|two|few|many|other)$/, '')));
      })
      .map(([template, file]) => `${template} (${file})`);
    expect(missing).toEqual([]);
  });

  it('the chrome has no Thai written into components (Thai lives in th.json)', () => {
    const thai = /[\u0E00-\u0E7F]/;
    // the crash fallback is bilingual on purpose: it shows when the translations themselves may have failed
    const allowed = ['/src/app/provider.tsx', '/src/lib/format.ts'];
    const offenders = Object.entries(sources)
      .filter(([file]) => !allowed.includes(file) && !file.includes('/locales/'))
      .flatMap(([file, source]) =>
        source
          .split('\n')
          .filter((line) => thai.test(line) && !/^\s*(\/\/|\*|\/\*\*)/.test(line))
          .map((line) => `${file}: ${line.trim()}`),
      );
    expect(offenders).toEqual([]);
  });
});
