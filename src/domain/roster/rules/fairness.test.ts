import { describe, expect, it } from 'vitest';
import { measureText } from './fairness.ts';

describe('a fairness measure in words', () => {
  it('counts shifts with the noun in the right number, and names weighted measures before their value', () => {
    expect(measureText('nights', 1)).toBe('1 nattevakt');
    expect(measureText('nights', 12)).toBe('12 nattevakter');
    expect(measureText('weekends', 1)).toBe('1 helgevakt');
    expect(measureText('load', 2)).toBe('vaktbelastning 2');
    expect(measureText('load', 14.5)).toBe('vaktbelastning 14,5');
    expect(measureText('holidays', 3)).toBe('helligdagsvekt 3');
  });
});
