import { describe, expect, it } from 'vitest';

import { bangkokNoon, bangkokToday } from '../report-payment';

describe('payment dates', () => {
  // 02:30 in Bangkok on 16 January 2025 is still the 15th in UTC
  const now = new Date('2025-01-15T19:30:00Z');

  it("takes today's date in Bangkok, not in UTC", () => {
    expect(bangkokToday(now)).toBe('2025-01-16');
  });

  it('sends noon Bangkok time for an earlier day and now for today (never an instant in the future)', () => {
    expect(bangkokNoon('2025-01-14', now)).toBe('2025-01-14T12:00:00+07:00');
    expect(bangkokNoon('2025-01-16', now)).toBe('2025-01-15T19:30:00.000Z');
  });
});
