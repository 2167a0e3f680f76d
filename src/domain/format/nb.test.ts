import { describe, expect, it } from 'vitest';
import { formatCount, formatDate, formatDateTime, formatDayMonth, formatInt, formatMonth, formatMonthLong, formatPercent } from './nb.ts';

describe('the nb-NO formatter', () => {
  it('writes dates day first with dots, never ISO', () => {
    expect(formatDate('2026-12-07')).toBe('07.12.2026');
    expect(formatDate('2027-09-01T00:00:00.000Z')).toBe('01.09.2027');
  });
  it('names months in Norwegian, from a date or a month', () => {
    expect(formatMonthLong('2026-11-01')).toBe('november 2026');
    expect(formatMonthLong('2021-02')).toBe('februar 2021');
    expect(formatMonth('2021-02-01')).toBe('feb. 2021');
    expect(formatDayMonth('2023-03-01')).toBe('1. mars 2023');
  });
  it('writes instants in Oslo time, summer and winter', () => {
    expect(formatDateTime('2026-07-01T06:30:00Z')).toBe('01.07.2026 kl. 08:30');
    expect(formatDateTime('2026-12-01T06:30:00Z')).toBe('01.12.2026 kl. 07:30');
  });
  it('groups thousands and writes percent with a decimal comma', () => {
    expect(formatInt(5000).replace(/\s/g, ' ')).toBe('5 000');
    expect(formatPercent(0.016).replace(/\s/g, ' ')).toBe('1,6 %');
  });
  it('puts the noun in the right number', () => {
    expect(formatCount(1, 'fastlege', 'fastleger')).toBe('1 fastlege');
    expect(formatCount(2, 'fastlege', 'fastleger')).toBe('2 fastleger');
    expect(formatCount(1143, 'pasient', 'pasienter').replace(/\s/g, ' ')).toBe('1 143 pasienter');
  });
});
