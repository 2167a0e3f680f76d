import { describe, expect, it } from 'vitest';
import { parseCode, parseCount, parseMonth } from './parse-values.ts';

const reason = (p: { ok: boolean; reason?: string }) => (p.ok ? null : p.reason);

describe('parseMonth', () => {
  it.each([
    ['2021-02', '2021-02-01'],
    ['2021-2', '2021-02-01'],
    ['2021-02-01', '2021-02-01'],
    ['02.2021', '2021-02-01'],
    ['2.2021', '2021-02-01'],
    ['01.02.2021', '2021-02-01'],
    ['1.2.2021', '2021-02-01'],
    ['2021M02', '2021-02-01'],
    ['feb 2021', '2021-02-01'],
    ['Feb. 2021', '2021-02-01'],
    ['februar 2021', '2021-02-01'],
    ['Februar-2021', '2021-02-01'],
    ['February 2021', '2021-02-01'],
    ['mai 2026', '2026-05-01'],
    ['okt. 2026', '2026-10-01'],
    ['des 2026', '2026-12-01'],
    ['  2026-11-01  ', '2026-11-01'],
  ])('reads %j as %s', (text, month) => {
    expect(parseMonth(text)).toEqual({ ok: true, value: month });
  });

  it('reads Excel date cells on the 1st (their date is in UTC)', () => {
    expect(parseMonth(new Date(Date.UTC(2021, 1, 1)))).toEqual({ ok: true, value: '2021-02-01' });
  });

  it('refuses a day other than the 1st: lists are counted on the 1st', () => {
    expect(reason(parseMonth('2021-02-15'))).toBe('«2021-02-15» er ikke den 1. i måneden: listene telles den 1.');
    expect(reason(parseMonth('15.02.2021'))).toMatch(/ikke den 1\. i måneden/);
    expect(reason(parseMonth(new Date(Date.UTC(2021, 1, 2))))).toBe('«2021-02-02» er ikke den 1. i måneden: listene telles den 1.');
  });

  it('refuses dates that do not exist', () => {
    expect(reason(parseMonth('31.02.2021'))).toBe('«31.02.2021» finnes ikke i kalenderen');
    expect(reason(parseMonth('2021-02-29'))).toMatch(/finnes ikke i kalenderen/);
    expect(reason(parseMonth('2021-13'))).toBe('«2021-13» er ikke en gyldig måned');
    expect(reason(parseMonth('00.2021'))).toMatch(/ikke en gyldig måned/);
  });

  it('refuses years outside the GP scheme and text that is no month', () => {
    expect(reason(parseMonth('1926-11'))).toBe('Året i «1926-11» må ligge mellom 2000 og 2100');
    expect(reason(parseMonth('febuar 2021'))).toBe('«febuar 2021» kan ikke leses som en måned (skriv f.eks. 2026-11)');
    expect(reason(parseMonth('02/01/2021'))).toMatch(/kan ikke leses som en måned/);
    expect(reason(parseMonth(44228))).toBe('Tallet 44228 er ikke en måned (skriv f.eks. 2026-11)');
    expect(reason(parseMonth(new Date(Number.NaN)))).toBe('Datoen kan ikke leses');
  });

  it('says a blank cell is missing', () => {
    expect(reason(parseMonth(null))).toBe('Mangler verdi');
    expect(reason(parseMonth('   '))).toBe('Mangler verdi');
  });
});

describe('parseCount', () => {
  it('reads whole numbers with space, no-break space, narrow no-break space or thin space between thousands', () => {
    expect(parseCount('1143', 10_000)).toEqual({ ok: true, value: 1143 });
    expect(parseCount('1 143', 10_000)).toEqual({ ok: true, value: 1143 });
    expect(parseCount('1\u00A0143', 10_000)).toEqual({ ok: true, value: 1143 });
    expect(parseCount('1\u202F143', 10_000)).toEqual({ ok: true, value: 1143 });
    expect(parseCount('1\u2009143', 10_000)).toEqual({ ok: true, value: 1143 });
    expect(parseCount(' 0 ', 10_000)).toEqual({ ok: true, value: 0 });
    expect(parseCount(1143, 10_000)).toEqual({ ok: true, value: 1143 });
  });

  it('refuses separators in the wrong places, and decimal marks (1.143 could be a thousand or one)', () => {
    expect(reason(parseCount('11 43', 10_000))).toBe('«11 43» er ikke et tall');
    expect(reason(parseCount('1.143', 10_000))).toBe('«1.143» er ikke et heltall (bruk mellomrom, ikke punktum eller komma, som tusenskille)');
    expect(reason(parseCount('1,5', 10_000))).toMatch(/ikke et heltall/);
    expect(reason(parseCount(1143.5, 10_000))).toBe('1143,5 er ikke et heltall');
  });

  it('refuses negative and absurd values', () => {
    expect(reason(parseCount('-5', 10_000))).toBe('Kan ikke være negativt');
    expect(reason(parseCount('\u22125', 10_000))).toBe('Kan ikke være negativt');
    expect(reason(parseCount(-1, 10_000))).toBe('Kan ikke være negativt');
    expect(reason(parseCount('10 001', 10_000))).toBe('10\u00A0001 er urimelig høyt: høyst 10\u00A0000');
    expect(parseCount('10 000', 10_000)).toEqual({ ok: true, value: 10_000 });
  });

  it('refuses text, dates and blanks', () => {
    expect(reason(parseCount('ca. 900', 10_000))).toBe('«ca. 900» er ikke et tall');
    expect(reason(parseCount(new Date(Date.UTC(2021, 1, 1)), 10_000))).toBe('Er en dato, ikke et tall');
    expect(reason(parseCount('', 10_000))).toBe('Mangler verdi');
    expect(reason(parseCount(Number.POSITIVE_INFINITY, 10_000))).toBe('Er ikke et tall');
  });

  it('shortens long cell text in messages', () => {
    expect(reason(parseCount('x'.repeat(200), 10_000))).toBe(`«${'x'.repeat(29)}…» er ikke et tall`);
  });
});

describe('parseCode', () => {
  it('reads trimmed text, and whole numbers as their digits', () => {
    expect(parseCode(' T-01 ')).toEqual({ ok: true, value: 'T-01' });
    expect(parseCode(123456)).toEqual({ ok: true, value: '123456' });
  });

  it('refuses blanks, dates and fractions', () => {
    expect(reason(parseCode(null))).toBe('Mangler verdi');
    expect(reason(parseCode(new Date(Date.UTC(2021, 1, 1))))).toBe('Er en dato, ikke en hjemmel-ID');
    expect(reason(parseCode(1.5))).toBe('1,5 er ikke en hjemmel-ID');
  });
});
