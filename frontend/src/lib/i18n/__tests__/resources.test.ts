import { describe, expect, it } from 'vitest';

import en from '../locales/en.json';
import th from '../locales/th.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const variables = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

describe('translations', () => {
  const thKeys = flatten(th);
  const enKeys = flatten(en);

  it('th and en have identical key sets', () => {
    expect([...enKeys.keys()].sort()).toEqual([...thKeys.keys()].sort());
  });

  it('no translation is empty, and both languages use the same {{variables}}', () => {
    for (const [key, thText] of thKeys) {
      const enText = enKeys.get(key) ?? '';
      expect(thText.trim(), `th ${key}`).not.toBe('');
      expect(enText.trim(), `en ${key}`).not.toBe('');
      expect(variables(enText), key).toEqual(variables(thText));
    }
  });

  it('the Thai file is Thai and the English file has no Thai outside examples', () => {
    const thai = /[\u0E00-\u0E7F]/;
    expect(thKeys.get('nav.home')).toMatch(thai);
    const englishWithThai = [...enKeys].filter(([key, text]) => thai.test(text) && key !== 'laos.qPlaceholder');
    expect(englishWithThai).toEqual([]);
  });
});
