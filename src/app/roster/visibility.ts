/**
 * What each role may read of a roster — the one place that decides it (issue 21). The office (admin, planner and
 * the read-only role) reads every fact the registry shows it; a doctor reads their own facts whole and of the
 * colleagues only their names and shifts: no exemption or its reason, wish, absence, course, authorisation,
 * competence, share, limit, history or fair load, and no rule violation about a colleague. Every route and export
 * that shows a roster's plan or detail passes its answer through here.
 */
import { WRITE_ROLES, type TRole } from '../../contracts/auth/login.ts';
import type { TRosterDetail, TViolation } from '../../contracts/roster/index.ts';
import type { LegevaktPlan, PayrollSummary, PlanDoctor } from '../../domain/roster/index.ts';

export type RosterViewer =
  /** Admin and planner (the legevakt coordinator: drafts too, and every change), and the read-only role. */
  | { kind: 'office'; coordinator: boolean }
  /** A doctor: their own facts (none when the user is linked to no doctor), the colleagues' names and shifts. */
  | { kind: 'doctor'; doctorId: number | null };

/** The viewer a logged-in user is. */
export function rosterViewer(user: { role: TRole; doctorId: number | null }): RosterViewer {
  switch (user.role) {
    case 'doctor':
      return { kind: 'doctor', doctorId: user.doctorId };
    case 'admin':
    case 'planner':
    case 'readonly':
      return { kind: 'office', coordinator: WRITE_ROLES.includes(user.role) };
  }
}

/** Drafts are the planners' work: everyone else reads published rosters only. */
export const seesDrafts = (viewer: RosterViewer): boolean => viewer.kind === 'office' && viewer.coordinator;

/** May the viewer read the facts of the doctor with this id (as a number or as the plan's text)? */
function seesFactsOf(viewer: RosterViewer, doctorId: number | string): boolean {
  return viewer.kind === 'office' || (viewer.doctorId !== null && Number(doctorId) === viewer.doctorId);
}

/** A colleague as a doctor sees them in a plan: who they are, nothing about them. */
type PlanColleague = Pick<PlanDoctor, 'id' | 'name'>;
export type VisiblePlan = Omit<LegevaktPlan, 'doctors'> & { doctors: (PlanDoctor | PlanColleague)[] };

/** The facts the roster was solved against, as the viewer may read them. */
export function visiblePlan(plan: LegevaktPlan, viewer: RosterViewer): VisiblePlan {
  if (viewer.kind === 'office') return plan;
  return { ...plan, doctors: plan.doctors.map((d) => (seesFactsOf(viewer, d.id) ? d : { id: d.id, name: d.name })) };
}

/** A violation the viewer may read: the office all; a doctor those about nobody in particular or only about them. */
function seesViolation(viewer: RosterViewer, v: Pick<TViolation, 'doctorIds'>): boolean {
  return v.doctorIds.every((id) => seesFactsOf(viewer, id));
}

/**
 * Why a change is refused, told to the viewer: the rule's own message when the viewer may read it, else only which
 * rule it would break for a colleague (the message would name the colleague's facts).
 */
export function visibleReason(viewer: RosterViewer, v: Pick<TViolation, 'doctorIds' | 'message' | 'title'>): string {
  return seesViolation(viewer, v) ? v.message : `Det ville bryte regelen «${v.title}» for en kollega.`;
}

/** A roster's detail as the viewer may read it: a colleague's entry without their facts, only the viewer's own load and violations. */
export function visibleDetail(detail: TRosterDetail, viewer: RosterViewer): TRosterDetail {
  if (viewer.kind === 'office') return detail;
  return {
    ...detail,
    doctors: detail.doctors.map((d) => (seesFactsOf(viewer, d.id) ? d : { id: d.id, name: d.name, role: null, share: null, competent: null, missing: null })),
    load: detail.load.filter((l) => seesFactsOf(viewer, l.doctorId)),
    evaluation: { ...detail.evaluation, violations: detail.evaluation.violations.filter((v) => seesViolation(viewer, v)) },
  };
}

/** The payroll summary as the viewer may read it: a doctor their own lines and the open shifts. */
export function visiblePayroll(payroll: PayrollSummary, viewer: RosterViewer): PayrollSummary {
  if (viewer.kind === 'office') return payroll;
  return { months: payroll.months.map((m) => ({ ...m, doctors: m.doctors.filter((d) => seesFactsOf(viewer, d.doctorId)) })) };
}
