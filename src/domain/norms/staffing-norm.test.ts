import { describe, expect, it } from 'vitest';
import { LEGEFORENINGEN_2002, NATIONAL_AVERAGE_2020, NFAS_2020 } from '../rules/nursing-home-norms.ts';
import { summariseActivityNorm } from './activity-norm.ts';
import { activityPlaceDemand, requiredFte } from './staffing-norm.ts';
import { PLACE_KINDS, type StaffingNorm } from './types.ts';

const nfas = NFAS_2020.norm as Extract<StaffingNorm, { kind: 'activity' }>;
const summary = summariseActivityNorm(nfas);

describe('activityPlaceDemand', () => {
  it('long-term: occupied × 13.1 ÷ 1 050 — 80.15 occupied places need one FTE', () => {
    const d = activityPlaceDemand(summary, { placeKind: 'long_term', places: 1050 / 13.1, occupancy: 1, stayDays: null });
    expect(d).toMatchObject({ model: 'long_term', stayWeeks: null });
    expect(d.requiredFte).toBeCloseTo(1, 10);
  });

  it('short-term 4-week stay: 11.67 occupied places need one FTE (patient-weeks over working weeks)', () => {
    const d = activityPlaceDemand(summary, { placeKind: 'short_term', places: 26.25 / 2.25, occupancy: 1, stayDays: 28 });
    expect(d.stayWeeks).toBe(4);
    expect(d.hoursPerPatientWeek).toBeCloseTo(2.25, 10);
    expect(d.requiredFte).toBeCloseTo(1, 10);
  });

  it('counts occupied places: places × occupancy', () => {
    const d = activityPlaceDemand(summary, { placeKind: 'rehabilitation', places: 10, occupancy: 0.9, stayDays: 17.5 });
    expect(d.occupied).toBeCloseTo(9, 10);
    expect(d.requiredFte).toBeCloseTo((9 * 2.7) / 26.25, 10);
  });

  it('ignores the stay for long-term places', () => {
    const a = activityPlaceDemand(summary, { placeKind: 'dementia', places: 12, occupancy: 1, stayDays: null });
    const b = activityPlaceDemand(summary, { placeKind: 'dementia', places: 12, occupancy: 1, stayDays: 700 });
    expect(a.requiredFte).toBe(b.requiredFte);
  });

  it('needs a stay for occupied short-term places, but not for empty ones', () => {
    expect(() => activityPlaceDemand(summary, { placeKind: 'ohd', places: 2, occupancy: 0.5, stayDays: null })).toThrow(RangeError);
    expect(activityPlaceDemand(summary, { placeKind: 'ohd', places: 0, occupancy: 0.5, stayDays: null })).toMatchObject({ requiredFte: 0, hoursPerPatientWeek: null });
  });
});

describe('requiredFte for every norm kind', () => {
  it('activity: the same as activityPlaceDemand', () => {
    const load = { placeKind: 'palliative' as const, places: 6, occupancy: 0.9, stayDays: 18.6 };
    expect(requiredFte(nfas, load)).toBe(activityPlaceDemand(summary, load).requiredFte);
  });

  it('per place (Legeforeningen 2002): 3 long-term beds = 1 h/week; 5 h per palliative bed; per places, not occupancy', () => {
    expect(requiredFte(LEGEFORENINGEN_2002.norm, { placeKind: 'long_term', places: 3 * 37.5, occupancy: 0.5, stayDays: null })).toBeCloseTo(1, 10);
    expect(requiredFte(LEGEFORENINGEN_2002.norm, { placeKind: 'palliative', places: 7.5, occupancy: 1, stayDays: 10 })).toBeCloseTo(1, 10);
  });

  it('per resident (national average 0.56 h/week): occupied places × 0.56 ÷ 37.5', () => {
    expect(requiredFte(NATIONAL_AVERAGE_2020.norm, { placeKind: 'short_term', places: 100, occupancy: 0.5, stayDays: 14 })).toBeCloseTo((50 * 0.56) / 37.5, 10);
  });

  it('has a Legeforeningen rate for every place kind', () => {
    const norm = LEGEFORENINGEN_2002.norm as Extract<StaffingNorm, { kind: 'per_place' }>;
    for (const kind of PLACE_KINDS) expect(norm.hoursPerPlaceWeek[kind]).toBeGreaterThan(0);
  });
});
