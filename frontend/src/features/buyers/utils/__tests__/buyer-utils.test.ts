import { describe, expect, it } from 'vitest';

import { MAX_DOCUMENT_BYTES, addDocuments } from '../documents';
import { isValidTaxId, taxIdCheckDigit } from '../tax-id';

const file = (name: string, type: string, size = 1000) => new File([new Uint8Array(size)], name, { type });

describe('tax ID check digit', () => {
  it('accepts IDs whose last digit matches the check digit', () => {
    expect(taxIdCheckDigit('010553611201')).toBe(4);
    expect(isValidTaxId('0105536112014')).toBe(true);
    expect(isValidTaxId('1101700207030')).toBe(true);
    expect(isValidTaxId('0994000165510')).toBe(true);
  });

  it('refuses a wrong check digit, wrong length and non-digits', () => {
    expect(isValidTaxId('0105536112015')).toBe(false);
    expect(isValidTaxId('010553611201')).toBe(false);
    expect(isValidTaxId('01055361120144')).toBe(false);
    expect(isValidTaxId('01055361120a4')).toBe(false);
  });
});

describe('documents', () => {
  it('keeps PDF, JPEG and PNG up to 5 MB and 5 files, and says why others are refused', () => {
    const { kept, rejected } = addDocuments(
      [file('a.pdf', 'application/pdf')],
      [
        file('b.png', 'image/png'),
        file('c.gif', 'image/gif'),
        file('big.pdf', 'application/pdf', MAX_DOCUMENT_BYTES + 1),
        file('a.pdf', 'application/pdf'),
        file('d.jpg', 'image/jpeg'),
        file('e.jpeg', ''),
        file('f.pdf', 'application/pdf'),
        file('g.pdf', 'application/pdf'),
      ],
    );
    expect(kept.map((f) => f.name)).toEqual(['a.pdf', 'b.png', 'd.jpg', 'e.jpeg', 'f.pdf']);
    expect(rejected).toEqual([
      { fileName: 'c.gif', reason: 'type' },
      { fileName: 'big.pdf', reason: 'size' },
      { fileName: 'a.pdf', reason: 'duplicate' },
      { fileName: 'g.pdf', reason: 'count' },
    ]);
  });
});
