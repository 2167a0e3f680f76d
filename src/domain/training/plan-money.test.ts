import { describe, expect, it } from 'vitest';
import { ALIS_GRANT_RULES, ALIS_PLAN_RULES } from '../rules/training-rules.ts';
import { binding, grantForYear } from './money.ts';
import { arenaProgress, completion, planProblems } from './plan.ts';
import { agreement } from './test-facts.ts';

describe('education plan', () => {
  const rule = ALIS_PLAN_RULES[0]!;
  it('refuses arenas adding up to more than 5 years, and too little open practice or institution', () => {
    expect(planProblems({ planOpenMonths: 36, planInstitutionMonths: 6, planOtherMonths: 18 }, rule)).toEqual([]);
    expect(planProblems({ planOpenMonths: 40, planInstitutionMonths: 12, planOtherMonths: 18 }, rule)).toEqual([
      { path: 'planOtherMonths', message: 'Planen har 70 måneder i arenaene, men utdanningen er 5 år (60 måneder)' },
    ]);
    expect(planProblems({ planOpenMonths: 12, planInstitutionMonths: 0, planOtherMonths: 0 }, rule).map((p) => p.path)).toEqual(['planOpenMonths', 'planInstitutionMonths']);
  });

  it('counts full-time months per arena and projects completion at the ALIS’s FTE', () => {
    const a = agreement({ fte: 0.5 });
    const periods = [{ agreementId: 10, arena: 'open_practice' as const, fromDate: '2023-01-01', toDate: null }];
    const progress = arenaProgress(a, periods, '2024-12-31');
    expect(progress[0]!.doneMonths).toBeCloseTo(12, 1);
    const c = completion(a, progress, '2024-12-31', ALIS_PLAN_RULES);
    expect(c.plannedDate).toBe('2033-01-01');
    expect(c.projectedDate.slice(0, 7)).toBe('2032-12');
  });
});

describe('grant and binding', () => {
  it('pays 300 000 kr a year of which the municipality 20 %, pro rata in the first year, for the years of the rule in force', () => {
    const a = agreement({ grantFrom: '2021-07-01' });
    expect(grantForYear(a, 2021, ALIS_GRANT_RULES).totalOre).toBe(Math.round(300_000_00 * (184 / 365)));
    expect(grantForYear(a, 2022, ALIS_GRANT_RULES)).toEqual({ year: 2022, totalOre: 300_000_00, stateOre: 240_000_00, municipalOre: 60_000_00 });
    expect(grantForYear(a, 2025, ALIS_GRANT_RULES).totalOre).toBe(Math.round(300_000_00 * (181 / 365)));
    expect(grantForYear(agreement({ grantFrom: '2023-01-01' }), 2027, ALIS_GRANT_RULES).totalOre).toBe(300_000_00);
  });

  it('owes the received grant pro rata to the binding time not served', () => {
    const a = agreement({ grantFrom: '2020-01-01', specialistDate: '2024-01-01' });
    const b = binding(a, '2026-07-01', ALIS_GRANT_RULES);
    expect(b.bindingUntil).toBe('2029-01-01');
    expect(b.receivedOre).toBe(Math.round(300_000_00 * (1461 / 365.25)));
    expect(b.owedIfLeavingOre).toBe(Math.round((b.receivedOre * 915) / 1827));
  });
});
