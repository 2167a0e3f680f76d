import { describe, expect, it } from 'vitest';
import type { TRosterDetail } from '../../contracts/roster/index.ts';
import type { LegevaktPlan, PayrollSummary, PlanDoctor } from '../../domain/roster/index.ts';
import { rosterViewer, seesDrafts, visibleDetail, visiblePayroll, visiblePlan, visibleReason, type RosterViewer } from './visibility.ts';

const doctor = (id: string, name: string): PlanDoctor => ({
  id,
  name,
  role: 'gp',
  share: 0.8,
  competence: { specialistGeneralPractice: false, clinicalServiceFrom: '2001-02-03', legevaktShifts: 12, municipalGpMonths: 40, courses: [{ kind: 'acute-medicine', date: '2020-01-01' }] },
  unavailable: ['2027-01-05'],
  wishes: [{ date: '2027-01-06', kind: 'avoid', template: null }],
  exemptions: [{ kinds: ['night'], reason: 'health', decidedBy: 'Utvalget', decidedOn: '2026-01-01', from: '2026-01-01', to: null }],
  maxPerWeek: 2,
});
const plan: LegevaktPlan = { name: 'P', start: '2027-01-04', days: 7, templates: [], doctors: [doctor('1', 'Meg'), doctor('2', 'Kollega')] };
const me: RosterViewer = { kind: 'doctor', doctorId: 1 };
const office: RosterViewer = { kind: 'office', coordinator: false };

const line = { byKind: {} as never, total: { shifts: 1, minutes: 480, hours: 8 } };
const violation = (doctorIds: number[], message: string) => ({ rule: 'wishes', level: 'soft' as const, title: 'Ønsker', penalty: 1, doctorIds, dates: [], templateIds: [], message });
const detail = {
  roster: {} as TRosterDetail['roster'],
  templates: [],
  doctors: [
    { id: 1, name: 'Meg', role: 'gp', share: 0.8, competent: true, missing: [] },
    { id: 2, name: 'Kollega', role: 'gp', share: 0.8, competent: false, missing: ['kurs i vold og overgrep'] },
  ],
  shifts: [
    { id: 10, date: '2027-01-04', templateId: 5, doctorId: 1 },
    { id: 11, date: '2027-01-05', templateId: 5, doctorId: 2 },
  ],
  evaluation: { hard: 0, soft: 2, feasible: true, rules: [], violations: [violation([1], 'Meg ønsket fri'), violation([2], 'Kollega ønsket fri'), violation([], 'Natt mangler lege'), violation([1, 2], 'Begge')] },
  load: [{ doctorId: 1, name: 'Meg' }, { doctorId: 2, name: 'Kollega' }] as TRosterDetail['load'],
  holidays: {},
} satisfies TRosterDetail;

describe('what each role reads of a roster', () => {
  it('roles: the coordinator sees drafts, the read-only role reads the office’s view, a doctor their own', () => {
    expect(seesDrafts(rosterViewer({ role: 'planner', doctorId: null }))).toBe(true);
    expect(seesDrafts(rosterViewer({ role: 'admin', doctorId: null }))).toBe(true);
    expect(rosterViewer({ role: 'readonly', doctorId: null })).toEqual(office);
    expect(seesDrafts(office)).toBe(false);
    expect(rosterViewer({ role: 'doctor', doctorId: 1 })).toEqual(me);
    expect(seesDrafts(me)).toBe(false);
  });

  it('a plan: the doctor’s own entry whole, a colleague’s id and name only; the office all of it', () => {
    const copy = structuredClone(plan);
    expect(visiblePlan(plan, me).doctors).toEqual([plan.doctors[0], { id: '2', name: 'Kollega' }]);
    expect(visiblePlan(plan, { kind: 'doctor', doctorId: null }).doctors).toEqual([{ id: '1', name: 'Meg' }, { id: '2', name: 'Kollega' }]);
    expect(visiblePlan(plan, office)).toEqual(plan);
    expect(plan).toEqual(copy);
  });

  it('a detail: every name and shift, but a colleague’s facts, load and violations not', () => {
    const copy = structuredClone(detail);
    const seen = visibleDetail(detail, me);
    expect(seen.shifts).toEqual(detail.shifts);
    expect(seen.doctors).toEqual([detail.doctors[0], { id: 2, name: 'Kollega', role: null, share: null, competent: null, missing: null }]);
    expect(seen.load.map((l) => l.doctorId)).toEqual([1]);
    expect(seen.evaluation.violations.map((v) => v.message)).toEqual(['Meg ønsket fri', 'Natt mangler lege']);
    expect(visibleDetail(detail, office)).toEqual(detail);
    expect(detail).toEqual(copy);
  });

  it('the payroll: a doctor’s own lines and the open shifts', () => {
    const payroll: PayrollSummary = { months: [{ month: '2027-01', doctors: [{ doctorId: '1', name: 'Meg', ...line }, { doctorId: '2', name: 'Kollega', ...line }], open: line }] };
    expect(visiblePayroll(payroll, me).months[0]!.doctors.map((d) => d.name)).toEqual(['Meg']);
    expect(visiblePayroll(payroll, me).months[0]!.open).toEqual(line);
    expect(visiblePayroll(payroll, office)).toEqual(payroll);
  });

  it('a refusal’s reason: a rule broken for a colleague is named, its message (their facts) not told', () => {
    expect(visibleReason(me, { doctorIds: [1], message: 'Du har fritak fra natt', title: 'Fritak' })).toBe('Du har fritak fra natt');
    expect(visibleReason(me, { doctorIds: [2], message: 'Kollega har fritak (helse)', title: 'Fritak' })).toBe('Det ville bryte regelen «Fritak» for en kollega.');
    expect(visibleReason(office, { doctorIds: [2], message: 'Kollega har fritak (helse)', title: 'Fritak' })).toBe('Kollega har fritak (helse)');
  });
});
