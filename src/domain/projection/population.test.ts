import { describe, expect, it } from 'vitest';
import { ProjectionInputError } from './errors.ts';
import { describeGroup, populationYear } from './population.ts';
import type { PopulationSeries } from './types.ts';

const groups = [
  { sex: 'F' as const, ageFrom: 0, ageTo: 49 },
  { sex: 'M' as const, ageFrom: 0, ageTo: 49 },
  { sex: 'F' as const, ageFrom: 50, ageTo: null },
];
const mmmm: PopulationSeries = {
  code: 'MMMM',
  source: 'SSB 14288',
  groups,
  years: [
    { year: 2024, persons: [100, 100, 50] },
    { year: 2025, persons: [101, 99, 52] },
    { year: 2026, persons: [101, null, 52] },
  ],
};
const reg: PopulationSeries = { code: 'REG', source: 'SSB 07459', groups: groups.slice(0, 2), years: [{ year: 2023, persons: [120, 110] }] };

describe('populationYear', () => {
  it('sums a year of a series', () => {
    expect(populationYear([mmmm], 'MMMM', 2025)).toMatchObject({ total: 252, code: 'MMMM' });
  });

  it('takes a year before the projection starts from the registered population', () => {
    expect(populationYear([mmmm, reg], 'MMMM', 2023)).toMatchObject({ total: 230, code: 'REG', source: 'SSB 07459' });
  });

  it('refuses a year past the table, naming the span', () => {
    expect(() => populationYear([mmmm], 'MMMM', 2027)).toThrow(/dekker 2024–2026; 2027 mangler/);
  });

  it('refuses a year with a missing group, naming the group', () => {
    expect(() => populationYear([mmmm], 'MMMM', 2026)).toThrow('mangler verdi for menn 0–49 år');
  });

  it('refuses an alternative that was not imported, saying what was', () => {
    try {
      populationYear([mmmm], 'HHMH', 2025, 'uncertainty.highSeries');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ProjectionInputError);
      expect((err as ProjectionInputError).path).toBe('uncertainty.highSeries');
      expect((err as Error).message).toContain('lastet inn: MMMM');
    }
  });

  it('describes groups in Norwegian', () => {
    expect(describeGroup({ sex: 'F', ageFrom: 90, ageTo: null })).toBe('kvinner 90 år og eldre');
    expect(describeGroup({ sex: 'M', ageFrom: 7, ageTo: 7 })).toBe('menn 7 år');
  });
});
