/**
 * From a legevakt plan (facts) to a roster problem: one shift type per template, usable on the days the template
 * runs; competence per doctor and day from the dated rule; exemptions and unavailability per day; wishes as
 * on/off requests; real start and end instants for rest. Refuses bad input with a Norwegian message that
 * names the cause — for a plan no roster can satisfy, which shifts cannot be covered and why.
 */
import { dayCalendar } from '../calendar.ts';
import { RosterInputError } from '../errors.ts';
import { OFF, type Employee, type Problem, type Request, type ShiftType } from '../model.ts';
import type { RuleId } from '../rules/index.ts';
import { competenceOn } from './competence.ts';
import { addDays, dateLabel, shiftInstants, weekdayOf } from './dates.ts';
import { norwegianHolidays, type Holiday } from './holidays.ts';
import type { LegevaktPlan, ShiftTemplate } from './plan.ts';

export const LEGEVAKT_RULES: readonly RuleId[] = [
  'unavailable',
  'cover-required',
  'exemption',
  'backup-competent',
  'backup-required',
  'rest-after-night',
  'rest-between-shifts',
  'free-before-night',
  'max-shifts-per-week',
  'max-shifts-per-month',
  'shift-on-request',
  'shift-off-request',
  'cover',
  'fair-load',
  'fair-nights',
  'fair-weekends',
  'fair-holidays',
];

const MAX_DAYS = 400;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export interface BuiltPlan {
  problem: Problem;
  dates: string[];
  holidays: Map<string, Holiday>;
}

function runsOn(t: ShiftTemplate, date: string, holiday: Holiday | undefined): boolean {
  const weekendOrHoliday = weekdayOf(date) >= 5 || holiday?.public === true;
  switch (t.days) {
    case 'all':
      return true;
    case 'weekdays':
      return !weekendOrHoliday;
    case 'weekends-and-holidays':
      return weekendOrHoliday;
  }
}

