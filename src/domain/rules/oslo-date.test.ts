import { describe, expect, it } from 'vitest';
import { osloDate } from './oslo-date.ts';

describe('osloDate', () => {
  it('is the calendar date in Norway, which is ahead of UTC by 1 h in winter and 2 h in summer', () => {
    expect(osloDate('2026-06-30T21:59:00Z')).toBe('2026-06-30');
    expect(osloDate('2026-06-30T22:00:00Z')).toBe('2026-07-01');
    expect(osloDate(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
    expect(osloDate(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01');
  });
});
