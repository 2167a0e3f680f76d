import { ruleInForce } from '../rules/capacity-target.ts';
import type { AlisPlanRule } from '../rules/training-rules.ts';
import { addDays, addMonths, DAYS_PER_MONTH, daysBetween, maxDate, minDate } from './dates.ts';
import { agreementEnd } from './supervision.ts';
import { ARENAS, type AlisAgreementFacts, type AlisPeriodFacts, type Arena } from './types.ts';

export type PlanMonths = Pick<AlisAgreementFacts, 'planOpenMonths' | 'planInstitutionMonths' | 'planOtherMonths'>;

/** What is wrong with an education plan under the rule in force on its start date, as field messages (Norwegian). */
export function planProblems(plan: PlanMonths, rule: AlisPlanRule): { path: keyof PlanMonths; message: string }[] {
  const total = plan.planOpenMonths + plan.planInstitutionMonths + plan.planOtherMonths;
  const out: { path: keyof PlanMonths; message: string }[] = [];
  if (total > rule.totalMonths) {
    out.push({ path: 'planOtherMonths', message: `Planen har ${total} måneder i arenaene, men utdanningen er ${rule.totalMonths / 12} år (${rule.totalMonths} måneder)` });
  }
  if (plan.planOpenMonths < rule.minOpenPracticeMonths) {
    out.push({ path: 'planOpenMonths', message: `Minst ${rule.minOpenPracticeMonths} måneder i åpen uselektert allmennpraksis` });
  }
  if (plan.planInstitutionMonths < rule.minInstitutionMonths) {
    out.push({ path: 'planInstitutionMonths', message: `Minst ${rule.minInstitutionMonths} måneder i institusjon` });
  }
  return out;
}

export const planMonthsOf = (a: PlanMonths, arena: Arena): number => {
  switch (arena) {
    case 'open_practice':
      return a.planOpenMonths;
    case 'institution':
      return a.planInstitutionMonths;
    case 'other_general':
      return a.planOtherMonths;
  }
};

/** Time in one arena: planned and done (full-time months, so a 50 % month counts half). */
export interface ArenaProgress {
  arena: Arena;
  planMonths: number;
  doneMonths: number;
}

/** Full-time months served per arena up to and including asOf. */
export function arenaProgress(a: AlisAgreementFacts, periods: readonly AlisPeriodFacts[], asOf: string): ArenaProgress[] {
  const end = minDate(asOf, agreementEnd(a) ?? asOf);
  return ARENAS.map((arena) => {
    const days = periods
      .filter((p) => p.agreementId === a.id && p.arena === arena && p.fromDate <= end)
      .reduce((s, p) => s + daysBetween(p.fromDate, addDays(minDate(p.toDate ?? end, end), 1)), 0);
    return { arena, planMonths: planMonthsOf(a, arena), doneMonths: (days / DAYS_PER_MONTH) * a.fte };
  });
}

/** When the ALIS should finish: planned (start + total at their FTE) and projected (now + what remains at their FTE). */
export interface Completion {
  plannedDate: string;
  projectedDate: string;
  doneMonths: number;
  totalMonths: number;
  /** Months the projection lies after the plan (negative when ahead). */
  delayMonths: number;
}

export function completion(a: AlisAgreementFacts, progress: readonly ArenaProgress[], asOf: string, rules: readonly AlisPlanRule[]): Completion {
  const rule = ruleInForce(rules, a.startDate);
  const done = progress.reduce((s, p) => s + p.doneMonths, 0);
  const remaining = Math.max(0, rule.totalMonths - done);
  const plannedDate = addMonths(a.startDate, Math.round(rule.totalMonths / a.fte));
  const projectedDate = addDays(maxDate(asOf, a.startDate), Math.round((remaining / a.fte) * DAYS_PER_MONTH));
  return { plannedDate, projectedDate, doneMonths: done, totalMonths: rule.totalMonths, delayMonths: daysBetween(plannedDate, projectedDate) / DAYS_PER_MONTH };
}
