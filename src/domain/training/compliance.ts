import { formatDate } from '../format/index.ts';
import { ruleInForce } from '../rules/capacity-target.ts';
import { courseStatus, type CourseStatus } from './courses.ts';
import { addDays, daysBetween } from './dates.ts';
import { binding, grantForYear, type Binding, type GrantYear } from './money.ts';
import { arenaProgress, completion, type ArenaProgress, type Completion } from './plan.ts';
import type { TrainingRules } from './rules.ts';
import { agreementEnd, supervisionYear, type SupervisionYear } from './supervision.ts';
import { supervisorEligibility, type SupervisorEligibility } from './supervisor.ts';
import type { AlisAgreementFacts, Rag, TrainingFacts } from './types.ts';

/** One reason behind a candidate's colour, Norwegian. */
export interface Finding {
  rag: Rag;
  message: string;
}

/** Something due on a date: a course deadline, an expiring course, the planned end of the education. */
export interface DueItem {
  date: string;
  doctorId: number;
  name: string;
  what: string;
}

/** An ALIS at a glance and in detail. */
export interface CandidateStatus {
  agreementId: number;
  doctorId: number;
  name: string;
  supervisorId: number;
  supervisorName: string;
  supervisorExemptionUntil: string | null;
  supervisionGroup: string;
  fte: number;
  active: boolean;
  rag: Rag;
  /** The worst finding's message: the reason for the colour. */
  reason: string;
  findings: Finding[];
  supervisor: SupervisorEligibility;
  supervision: SupervisionYear;
  arenas: ArenaProgress[];
  completion: Completion;
  courses: CourseStatus[];
  goals: { total: number; assessed: number; approved: number; awaitingApproval: number };
  grant: GrantYear;
  binding: Binding;
}

const RANK: Record<Rag, number> = { red: 0, amber: 1, green: 2 };
export const worst = (rags: readonly Rag[]): Rag => rags.reduce<Rag>((w, r) => (RANK[r] < RANK[w] ? r : w), 'green');
const h = (x: number) => x.toLocaleString('nb-NO', { maximumFractionDigits: 1 });

function supervisionFinding(s: SupervisionYear, redBelow: number): Finding {
  const text = `Veiledning ${s.year}: ${h(s.loggedHours)} av ${h(s.expectedToDateHours)} t forventet hittil (${h(s.requiredHours)} t i året)`;
  if (s.expectedToDateHours === 0 || s.loggedHours >= s.expectedToDateHours) return { rag: 'green', message: text };
  return { rag: s.loggedHours < redBelow * s.expectedToDateHours ? 'red' : 'amber', message: text };
}

function courseFinding(c: CourseStatus): Finding | null {
  switch (c.state) {
    case 'overdue':
      return { rag: 'red', message: `Kurs «${c.title}» skulle vært tatt innen ${formatDate(c.dueDate!)}` };
    case 'expired':
      return { rag: 'red', message: `Kurs «${c.title}» gikk ut ${formatDate(c.expiresDate!)}` };
    case 'due_soon':
      return { rag: 'amber', message: `Kurs «${c.title}» har frist ${formatDate(c.dueDate!)}` };
    case 'expiring':
      return { rag: 'amber', message: `Kurs «${c.title}» går ut ${formatDate(c.expiresDate!)}` };
    case 'done':
    case 'planned':
      return null;
  }
}

