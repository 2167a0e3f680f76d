/**
 * A legevakt plan (the solver's facts) for a period, read from the municipality's registers: the shift templates,
 * the doctors who take part with their share and limits, competence facts (specialist status, authorisation,
 * legevakt shifts done — before Legeplan plus every published shift before the period —, months as municipal GP,
 * acute-medicine and violence/abuse courses), exemptions, absences, wishes, and each doctor's history from earlier
 * published rosters so fairness holds over years.
 */
import { addDays, norwegianHolidays, weekdayOf, type LegevaktPlan, type PlanDoctor, type ShiftKind, type ShiftTemplate, type TemplateDays } from '../../domain/roster/index.ts';
import type { CompetenceCourse } from '../../domain/rules/index.ts';
import type { Queryable } from '../connection.ts';

const COURSE_KIND: Record<string, CompetenceCourse> = { acute_medicine: 'acute-medicine', violence_abuse: 'violence-abuse' };

interface TemplateRow {
  id: number;
  name: string;
  district: string;
  kind: ShiftKind;
  start: string;
  end: string;
  days: TemplateDays;
  doctors: number;
  alone: boolean;
  load: number;
}

interface ParticipantRow {
  doctorId: number;
  name: string;
  role: PlanDoctor['role'];
  share: number;
  shiftsBefore: number;
  maxPerWeek: number | null;
  maxPerMonth: number | null;
  specialist: boolean;
  authorised: string;
}

/** The shift templates of a municipality as the plan holds them (ids as text). */
export async function planTemplates(db: Queryable, kommuneId: number): Promise<ShiftTemplate[]> {
  const rows = await db.query<TemplateRow>(
    `SELECT id, name, district, kind, start_time AS start, end_time AS "end", run_days AS days, doctors, alone, load::float8 AS load
       FROM duty_template WHERE kommune_id = $1 ORDER BY district, start_time, name`,
    [kommuneId],
  );
  return rows.map((t) => ({ id: String(t.id), name: t.name, district: t.district, kind: t.kind, start: t.start, end: t.end, days: t.days, doctors: t.doctors, alone: t.alone, load: t.load }));
}

/** Groups rows by doctor id. */
function byDoctor<R extends { doctorId: number }>(rows: R[]): Map<number, R[]> {
  const m = new Map<number, R[]>();
  for (const r of rows) m.set(r.doctorId, [...(m.get(r.doctorId) ?? []), r]);
  return m;
}

/** Whole months a doctor held a GP list in the municipality before `date`. */
function gpMonths(periods: { from: string; to: string | null }[], date: string): number {
  let days = 0;
  for (const p of periods) {
    const end = p.to === null || p.to >= date ? date : p.to;
    if (end > p.from) days += (Date.parse(end) - Date.parse(p.from)) / 86_400_000;
  }
  return Math.floor(days / 30.44);
}

