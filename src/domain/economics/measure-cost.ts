import type { SubsidyRate } from '../rules/basistilskudd-rates.ts';
import { EconomicsDataError } from './errors.ts';
import { grantRepayment } from './grants.ts';
import type { MeasureModel } from './measure-kinds.ts';
import { addYears, dayBefore, monthsActiveInYear } from './months.ts';
import { wholeOre, type Ore } from './money.ts';
import { baseRatePerPatient, rateInForce } from './rates.ts';
import { nok, num, pct } from './text.ts';

/** What measure costs are computed from besides their own parameters. */
export interface CostContext {
  rates: readonly SubsidyRate[];
  /** The lists a top-up of basistilskuddet applies to (self-employed GPs), as counted on the reference month. */
  lists: readonly { patients: number; listCap: number }[];
}

/** A measure in time: it runs from startDate to endDate (inclusive; null = open-ended). */
export interface TimedMeasure {
  name: string;
  model: MeasureModel;
  startDate: string;
  endDate: string | null;
}

export interface MeasureCost {
  /** The cost of a full year of the measure (12 months, the per-year volumes). */
  fullYear: Ore;
  byYear: { year: number; amount: Ore }[];
  /** How the figures were found, in Norwegian, one line each. */
  assumptions: string[];
}

// How a kind's cost falls over time. 'monthly' is prorated by the months the measure runs in a year (at the rate in
// force that year); 'yearly' counts events per calendar year (grants, meeting hours); 'once' falls in the start year.
type Schedule =
  | { kind: 'monthly'; annualAt: (date: string) => number; firstYear: number | null }
  | { kind: 'yearly'; annual: number; firstYear: number | 'full' | 'prorated' }
  | { kind: 'once'; amount: number }
  | { kind: 'advance'; outlay: number; repaymentPerMonth: number };

interface Costed {
  schedule: Schedule;
  assumptions: string[];
}

function topUp(m: Extract<MeasureModel, { kind: 'basis_top_up' }>['params'], ctx: CostContext): Costed {
  const modes = [m.percent, m.amountPerPatient, m.amountPerPositionMonth].filter((v) => v !== null).length;
  if (modes !== 1) throw new EconomicsDataError('Oppgi nøyaktig én av: prosent, kr per innbygger eller kr per hjemmel per måned', 'params.percent');
  if (m.shrinksWithStateRate && (m.percent === null || m.baseRate === null)) {
    throw new EconomicsDataError('Et tillegg som krymper når statens sats øker, må ha prosent og en sats å regne fra', 'params.shrinksWithStateRate');
  }
  const lists = ctx.lists.filter((l) => m.listCapMax === null || l.listCap <= m.listCapMax);
  const eligible = lists.reduce((a, l) => a + (m.upToPatients === null ? l.patients : Math.min(l.patients, m.upToPatients)), 0);
  const upTo = m.upToPatients === null ? 'alle innbyggerne' : `de første ${num(m.upToPatients)}`;
  const assumptions = [`${num(eligible)} innbyggere gir tillegg (${upTo} på ${lists.length} lister${m.listCapMax === null ? '' : ` med listetak høyst ${num(m.listCapMax)}`})`];
  if (m.amountPerPositionMonth !== null) {
    const amount = m.amountPerPositionMonth;
    assumptions[0] = `${lists.length} hjemler × ${nok(amount)} per måned`;
    return { schedule: { kind: 'monthly', annualAt: () => lists.length * amount * 12, firstYear: null }, assumptions };
  }
  if (m.amountPerPatient !== null) {
    const amount = m.amountPerPatient;
    assumptions.push(`${nok(amount)} per innbygger per år`);
    return { schedule: { kind: 'monthly', annualAt: () => eligible * amount, firstYear: null }, assumptions };
  }
  const percent = m.percent!;
  const fixedBase = m.baseRate;
  const perPatient = (date: string) => {
    const state = baseRatePerPatient(rateInForce(ctx.rates, date));
    const base = fixedBase ?? state;
    return m.shrinksWithStateRate ? Math.max(0, base * (1 + percent) - state) : base * percent;
  };
  assumptions.push(
    m.shrinksWithStateRate
      ? `Tillegget fyller opp til ${pct(1 + percent)} av ${nok(fixedBase!)} og krymper når statens sats øker`
      : `${pct(percent)} av ${fixedBase === null ? 'statens sats i kraft' : nok(fixedBase)} per innbygger`,
  );
  return { schedule: { kind: 'monthly', annualAt: (date) => eligible * perPatient(date), firstYear: null }, assumptions };
}