/** Builds the problem, or throws RosterInputError naming what is wrong. */
export function buildLegevaktProblem(plan: LegevaktPlan): BuiltPlan {
  if (!DATE.test(plan.start) || Number.isNaN(Date.parse(plan.start))) throw new RosterInputError(`Ugyldig startdato «${plan.start}».`, 'start');
  if (!Number.isInteger(plan.days) || plan.days < 1 || plan.days > MAX_DAYS) throw new RosterInputError(`Perioden må være mellom 1 og ${MAX_DAYS} dager (er ${plan.days}).`, 'days');
  if (plan.templates.length === 0) throw new RosterInputError('Planen har ingen vakttyper.', 'templates');
  if (plan.doctors.length === 0) throw new RosterInputError('Planen har ingen leger.', 'doctors');
  const H = plan.days;
  const dates = Array.from({ length: H }, (_, d) => addDays(plan.start, d));
  const last = dates[H - 1]!;
  const holidays = norwegianHolidays(plan.start, last, plan.holidayWeights);
  plan.templates.forEach((t, s) => {
    if (!TIME.test(t.start) || !TIME.test(t.end)) throw new RosterInputError(`Vakttypen «${t.name}» har ugyldig klokkeslett (${t.start}–${t.end}).`, `templates.${s}`);
    if (!Number.isInteger(t.doctors) || t.doctors < 0) throw new RosterInputError(`Vakttypen «${t.name}» må ha et helt antall leger.`, `templates.${s}.doctors`);
  });
  const templateIndex = new Map(plan.templates.map((t, s) => [t.id, s]));
  const shiftTypes: ShiftType[] = plan.templates.map((t) => {
    const [sh, sm] = t.start.split(':').map(Number) as [number, number];
    const [eh, em] = t.end.split(':').map(Number) as [number, number];
    let minutes = eh * 60 + em - (sh * 60 + sm);
    if (minutes <= 0) minutes += 1440;
    return { id: t.id, name: t.name, minutes, forbiddenNext: [], night: t.kind === 'night', alone: t.alone, backup: t.kind === 'backup', load: t.load ?? (t.kind === 'backup' ? 0.5 : 1) };
  });
  const S = shiftTypes.length;
  const E = plan.doctors.length;
  const usable = new Uint8Array(H * S);
  const cover = new Int32Array(H * S);
  const startAt = new Float64Array(H * S);
  const endAt = new Float64Array(H * S);
  const overWeight = new Float64Array(H * S);
  dates.forEach((date, d) => {
    plan.templates.forEach((t, s) => {
      const k = d * S + s;
      if (t.kind === 'backup' || runsOn(t, date, holidays.get(date))) usable[k] = 1;
      if (t.kind !== 'backup' && usable[k]) cover[k] = t.doctors;
      // Backups are added only where needed: each one beyond need costs a little (soft cover rule).
      overWeight[k] = t.kind === 'backup' ? 5 : 0;
      const at = shiftInstants(date, t);
      startAt[k] = at.start;
      endAt[k] = at.end;
    });
  });
  const unavailable = new Uint8Array(E * H);
  const exempt = new Uint8Array(E * H * S);
  const competent = new Uint8Array(E * H);
  const dayOf = new Map(dates.map((date, d) => [date, d]));
  const onRequests: Request[] = [];
  const offRequests: Request[] = [];
  const employees: Employee[] = plan.doctors.map((doc, e) => {
    for (const date of doc.unavailable) {
      const d = dayOf.get(date);
      if (d !== undefined) unavailable[e * H + d] = 1;
    }
    doc.exemptions.forEach((x, j) => {
      if (x.to !== null && x.to < x.from) throw new RosterInputError(`Fritaket til ${doc.name} slutter (${x.to}) før det begynner (${x.from}).`, `doctors.${e}.exemptions.${j}.to`);
      dates.forEach((date, d) => {
        if (date < x.from || (x.to !== null && date > x.to)) return;
        plan.templates.forEach((t, s) => {
          if (x.kinds.includes(t.kind)) exempt[(e * H + d) * S + s] = 1;
        });
      });
    });
    dates.forEach((date, d) => {
      competent[e * H + d] = competenceOn(doc.competence, date).competent ? 1 : 0;
    });
    doc.wishes.forEach((w, j) => {
      const d = dayOf.get(w.date);
      if (d === undefined) return;
      const shift = w.template === null ? OFF : templateIndex.get(w.template);
      if (shift === undefined) throw new RosterInputError(`Ønsket til ${doc.name} gjelder en ukjent vakttype «${w.template}».`, `doctors.${e}.wishes.${j}.template`);
      (w.kind === 'want' ? onRequests : offRequests).push({ employee: e, day: d, shift, weight: w.weight ?? 1 });
    });
    return {
      id: doc.id,
      name: doc.name,
      maxShifts: new Array<number>(S).fill(Infinity),
      minMinutes: 0,
      maxMinutes: Infinity,
      maxConsecutive: Infinity,
      minConsecutive: 0,
      minDaysOff: 0,
      maxWeekends: Infinity,
      maxPerWeek: doc.maxPerWeek ?? Infinity,
      maxPerMonth: doc.maxPerMonth ?? Infinity,
      share: doc.share,
      history: doc.history ?? { load: 0, nights: 0, weekends: 0, holidays: 0 },
    };
  });
  const cal = dayCalendar(H, weekdayOf(plan.start), plan.start);
  const problem: Problem = {
    name: plan.name,
    days: H,
    shiftTypes,
    employees,
    rules: LEGEVAKT_RULES,
    ...cal,
    holidayWeight: Float64Array.from(dates, (date) => holidays.get(date)?.weight ?? 0),
    usable,
    cover,
    coverUnderWeight: new Float64Array(H * S),
    coverOverWeight: overWeight,
    unavailable,
    exempt,
    competent,
    startAt,
    endAt,
    onRequests,
    offRequests,
    rest: { minRestMinutes: (plan.rest?.minRestHours ?? 11) * 60, freeBeforeNight: plan.rest?.freeBeforeNight ?? false },
    fairness: { load: 1, nights: 1, weekends: 1, holidays: 1, ...plan.fairness },
    pinned: new Uint8Array(E * H),
    dayLabels: dates.map(dateLabel),
  };
  checkCoverable(problem, plan);
  return { problem, dates, holidays };
}

/** Refuses a plan with a shift that no doctor can take at all, naming the shifts and why. */
function checkCoverable(p: Problem, plan: LegevaktPlan): void {
  const S = p.shiftTypes.length;
  const problems: string[] = [];
  for (let d = 0; d < p.days && problems.length < 5; d++) {
    for (let s = 0; s < S; s++) {
      const need = p.cover[d * S + s]!;
      if (need === 0) continue;
      let able = 0;
      let away = 0;
      let exemptCount = 0;
      for (let e = 0; e < p.employees.length; e++) {
        const i = e * p.days + d;
        if (p.unavailable[i]) away++;
        else if (p.exempt[i * S + s]) exemptCount++;
        else able++;
      }
      if (able < need) problems.push(`${plan.templates[s]!.name} ${p.dayLabels[d]} trenger ${need} lege(r), men bare ${able} kan ta den (${away} utilgjengelige, ${exemptCount} med fritak)`);
    }
  }
  if (problems.length > 0) throw new RosterInputError(`Planen kan ikke dekkes: ${problems.join('; ')}.`, 'doctors');
}
