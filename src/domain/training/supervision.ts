import { ruleInForce } from '../rules/capacity-target.ts';
import type { SupervisionHourRule } from '../rules/training-rules.ts';
import { addDays, addMonths, daysBetween, daysInMonth, maxDate, minDate } from './dates.ts';
import type { AlisAgreementFacts, SupervisionSessionFacts } from './types.ts';

/** One rule's share of a year's requirement: which rule, over how many (part) months, how many hours. */
export interface SupervisionRulePart {
  validFrom: string;
  hoursPerMonth: number;
  monthsPerYear: number;
  months: number;
  hours: number;
  source: string;
}

/** Individual supervision in a calendar year against the rules in force month by month. */
export interface SupervisionYear {
  year: number;
  /** Required for the whole year (the months the ALIS is in the agreement, pro rata part-time). */
  requiredHours: number;
  /** Required for the part of the year up to and including `asOf`. */
  expectedToDateHours: number;
  loggedHours: number;
  confirmedHours: number;
  unconfirmedSessions: number;
  groupHours: number;
  rules: SupervisionRulePart[];
}

/** The last day the agreement runs (the day before leaving, or the specialist approval), or null while it runs. */
export function agreementEnd(a: Pick<AlisAgreementFacts, 'leftDate' | 'specialistDate'>): string | null {
  const ends = [a.leftDate, a.specialistDate].filter((d): d is string => d !== null);
  return ends.length === 0 ? null : ends.reduce(minDate);
}

/** Share of a month (given by its 1st) that lies within from–to (inclusive). */
function monthShare(monthStart: string, from: string, to: string): number {
  const monthEnd = addMonths(monthStart, 1);
  const start = maxDate(monthStart, from);
  const endExclusive = minDate(monthEnd, addDays(to, 1));
  const days = daysBetween(start, endExclusive);
  return days <= 0 ? 0 : days / daysInMonth(monthStart);
}

/** Hours required over from–to: each month at the rule in force on its 1st, × monthsPerYear/12, × FTE. */
function requiredBetween(rules: readonly SupervisionHourRule[], fte: number, from: string, to: string): SupervisionRulePart[] {
  const parts = new Map<string, SupervisionRulePart>();
  if (to < from) return [];
  const first = rules.reduce((m, r) => minDate(m, r.validFrom), '9999-12-31');
  for (let month = `${from.slice(0, 7)}-01`; month <= to; month = addMonths(month, 1)) {
    // Before the first rule there was no requirement (the regulation came in force on its date).
    if (month < `${first.slice(0, 7)}-01`) continue;
    const rule = ruleInForce(rules, maxDate(month, first));
    const share = monthShare(month, from, to);
    if (share === 0) continue;
    const part = parts.get(rule.validFrom) ?? { ...pick(rule), months: 0, hours: 0 };
    part.months += share;
    part.hours += share * rule.hoursPerMonth * (rule.monthsPerYear / 12) * fte;
    parts.set(rule.validFrom, part);
  }
  return [...parts.values()];
}
const pick = (r: SupervisionHourRule) => ({ validFrom: r.validFrom, hoursPerMonth: r.hoursPerMonth, monthsPerYear: r.monthsPerYear, source: r.source });
const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

/**
 * Individual supervision for one ALIS in `year`, as of a date: the requirement month by month under the rule in force
 * (so a year spanning a rule change mixes both), pro rata for part-time, counted only while the agreement runs;
 * and the hours logged (individual sessions) up to the date.
 */
export function supervisionYear(input: {
  agreement: AlisAgreementFacts;
  sessions: readonly SupervisionSessionFacts[];
  year: number;
  asOf: string;
  rules: readonly SupervisionHourRule[];
}): SupervisionYear {
  const { agreement: a, year, asOf, rules } = input;
  const end = agreementEnd(a);
  const from = maxDate(`${year}-01-01`, a.startDate);
  const to = end === null ? `${year}-12-31` : minDate(`${year}-12-31`, end);
  const whole = requiredBetween(rules, a.fte, from, to);
  const toDate = requiredBetween(rules, a.fte, from, minDate(to, asOf));
  const inYear = input.sessions.filter((s) => s.agreementId === a.id && s.sessionDate.startsWith(`${year}-`) && s.sessionDate <= asOf);
  const individual = inYear.filter((s) => s.sessionKind === 'individual');
  return {
    year,
    requiredHours: sum(whole.map((p) => p.hours)),
    expectedToDateHours: sum(toDate.map((p) => p.hours)),
    loggedHours: sum(individual.map((s) => s.minutes)) / 60,
    confirmedHours: sum(individual.filter((s) => s.confirmed).map((s) => s.minutes)) / 60,
    unconfirmedSessions: inYear.filter((s) => !s.confirmed).length,
    groupHours: sum(inYear.filter((s) => s.sessionKind === 'group').map((s) => s.minutes)) / 60,
    rules: whole,
  };
}