function practiceCompensation(m: { doctors: number; daysPerDoctor: number; maxDays: number; practiceCompensationPerDay: number; compensationShare: number }): Costed {
  if (m.daysPerDoctor > m.maxDays) throw new EconomicsDataError(`Dager per lege (${num(m.daysPerDoctor)}) er flere enn ordningens høyst ${num(m.maxDays)} dager`, 'params.daysPerDoctor');
  const perDay = m.practiceCompensationPerDay * m.compensationShare;
  return {
    schedule: { kind: 'monthly', annualAt: () => m.doctors * m.daysPerDoctor * perDay, firstYear: null },
    assumptions: [`${num(m.doctors)} leger × ${num(m.daysPerDoctor)} dager × ${pct(m.compensationShare)} av ${nok(m.practiceCompensationPerDay)} = ${nok(perDay)} per dag (høyst ${num(m.maxDays)} dager)`],
  };
}

function costed(model: MeasureModel, ctx: CostContext): Costed {
  switch (model.kind) {
    case 'basis_top_up':
      return topUp(model.params, ctx);
    case 'recruitment_grant': {
      const m = model.params;
      const annual = m.takeoverAmount * m.takeoversPerYear + m.newListAmount * m.newListsPerYear;
      return {
        schedule: { kind: 'yearly', annual, firstYear: 'full' },
        assumptions: [
          `${m.takeoversPerYear} × ${nok(m.takeoverAmount)} + ${m.newListsPerYear} × ${nok(m.newListAmount)} per år`,
          `Tilbakebetales forholdsmessig ved oppsigelse innen ${m.repaymentYears} år (slutter en lege etter ett år, betales ${nok(grantRepayment({ amount: m.takeoverAmount, repaymentYears: m.repaymentYears, startDate: '2001-01-01', leaveDate: '2002-01-01' }))} av ${nok(m.takeoverAmount)} tilbake)`,
        ],
      };
    }
    case 'municipal_substitute': {
      const m = model.params;
      const salaryCost = m.salary * (1 + m.socialCostShare) * ((52 + m.holidayCoverWeeks) / 52);
      const perDoctor = salaryCost + 12 * m.operatingTopUpPerMonth - 12 * m.incomePerMonth;
      return {
        schedule: { kind: 'monthly', annualAt: () => m.doctors * perDoctor, firstYear: null },
        assumptions: [
          `Lønn ${nok(m.salary)} + ${pct(m.socialCostShare)} sosiale kostnader + vikar for ${num(m.holidayCoverWeeks)} uker ferie = ${nok(wholeOre(salaryCost))}`,
          `Mellomlegg ${nok(m.operatingTopUpPerMonth)}/mnd = ${nok(12 * m.operatingTopUpPerMonth)}; inntekt ${nok(m.incomePerMonth)}/mnd = ${nok(12 * m.incomePerMonth)}`,
          `Netto ${nok(wholeOre(perDoctor))} per lege per år × ${num(m.doctors)}`,
        ],
      };
    }
    case 'agency_substitute': {
      const m = model.params;
      return {
        schedule: { kind: 'monthly', annualAt: () => m.positionCount * m.pricePerMonth * 12, firstYear: null },
        assumptions: [`${num(m.positionCount)} hjemler × ${nok(m.pricePerMonth)} per måned × 12 = ${nok(m.positionCount * m.pricePerMonth * 12)} per år`],
      };
    }
    case 'colleague_compensation': {
      const m = model.params;
      return {
        schedule: { kind: 'yearly', annual: m.salaryPerFte * m.ftePerYear, firstYear: m.firstYearFte === null ? 'prorated' : m.salaryPerFte * m.firstYearFte },
        assumptions: [
          `${nok(m.salaryPerFte)} per 100 % × ${num(m.ftePerYear)} årsverk per år${m.firstYearFte === null ? '' : ` (første år ${num(m.firstYearFte)} årsverk)`}`,
        ],
      };
    }
    case 'sick_pay':
    case 'course_compensation':
      return practiceCompensation(model.params);
    case 'practice_consultant': {
      const m = model.params;
      const annual = m.salary * m.positionShare * (1 + m.employerCostShare);
      return {
        schedule: { kind: 'monthly', annualAt: () => annual, firstYear: null },
        assumptions: [`${pct(m.positionShare)} av ${nok(m.salary)} + ${pct(m.employerCostShare)} sosiale kostnader`],
      };
    }
    case 'meeting_fee': {
      const m = model.params;
      // The fee per hour is a kroner amount the GPs invoice (89 % of 1 140 kr = 1 015 kr): rounded to whole kroner.
      const perHour = Math.round((m.feeRatePerHour * m.share) / 100) * 100;
      return {
        schedule: { kind: 'yearly', annual: perHour * m.hoursPerYear, firstYear: m.firstYearHours === null ? 'prorated' : perHour * m.firstYearHours },
        assumptions: [`${pct(m.share)} av ${nok(m.feeRatePerHour)} = ${nok(perHour)} per time × ${num(m.hoursPerYear)} timer per år`],
      };
    }
    case 'fixed_salary_positions': {
      const m = model.params;
      return {
        schedule: { kind: 'monthly', annualAt: () => m.positionCount * m.netCostPerPosition, firstYear: null },
        assumptions: [`${num(m.positionCount)} stillinger × ${nok(m.netCostPerPosition)} netto per år`],
      };
    }
    case 'buy_out': {
      const m = model.params;
      return { schedule: { kind: 'once', amount: m.positionCount * m.pricePerPosition }, assumptions: [`${m.positionCount} × ${nok(m.pricePerPosition)}, betalt ved start`] };
    }
    case 'establishment_loan': {
      const m = model.params;
      const annual = m.loans * m.amount * m.interestRate;
      return {
        schedule: { kind: 'monthly', annualAt: () => annual, firstYear: null },
        assumptions: [`${m.loans} lån à ${nok(m.amount)}: tapt rente ${pct(m.interestRate)} per år i ${m.years} år (kostnaden er renten, ikke lånet)`],
      };
    }
    case 'other': {
      const annual = model.params.annualCost;
      return { schedule: { kind: 'monthly', annualAt: () => annual, firstYear: null }, assumptions: [`${nok(annual)} per år`] };
    }
    case 'purchase_advance': {
      const m = model.params;
      const outlay = m.advances * m.amount;
      return {
        schedule: { kind: 'advance', outlay, repaymentPerMonth: outlay * m.repaymentSharePerMonth },
        assumptions: [`${m.advances} forskudd à ${nok(m.amount)}, tilbakebetalt med ${pct(m.repaymentSharePerMonth)} per måned (kontantstrøm: utbetaling minus innbetaling)`],
      };
    }
  }
}

