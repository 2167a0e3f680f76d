import { describe, expect, it } from 'vitest';
import { datesOf, gridPages } from './roster-grid-pages.ts';

describe('roster grid pages', () => {
  it('splits a period into Monday–Sunday weeks clipped to the period, with ISO week numbers', () => {
    const pages = gridPages('2027-01-01', '2027-01-14', 'week');
    expect(pages.map((p) => [p.from, p.to])).toEqual([
      ['2027-01-01', '2027-01-03'],
      ['2027-01-04', '2027-01-10'],
      ['2027-01-11', '2027-01-14'],
    ]);
    expect(pages[0]!.label).toBe('Uke 53: 01.01.2027–03.01.2027');
    expect(pages[1]!.label).toBe('Uke 1: 04.01.2027–10.01.2027');
  });

  it('splits a period into calendar months across a new year', () => {
    const pages = gridPages('2026-12-15', '2027-02-03', 'month');
    expect(pages.map((p) => [p.from, p.to])).toEqual([
      ['2026-12-15', '2026-12-31'],
      ['2027-01-01', '2027-01-31'],
      ['2027-02-01', '2027-02-03'],
    ]);
    expect(pages[1]!.label).toBe('januar 2027');
  });

  it('lists the dates of a page, across the DST change', () => {
    expect(datesOf('2027-03-27', '2027-03-29')).toEqual(['2027-03-27', '2027-03-28', '2027-03-29']);
  });
});
