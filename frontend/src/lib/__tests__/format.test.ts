import { describe, expect, it } from 'vitest';

import { formatDate, formatFileSize, formatNumber, formatTHB, formatYear } from '../format';

describe('format', () => {
  it('shows dates in the Buddhist Era for Thai and in CE for English', () => {
    expect(formatDate('2023-06-21', 'th')).toBe('21 มิถุนายน 2566');
    expect(formatDate('2023-06-21', 'en')).toBe('21 June 2023');
    expect(formatDate(new Date('2024-12-31T20:00:00Z'), 'th', { year: 'numeric' })).toMatch(/2568/); // already 1 Jan in Bangkok
    expect(formatDate('not a date', 'th')).toBe('not a date');
  });

  it('shows vintages (CE years) in the Buddhist Era for Thai', () => {
    expect(formatYear(2024, 'th')).toBe('พ.ศ. 2567');
    expect(formatYear(2024, 'en')).toBe('2024');
  });

  it('formats THB with satang, from decimal strings without float rounding', () => {
    expect(formatTHB('260.00', 'th')).toBe('฿260.00');
    expect(formatTHB(1234567.5, 'th')).toBe('฿1,234,567.50');
    expect(formatTHB('9007199254740993.10', 'th')).toBe('฿9,007,199,254,740,993.10');
    expect(formatTHB('260', 'en')).toBe('THB\u00a0260.00');
    expect(formatTHB('abc', 'th')).toBe('abc');
  });

  it('groups numbers', () => {
    expect(formatNumber(7849, 'th')).toBe('7,849');
    expect(formatNumber('176.34', 'en')).toBe('176.34');
  });

  it('shows file sizes in B, KB and MB', () => {
    expect(formatFileSize(532, 'en')).toBe('532 B');
    expect(formatFileSize(1536, 'th')).toBe('1.5 KB');
    expect(formatFileSize(5 * 1024 * 1024, 'en')).toBe('5 MB');
  });
});