/** Builds the plan of a period from the registers, as they stand now. */
export async function legevaktPlanFromDb(db: Queryable, kommuneId: number, period: { name: string; start: string; days: number }): Promise<LegevaktPlan> {
  const last = addDays(period.start, period.days - 1);
  const templates = await planTemplates(db, kommuneId);
  const [settings] = await db.query<SettingsRow>(
    `SELECT min_rest_hours AS "minRestHours", free_before_night AS "freeBeforeNight", public_holiday_weight::float8 AS "publicHoliday",
            christmas_weight::float8 AS "christmas", fair_load::float8 AS load, fair_nights::float8 AS nights, fair_weekends::float8 AS weekends, fair_holidays::float8 AS holidays
       FROM legevakt_settings WHERE kommune_id = $1`,
    [kommuneId],
  );
  const holidayWeights = settings ? { publicHoliday: settings.publicHoliday, christmasAndNewYear: settings.christmas } : undefined;
  const participants = await db.query<ParticipantRow>(
    `SELECT p.doctor_id AS "doctorId", d.name, p.role, p.share::float8 AS share, p.shifts_before AS "shiftsBefore",
            p.max_per_week AS "maxPerWeek", p.max_per_month AS "maxPerMonth", d.specialist_gp AS specialist, d.authorised_date::text AS authorised
       FROM legevakt_participant p JOIN doctor d ON d.id = p.doctor_id
      WHERE p.kommune_id = $1 AND p.active ORDER BY d.name, p.doctor_id`,
    [kommuneId],
  );
  const args = [kommuneId, period.start, last];
  const courses = byDoctor(
    await db.query<{ doctorId: number; course: string; date: string }>(
      `SELECT doctor_id AS "doctorId", course, completed_date::text AS date FROM doctor_course
        WHERE kommune_id = $1 AND completed_date IS NOT NULL AND course IN ('acute_medicine', 'violence_abuse')`,
      [kommuneId],
    ),
  );
  const positions = byDoctor(
    await db.query<{ doctorId: number; from: string; to: string | null }>(
      `SELECT doctor_id AS "doctorId", from_date::text AS "from", to_date::text AS "to" FROM position_doctor WHERE kommune_id = $1 AND from_date < $2`,
      [kommuneId, period.start],
    ),
  );
  const absences = byDoctor(
    await db.query<{ doctorId: number; from: string; to: string }>(
      `SELECT doctor_id AS "doctorId", date_from::text AS "from", date_to::text AS "to" FROM legevakt_unavailability
        WHERE kommune_id = $1 AND date_to >= $2 AND date_from <= $3`,
      args,
    ),
  );
  const exemptions = byDoctor(
    await db.query<{ doctorId: number; kind: ShiftKind; reason: 'age' | 'health' | 'social' | 'other'; decidedBy: string; decidedOn: string; from: string; to: string | null }>(
      `SELECT doctor_id AS "doctorId", kind, reason, decided_by AS "decidedBy", decided_on::text AS "decidedOn", valid_from::text AS "from", valid_to::text AS "to"
         FROM legevakt_exemption WHERE kommune_id = $1 AND valid_from <= $3 AND (valid_to IS NULL OR valid_to >= $2)`,
      args,
    ),
  );
  const wishes = byDoctor(
    await db.query<{ doctorId: number; date: string; kind: 'want' | 'avoid'; templateId: number | null }>(
      `SELECT doctor_id AS "doctorId", wish_date::text AS date, kind, template_id AS "templateId" FROM legevakt_wish
        WHERE kommune_id = $1 AND wish_date BETWEEN $2 AND $3`,
      args,
    ),
  );
  // Earlier published shifts: they count as legevakt experience and as history for fairness.
  const earlier = byDoctor(
    await db.query<{ doctorId: number; date: string; kind: ShiftKind; load: number }>(
      `SELECT s.doctor_id AS "doctorId", s.shift_date::text AS date, t.kind, t.load::float8 AS load
         FROM roster_shift s JOIN roster r ON r.id = s.roster_id JOIN duty_template t ON t.id = s.template_id
        WHERE s.kommune_id = $1 AND r.status = 'published' AND s.doctor_id IS NOT NULL AND s.shift_date < $2`,
      [kommuneId, period.start],
    ),
  );
  const firstEarlier = [...earlier.values()].flat().reduce((min, s) => (s.date < min ? s.date : min), period.start);
  const earlierHolidays = norwegianHolidays(firstEarlier, period.start, holidayWeights);
  const doctors: PlanDoctor[] = participants.map((p) => {
    const done = earlier.get(p.doctorId) ?? [];
    const history = { load: 0, nights: 0, weekends: 0, holidays: 0 };
    for (const s of done) {
      history.load += s.load;
      if (s.kind === 'night') history.nights++;
      if (weekdayOf(s.date) >= 5) history.weekends++;
      history.holidays += earlierHolidays.get(s.date)?.weight ?? 0;
    }
    return {
      id: String(p.doctorId),
      name: p.name,
      role: p.role,
      share: p.share,
      competence: {
        specialistGeneralPractice: p.specialist,
        clinicalServiceFrom: p.authorised,
        legevaktShifts: p.shiftsBefore + done.filter((s) => s.kind !== 'backup').length,
        municipalGpMonths: gpMonths(positions.get(p.doctorId) ?? [], period.start),
        courses: (courses.get(p.doctorId) ?? []).map((c) => ({ kind: COURSE_KIND[c.course]!, date: c.date })),
      },
      unavailable: (absences.get(p.doctorId) ?? []).flatMap((a) => datesBetween(a.from < period.start ? period.start : a.from, a.to > last ? last : a.to)),
      wishes: (wishes.get(p.doctorId) ?? []).map((w) => ({ date: w.date, kind: w.kind, template: w.templateId === null ? null : String(w.templateId) })),
      exemptions: (exemptions.get(p.doctorId) ?? []).map((x) => ({ kinds: [x.kind], reason: x.reason, decidedBy: x.decidedBy, decidedOn: x.decidedOn, from: x.from, to: x.to })),
      history,
      ...(p.maxPerWeek === null ? {} : { maxPerWeek: p.maxPerWeek }),
      ...(p.maxPerMonth === null ? {} : { maxPerMonth: p.maxPerMonth }),
    };
  });
  // Without settings of its own the municipality gets the defaults: 11 hours' rest, holidays 1 and Christmas/New Year 3.
  if (!settings) return { name: period.name, start: period.start, days: period.days, templates, doctors };
  return {
    name: period.name,
    start: period.start,
    days: period.days,
    templates,
    doctors,
    rest: { minRestHours: settings.minRestHours, freeBeforeNight: settings.freeBeforeNight },
    holidayWeights,
    fairness: { load: settings.load, nights: settings.nights, weekends: settings.weekends, holidays: settings.holidays },
  };
}

/** Registers a doctor's absence from the legevakt (a row of the registry's legevakt-unavailability). */
export async function insertAbsence(tx: Queryable, kommuneId: number, a: { doctorId: number; from: string; to: string; note: string }): Promise<void> {
  await tx.query(`INSERT INTO legevakt_unavailability (kommune_id, doctor_id, date_from, date_to, note) VALUES ($1, $2, $3, $4, $5)`, [kommuneId, a.doctorId, a.from, a.to, a.note]);
}

interface SettingsRow {
  minRestHours: number;
  freeBeforeNight: boolean;
  publicHoliday: number;
  christmas: number;
  load: number;
  nights: number;
  weekends: number;
  holidays: number;
}

/** Every date from `from` to `to` inclusive. */
export function datesBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}
