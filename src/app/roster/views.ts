/**
 * The views the roster API answers with, built from an opened roster: rule scores and violations in the plan's ids
 * and dates, the load per doctor, the summary. What a viewer may read of them is decided in visibility.ts.
 */
import type { TCheckResponse, TDoctorLoad, TEvaluation, TJob, TRosterDetail, TRosterSummary, TViolation } from '../../contracts/roster/index.ts';
import type { RosterRow } from '../../db/repositories/rosters.ts';
import { addDays, CATALOGUE, competenceOn, evaluate, loadTable, type ChangeCheck, type Evaluation, type Violation } from '../../domain/roster/index.ts';
import type { OpenRoster } from './open-roster.ts';

export function summaryView(row: RosterRow, job: TJob | null, openShifts: number): TRosterSummary {
  return {
    id: row.id,
    name: row.name,
    start: row.start,
    days: row.days,
    end: addDays(row.start, row.days - 1),
    status: row.status,
    version: row.version,
    publishedAt: row.publishedAt,
    createdAt: row.createdAt,
    job,
    openShifts,
  };
}

function violationView(r: OpenRoster, v: Violation): TViolation {
  const { plan } = r.row;
  return {
    rule: v.rule,
    level: v.level,
    title: CATALOGUE[v.rule].title,
    penalty: v.penalty,
    doctorIds: v.employees.map((e) => Number(plan.doctors[e]!.id)),
    dates: v.days.map((d) => r.built.dates[d]!),
    templateIds: v.shifts.filter((s) => s >= 0).map((s) => Number(plan.templates[s]!.id)),
    message: v.message,
  };
}

function evaluationView(r: OpenRoster, e: Evaluation): TEvaluation {
  return { hard: e.hard, soft: e.soft, feasible: e.feasible, rules: e.rules, violations: e.violations.map((v) => violationView(r, v)) };
}

/** The plan's goal: at least 10 legevakt shifts a year per doctor, pro rata for the period. */
const GOAL_SHIFTS_PER_YEAR = 10;

export function detailView(r: OpenRoster, job: TJob | null): TRosterDetail {
  const { plan } = r.row;
  const { problem: p } = r.built;
  const load = loadTable(p, r.grid);
  const loadView: TDoctorLoad[] = load.map((l, e) => ({
    doctorId: Number(plan.doctors[e]!.id),
    name: plan.doctors[e]!.name,
    share: l.share,
    shifts: l.shifts,
    nights: l.nights,
    weekends: l.weekends,
    holidays: l.holidays,
    backups: l.backups,
    hours: Math.round(l.hours * 10) / 10,
    fairLoad: Math.round(l.fairLoad * 10) / 10,
    goalShifts: Math.round(((GOAL_SHIFTS_PER_YEAR * p.days) / 365) * 10) / 10,
  }));
  const open = r.shifts.filter((s) => s.doctorId === null).length;
  return {
    roster: summaryView(r.row, job, open),
    templates: plan.templates.map((t) => ({ id: Number(t.id), name: t.name, district: t.district ?? 'Legevakt', kind: t.kind, start: t.start, end: t.end })),
    doctors: plan.doctors.map((d) => {
      const c = competenceOn(d.competence, plan.start);
      return { id: Number(d.id), name: d.name, role: d.role, share: d.share, competent: c.competent, missing: c.missing };
    }),
    shifts: r.shifts.map((s) => ({ id: s.id, date: s.date, templateId: Number(s.templateId), doctorId: s.doctorId === null ? null : Number(s.doctorId) })),
    evaluation: evaluationView(r, evaluate(p, r.grid)),
    load: loadView,
    holidays: Object.fromEntries([...r.built.holidays.values()].map((h) => [h.date, h.name])),
  };
}

export function checkView(r: OpenRoster, c: ChangeCheck): TCheckResponse {
  return {
    allowed: c.allowed,
    introduced: c.introduced.map((v) => violationView(r, v)),
    resolved: c.resolved.map((v) => violationView(r, v)),
    hardBefore: c.hardCount.before,
    hardAfter: c.hardCount.after,
    softBefore: c.before.soft,
    softAfter: c.after.soft,
  };
}