/** The status of one ALIS on `asOf`, under the rules in force (supervision month by month, plan from its start). */
export function candidateStatus(facts: TrainingFacts, a: AlisAgreementFacts, asOf: string, rules: TrainingRules): CandidateStatus {
  const alert = ruleInForce(rules.alerts, asOf);
  const recert = ruleInForce(rules.recertification, asOf);
  const doctorName = (id: number) => facts.doctors.find((d) => d.id === id)?.name ?? `Lege ${id}`;
  const supervisorDoctor = facts.doctors.find((d) => d.id === a.supervisorId) ?? { name: doctorName(a.supervisorId), specialistGp: false, specialistSince: null };
  const end = agreementEnd(a);
  const active = a.startDate <= asOf && (end === null || end >= asOf);
  const supervisor = supervisorEligibility(supervisorDoctor, a.supervisorExemptionUntil, asOf);
  const supervision = supervisionYear({ agreement: a, sessions: facts.sessions, year: Number(asOf.slice(0, 4)), asOf, rules: rules.supervisionHours });
  const arenas = arenaProgress(a, facts.periods, asOf);
  const done = completion(a, arenas, asOf, rules.plan);
  const courses = facts.courses.filter((c) => c.doctorId === a.doctorId).map((c) => courseStatus(c, asOf, { withinDays: alert.dueWithinDays, acuteCourseYears: recert.acuteCourseYears }));
  const mine = facts.assessments.filter((x) => x.agreementId === a.id);
  const goals = {
    total: facts.goals.length,
    assessed: mine.length,
    approved: mine.filter((x) => x.approved).length,
    awaitingApproval: mine.filter((x) => x.achieved && !x.approved).length,
  };
  const findings: Finding[] = [];
  if (active) {
    findings.push(supervisor.eligible ? { rag: 'green', message: supervisor.message } : { rag: 'red', message: `Veileder: ${supervisor.message}` });
    if (supervisor.basis === 'exemption' && daysBetween(asOf, a.supervisorExemptionUntil!) <= alert.dueWithinDays) {
      findings.push({ rag: 'amber', message: `Veileders fritak går ut ${formatDate(a.supervisorExemptionUntil!)}` });
    }
    findings.push(supervisionFinding(supervision, alert.supervisionRedBelowShare));
    if (supervision.unconfirmedSessions > 0) findings.push({ rag: 'amber', message: `${supervision.unconfirmedSessions} ${supervision.unconfirmedSessions === 1 ? 'veiledningsøkt venter' : 'veiledningsøkter venter'} på bekreftelse fra veileder` });
    for (const c of courses) {
      const f = courseFinding(c);
      if (f) findings.push(f);
    }
    if (done.delayMonths > 3) findings.push({ rag: 'amber', message: `Beregnet ferdig ${formatDate(done.projectedDate)}, ${h(done.delayMonths)} måneder etter planen (${formatDate(done.plannedDate)})` });
    if (goals.awaitingApproval > 0) findings.push({ rag: 'amber', message: `${goals.awaitingApproval} læringsmål venter på godkjenning av leder` });
  }
  const ordered = [...findings].sort((x, y) => RANK[x.rag] - RANK[y.rag]);
  const rag = worst(findings.map((f) => f.rag));
  const reason = !active ? (end !== null && end < asOf ? `Avsluttet ${formatDate(end)}` : `Starter ${formatDate(a.startDate)}`) : rag === 'green' ? 'Alt i rute' : ordered[0]!.message;
  return {
    agreementId: a.id,
    doctorId: a.doctorId,
    name: doctorName(a.doctorId),
    supervisorId: a.supervisorId,
    supervisorName: supervisorDoctor.name,
    supervisorExemptionUntil: a.supervisorExemptionUntil,
    supervisionGroup: a.supervisionGroup,
    fte: a.fte,
    active,
    rag: active ? rag : 'green',
    reason,
    findings: ordered,
    supervisor,
    supervision,
    arenas,
    completion: done,
    courses,
    goals,
    grant: grantForYear(a, Number(asOf.slice(0, 4)), rules.grant),
    binding: binding(a, asOf, rules.grant),
  };
}

/** What falls due within the window after asOf for one candidate (course deadlines and expiries, exemption, end of plan). */
export function dueItems(c: CandidateStatus, asOf: string, withinDays: number): DueItem[] {
  const until = addDays(asOf, withinDays);
  const inWindow = (d: string | null): d is string => d !== null && d >= asOf && d <= until;
  const items: DueItem[] = [];
  const push = (date: string, what: string) => items.push({ date, doctorId: c.doctorId, name: c.name, what });
  for (const course of c.courses) {
    if (course.completedDate === null && inWindow(course.dueDate)) push(course.dueDate, `Frist for kurs «${course.title}»`);
    if (inWindow(course.expiresDate)) push(course.expiresDate, `Kurs «${course.title}» går ut`);
  }
  if (c.supervisor.basis === 'exemption' && inWindow(c.supervisorExemptionUntil)) push(c.supervisorExemptionUntil, `Veileders fritak går ut (${c.supervisorName})`);
  if (inWindow(c.completion.plannedDate)) push(c.completion.plannedDate, 'Planlagt ferdig spesialist');
  return items;
}
