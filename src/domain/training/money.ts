import { ruleInForce } from '../rules/capacity-target.ts';
import type { AlisGrantRule } from '../rules/training-rules.ts';
import { addDays, addYears, daysBetween, maxDate, minDate } from './dates.ts';
import { agreementEnd } from './supervision.ts';
import type { AlisAgreementFacts } from './types.ts';

/** The ALIS grant for one year, in øre: the whole, the state's part and the municipality's share. */
export interface GrantYear {
  year: number;
  totalOre: number;
  stateOre: number;
  municipalOre: number;
}

/** The days of [from, to) that fall in `year`, over the days of the year. */
function yearShare(year: number, from: string, toExclusive: string): number {
  const start = maxDate(`${year}-01-01`, from);
  const end = minDate(`${year + 1}-01-01`, toExclusive);
  const days = daysBetween(start, end);
  return days <= 0 ? 0 : days / daysBetween(`${year}-01-01`, `${year + 1}-01-01`);
}

/** When the grant runs: from `grantFrom` for the rule's years, cut short when the agreement ends. Null without a grant. */
export function grantPeriod(a: AlisAgreementFacts, rules: readonly AlisGrantRule[]): { from: string; toExclusive: string; rule: AlisGrantRule } | null {
  if (a.grantFrom === null) return null;
  const rule = ruleInForce(rules, a.grantFrom);
  const end = agreementEnd(a);
  const planned = addYears(a.grantFrom, rule.grantYears);
  return { from: a.grantFrom, toExclusive: end === null ? planned : minDate(planned, addDays(end, 1)), rule };
}

/** The grant for one ALIS in one year, pro rata by days; the municipality pays its share of it. */
export function grantForYear(a: AlisAgreementFacts, year: number, rules: readonly AlisGrantRule[]): GrantYear {
  const period = grantPeriod(a, rules);
  if (period === null) return { year, totalOre: 0, stateOre: 0, municipalOre: 0 };
  const totalOre = Math.round(period.rule.grantPerYearOre * yearShare(year, period.from, period.toExclusive));
  const municipalOre = Math.round(totalOre * period.rule.municipalShare);
  return { year, totalOre, stateOre: totalOre - municipalOre, municipalOre };
}

/** The grant of all agreements per year for `years` years from `fromYear`: the totals the economics pages read. */
export function grantTotalsByYear(agreements: readonly AlisAgreementFacts[], fromYear: number, years: number, rules: readonly AlisGrantRule[]): GrantYear[] {
  return Array.from({ length: years }, (_, i) => {
    const per = agreements.map((a) => grantForYear(a, fromYear + i, rules));
    const total = (k: 'totalOre' | 'stateOre' | 'municipalOre') => per.reduce((s, g) => s + g[k], 0);
    return { year: fromYear + i, totalOre: total('totalOre'), stateOre: total('stateOre'), municipalOre: total('municipalOre') };
  });
}

/** Binding time after specialisation, and what the doctor would owe on leaving on a date. */
export interface Binding {
  bindingUntil: string | null;
  /** Grant received up to the date, øre. */
  receivedOre: number;
  /** (model) The received grant × the share of the binding time not served; all of it before specialisation. */
  owedIfLeavingOre: number;
}

export function binding(a: AlisAgreementFacts, leaveDate: string, rules: readonly AlisGrantRule[]): Binding {
  const period = grantPeriod(a, rules);
  if (period === null) return { bindingUntil: null, receivedOre: 0, owedIfLeavingOre: 0 };
  const received = Math.round(period.rule.grantPerYearOre * (Math.max(0, daysBetween(period.from, minDate(period.toExclusive, addDays(leaveDate, 1)))) / 365.25));
  if (a.specialistDate === null) return { bindingUntil: null, receivedOre: received, owedIfLeavingOre: received };
  const bindingUntil = addYears(a.specialistDate, period.rule.bindingYearsAfterSpecialisation);
  const total = daysBetween(a.specialistDate, bindingUntil);
  const left = Math.min(total, Math.max(0, daysBetween(maxDate(leaveDate, a.specialistDate), bindingUntil)));
  return { bindingUntil, receivedOre: received, owedIfLeavingOre: Math.round((received * left) / total) };
}
