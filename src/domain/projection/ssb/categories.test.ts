import { describe, expect, it } from 'vitest';
import { alternativeOf, parseAge, parseRegion, parseSex, parseYear } from './categories.ts';

const c = (code: string, label = code) => ({ code, label });

describe('SSB categories', () => {
  it('sex: codes and labels; both sexes is a total', () => {
    expect(parseSex(c('1', 'Menn'))).toEqual({ kind: 'value', value: 'M' });
    expect(parseSex(c('2', 'Kvinner'))).toEqual({ kind: 'value', value: 'F' });
    expect(parseSex(c('Kvinner'))).toEqual({ kind: 'value', value: 'F' });
    expect(parseSex(c('0', 'Begge kjønn'))).toEqual({ kind: 'total' });
    expect(parseSex(c('x', 'Ukjent')).kind).toBe('invalid');
  });

  it('age: single years, groups, open-ended groups and totals', () => {
    expect(parseAge(c('000', '0 år'))).toEqual({ kind: 'value', value: { from: 0, to: 0 } });
    expect(parseAge(c('105+', '105 år eller eldre'))).toEqual({ kind: 'value', value: { from: 105, to: null } });
    expect(parseAge(c('F000-005', '0-5 år'))).toEqual({ kind: 'value', value: { from: 0, to: 5 } });
    expect(parseAge(c('90+', '90 år eller eldre'))).toEqual({ kind: 'value', value: { from: 90, to: null } });
    expect(parseAge(c('x', '67-79 år'))).toEqual({ kind: 'value', value: { from: 67, to: 79 } });
    expect(parseAge(c('999', 'Alle aldre'))).toEqual({ kind: 'total' });
    expect(parseAge(c('ab', 'voksne')).kind).toBe('invalid');
    expect(parseAge(c('9-5')).kind).toBe('invalid');
  });

  it('year and region', () => {
    expect(parseYear(c('2028'))).toBe(2028);
    expect(parseYear(c('2028M01'))).toBeNull();
    expect(parseRegion(c('3907', 'Sandefjord'))).toEqual({ kind: 'value', value: '3907' });
    expect(parseRegion(c('K-3105', 'Sarpsborg'))).toEqual({ kind: 'value', value: '3105' });
    expect(parseRegion(c('0', 'Hele landet'))).toEqual({ kind: 'total' });
    expect(parseRegion(c('39', 'Vestfold'))).toEqual({ kind: 'total' });
    expect(parseRegion(c('Sandefjord')).kind).toBe('invalid');
  });

  it('alternative codes in codes and labels', () => {
    expect(alternativeOf(c('MMMM'))).toBe('MMMM');
    expect(alternativeOf(c('Personer1', 'Hovedalternativet (MMMM)'))).toBe('MMMM');
    expect(alternativeOf(c('x', 'Ingen nettoinnvandring (Alternativ MMM0)'))).toBe('MMM0');
    expect(alternativeOf(c('Personer', 'Personer'))).toBeNull();
  });
});
