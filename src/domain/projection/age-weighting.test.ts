import { describe, expect, it } from 'vitest';
import { CONSULTATION_RATES } from '../rules/index.ts';
import { groupRate, meanConsultations, rateAtAge, sexFactor, validateConsultationRates } from './age-weighting.ts';

const ssb = CONSULTATION_RATES[0]!;

describe('age weighting with SSB 2023 consultation rates', () => {
  it('reads the rate of an age from its band (DOMAIN.md §7)', () => {
    expect(rateAtAge(ssb, 0)).toBe(1.9);
    expect(rateAtAge(ssb, 15)).toBe(1.4);
    expect(rateAtAge(ssb, 85)).toBe(4.8);
    expect(rateAtAge(ssb, 104)).toBe(3.5);
  });

  it('women 3.6 and men 2.4 become factors 1.2 and 0.8 around their mean', () => {
    expect(sexFactor(ssb, 'F')).toBeCloseTo(1.2);
    expect(sexFactor(ssb, 'M')).toBeCloseTo(0.8);
  });

  it('a group spanning two bands averages over its ages; a group inside a band takes the band’s rate', () => {
    expect(groupRate(ssb, { sex: 'F', ageFrom: 80, ageTo: 89 })).toBeCloseTo(4.8 * 1.2);
    expect(groupRate(ssb, { sex: 'M', ageFrom: 15, ageTo: 16 })).toBeCloseTo(((1.4 + 2.4) / 2) * 0.8);
  });

  it('an older population needs more GP time per head than a younger one of the same size', () => {
    const groups = [
      { sex: 'F' as const, ageFrom: 20, ageTo: 29 },
      { sex: 'F' as const, ageFrom: 80, ageTo: 89 },
    ];
    const young = meanConsultations(ssb, groups, [900, 100]);
    const old = meanConsultations(ssb, groups, [600, 400]);
    expect(old).toBeGreaterThan(young);
    expect(young).toBeCloseTo((900 * 2.6 + 100 * 4.8) * 1.2 / 1000);
  });

  it('accepts the SSB table and refuses gaps, overlaps, a closed last band and negative rates', () => {
    expect(() => validateConsultationRates(ssb)).not.toThrow();
    const bad = (byAge: typeof ssb.byAge) => () => validateConsultationRates({ ...ssb, byAge });
    expect(bad([{ from: 0, to: 5, rate: 1 }, { from: 7, to: null, rate: 1 }])).toThrow(/starter på 7, ventet 6/);
    expect(bad([{ from: 0, to: 5, rate: 1 }, { from: 6, to: 90, rate: 1 }])).toThrow(/åpen oppover/);
    expect(bad([{ from: 0, to: null, rate: -1 }])).toThrow(/negativ/);
    expect(bad([])).toThrow(/mangler/);
  });
});
