import { describe, expect, it } from 'vitest';
import { NormDataError } from './errors.ts';
import { stayWhatIf, withStays } from './what-if.ts';
import { smallFacts } from './test-facts.ts';

describe('withStays', () => {
  it('scales every stay, lets an override win, and leaves units without a stay alone', () => {
    const units = smallFacts().units;
    const out = withStays(units, { stayScale: 0.5, stays: [{ unitId: 22, avgStayDays: 7 }] });
    expect(out.map((u) => u.avgStayDays)).toEqual([null, 14, 7, 1.5]);
    expect(units.map((u) => u.avgStayDays)).toEqual([null, 28, 17.5, 3]);
  });

  it('refuses a unit that does not exist, naming the field', () => {
    const call = () => withStays(smallFacts().units, { stayScale: 1, stays: [{ unitId: 99, avgStayDays: 7 }] });
    expect(call).toThrow(NormDataError);
    try {
      call();
    } catch (e) {
      expect((e as NormDataError).path).toBe('stays.0.unitId');
    }
  });
});

describe('stayWhatIf', () => {
  it('shorter stays mean more admissions and discharges, so more short-term FTE; long-term is unchanged', () => {
    const r = stayWhatIf(smallFacts(), { year: 2024 }, { stayScale: 0.5, stays: [] });
    expect(r.change.requiredFte.longTerm).toBe(0);
    // 4-week unit: 11.67 places × (1.5 + 3/2 − 2.25) h ÷ 26.25
    expect(r.whatIf.institutions[1]!.units[0]!.requiredFte.total).toBeCloseTo(((26.25 / 2.25) * 3) / 26.25, 10);
    expect(r.change.requiredFte.shortTerm).toBeGreaterThan(0);
    expect(r.change.gapFte).toBeCloseTo(r.change.requiredFte.total, 10);
    expect(r.change.staysPerYear).toBeCloseTo(r.baseline.institutions[1]!.staysPerYear, 10);
  });

  it('a scale of 1 and no overrides changes nothing', () => {
    const r = stayWhatIf(smallFacts(), { year: 2024 }, { stayScale: 1, stays: [] });
    expect(r.change).toEqual({ requiredFte: { longTerm: 0, shortTerm: 0, total: 0 }, gapFte: 0, staysPerYear: 0 });
  });
});
