import { describe, expect, it } from 'vitest';
import { SUPERVISION_HOUR_RULES, type SupervisionHourRule } from '../rules/training-rules.ts';
import { supervisionYear } from './supervision.ts';
import { agreement } from './test-facts.ts';

const session = (sessionDate: string, minutes: number, confirmed = true) => ({ id: 1, agreementId: 10, sessionDate, minutes, sessionKind: 'individual' as const, confirmed });

describe('supervisionYear', () => {
  it('requires 3 h/month × 10.5 = 31.5 h in a year under the 2021 plan and 42 h under today’s rule', () => {
    expect(supervisionYear({ agreement: agreement(), sessions: [], year: 2023, asOf: '2023-12-31', rules: SUPERVISION_HOUR_RULES }).requiredHours).toBeCloseTo(31.5, 10);
    expect(supervisionYear({ agreement: agreement(), sessions: [], year: 2025, asOf: '2025-12-31', rules: SUPERVISION_HOUR_RULES }).requiredHours).toBeCloseTo(42, 10);
  });

  it('mixes both rules month by month in a year spanning a rule change', () => {
    const rules: SupervisionHourRule[] = [
      { validFrom: '2019-03-01', hoursPerMonth: 3, monthsPerYear: 10.5, source: 'gammel' },
      { validFrom: '2024-07-01', hoursPerMonth: 4, monthsPerYear: 10.5, source: 'ny' },
    ];
    const y = supervisionYear({ agreement: agreement(), sessions: [], year: 2024, asOf: '2024-12-31', rules });
    expect(y.requiredHours).toBeCloseTo(6 * 3 * 0.875 + 6 * 4 * 0.875, 10); // 15.75 + 21 = 36.75
    expect(y.rules.map((r) => [r.validFrom, r.months])).toEqual([['2019-03-01', 6], ['2024-07-01', 6]]);
    expect(supervisionYear({ agreement: agreement(), sessions: [], year: 2024, asOf: '2024-06-30', rules }).expectedToDateHours).toBeCloseTo(15.75, 10);
  });

  it('is pro rata for part-time and counts only the months the agreement runs', () => {
    const half = supervisionYear({ agreement: agreement({ fte: 0.5, startDate: '2025-07-01' }), sessions: [], year: 2025, asOf: '2025-12-31', rules: SUPERVISION_HOUR_RULES });
    expect(half.requiredHours).toBeCloseTo(6 * 3.5 * 0.5, 10);
    const left = supervisionYear({ agreement: agreement({ leftDate: '2025-03-31' }), sessions: [], year: 2025, asOf: '2025-12-31', rules: SUPERVISION_HOUR_RULES });
    expect(left.requiredHours).toBeCloseTo(3 * 3.5, 10);
  });

  it('counts logged individual hours up to the date, confirmed apart, and no requirement before the regulation', () => {
    const y = supervisionYear({
      agreement: agreement(),
      sessions: [session('2025-01-10', 90), session('2025-02-10', 60, false), session('2025-12-01', 60), { ...session('2025-01-20', 120), sessionKind: 'group' }],
      year: 2025,
      asOf: '2025-06-30',
      rules: SUPERVISION_HOUR_RULES,
    });
    expect([y.loggedHours, y.confirmedHours, y.unconfirmedSessions, y.groupHours]).toEqual([2.5, 1.5, 1, 2]);
    expect(supervisionYear({ agreement: agreement({ startDate: '2018-01-01' }), sessions: [], year: 2018, asOf: '2018-12-31', rules: SUPERVISION_HOUR_RULES }).requiredHours).toBe(0);
  });
});