/** The end of a measure, also counting a loan's interest-free years. */
function effectiveEnd(measure: TimedMeasure): string | null {
  if (measure.model.kind !== 'establishment_loan') return measure.endDate;
  const loanEnd = dayBefore(addYears(measure.startDate, measure.model.params.years));
  return measure.endDate === null || loanEnd < measure.endDate ? loanEnd : measure.endDate;
}

function firstMonthIn(from: string, year: number): string {
  return from.slice(0, 4) === String(year) ? from : `${year}-01-01`;
}

function yearAmount(s: Schedule, measure: TimedMeasure, end: string | null, year: number): number {
  const startYear = Number(measure.startDate.slice(0, 4));
  const months = monthsActiveInYear(measure.startDate, end, year);
  switch (s.kind) {
    case 'monthly':
      if (year === startYear && s.firstYear !== null) return s.firstYear;
      return months === 0 ? 0 : (s.annualAt(firstMonthIn(measure.startDate, year)) * months) / 12;
    case 'yearly':
      if (months === 0) return 0;
      if (year !== startYear || s.firstYear === 'full') return s.annual;
      return s.firstYear === 'prorated' ? (s.annual * months) / 12 : s.firstYear;
    case 'once':
      return year === startYear ? s.amount : 0;
    case 'advance': {
      // Repayments start the month after the advance and stop when it is repaid.
      const advanceMonth = startYear * 12 + Number(measure.startDate.slice(5, 7)) - 1;
      const repaidBy = (y: number) => Math.min(s.outlay, Math.max(0, y * 12 + 11 - advanceMonth) * s.repaymentPerMonth);
      return (year === startYear ? s.outlay : 0) - (repaidBy(year) - repaidBy(year - 1));
    }
  }
}

function fullYearAmount(s: Schedule, measure: TimedMeasure): number {
  switch (s.kind) {
    case 'monthly':
      return s.annualAt(measure.startDate);
    case 'yearly':
      return s.annual;
    case 'once':
      return s.amount;
    case 'advance':
      return s.outlay - Math.min(s.outlay, 11 * s.repaymentPerMonth);
  }
}

/**
 * The cost of one measure: a full year, and each calendar year in `years`, in whole øre (rounded once per line and
 * year from exact amounts), with the assumptions shown. Refuses a measure that ends before it starts.
 */
export function measureCost(measure: TimedMeasure, ctx: CostContext, years: readonly number[]): MeasureCost {
  if (measure.endDate !== null && measure.endDate < measure.startDate) {
    throw new EconomicsDataError(`Tiltaket «${measure.name}» slutter (${measure.endDate}) før det starter (${measure.startDate})`, 'endDate');
  }
  const { schedule, assumptions } = costed(measure.model, ctx);
  const end = effectiveEnd(measure);
  return {
    fullYear: wholeOre(fullYearAmount(schedule, measure)),
    byYear: years.map((year) => ({ year, amount: wholeOre(yearAmount(schedule, measure, end, year)) })),
    assumptions,
  };
}
