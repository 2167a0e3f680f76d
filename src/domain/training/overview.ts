import { ruleInForce } from '../rules/capacity-target.ts';
import { candidateStatus, dueItems, type CandidateStatus, type DueItem } from './compliance.ts';
import { addDays } from './dates.ts';
import { lis1Due, lis1Overview, type Lis1IntakeStatus, type Lis1Status } from './lis1.ts';
import { grantTotalsByYear, type GrantYear } from './money.ts';
import { recertifications, type RecertificationStatus } from './recertification.ts';
import { TRAINING_RULES, type TrainingRules } from './rules.ts';
import { supervisorEligibility } from './supervisor.ts';
import type { Rag, TrainingFacts } from './types.ts';

/** Supervisors' time against the supervisors available. */
export interface SupervisorCapacity {
  ftePerAlis: number;
  activeAlis: number;
  /** activeAlis × ftePerAlis, rounded to 4 decimals (S §3.0: 12 × 0.035 = 0.42). */
  requiredFte: number;
  supervisors: { doctorId: number; name: string; candidates: number; eligible: boolean }[];
  /** Specialists in general practice on the date who could supervise. */
  eligibleSpecialists: number;
  source: string;
}

/** The coordinator's list: what falls due in the window, soonest first. */
export type DueEntry = Omit<DueItem, 'doctorId'> & { doctorId: number | null };

export interface TrainingOverview {
  date: string;
  dueWithinDays: number;
  candidates: CandidateStatus[];
  counts: Record<Rag, number> & { active: number };
  due: DueEntry[];
  supervisors: SupervisorCapacity;
  /** ALIS grant totals per year, this year and the next four (for the economics pages). */
  grants: GrantYear[];
  lis1: { intakes: Lis1IntakeStatus[]; placements: Lis1Status[] };
  specialists: RecertificationStatus[];
}

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;

/**
 * Doctors in training on a date: every ALIS's status (red/amber/green with the reason), what is due in the window,
 * supervisors' FTE, grants per year, LIS1 intakes and placements, and specialists' recertification. The page, the
 * API, the CLI and the golden test all read this one function.
 */
export function trainingOverview(facts: TrainingFacts, opts: { date: string; rules?: TrainingRules }): TrainingOverview {
  const rules = opts.rules ?? TRAINING_RULES;
  const { date } = opts;
  const alert = ruleInForce(rules.alerts, date);
  const candidates = facts.agreements.map((a) => candidateStatus(facts, a, date, rules)).sort((x, y) => x.name.localeCompare(y.name, 'nb'));
  const active = candidates.filter((c) => c.active);
  const lis1 = lis1Overview({ intakes: facts.intakes, placements: facts.placements, doctors: facts.doctors, asOf: date });
  const specialists = recertifications({ doctors: facts.doctors, courses: facts.courses, asOf: date, rules: rules.recertification, withinDays: alert.dueWithinDays });
  const until = addDays(date, alert.dueWithinDays);
  const due: DueEntry[] = [
    ...candidates.flatMap((c) => dueItems(c, date, alert.dueWithinDays)),
    ...lis1Due(lis1.placements, date, alert.dueWithinDays).map((d) => ({ ...d, doctorId: null })),
    ...specialists.flatMap((s): DueEntry[] => [
      ...(s.acuteCourseExpires === null ? [] : [{ date: s.acuteCourseExpires, doctorId: s.doctorId, name: s.name, what: 'Kurs i akuttmedisin går ut' }]),
      { date: s.nextRecertification, doctorId: s.doctorId, name: s.name, what: 'Resertifisering som spesialist' },
    ]).filter((d) => d.date >= date && d.date <= until),
  ].sort((x, y) => (x.date === y.date ? x.name.localeCompare(y.name, 'nb') : x.date < y.date ? -1 : 1));
  const fteRule = ruleInForce(rules.supervisorFte, date);
  const supervisorIds = [...new Set(active.map((c) => c.supervisorId))];
  const grants = grantTotalsByYear(facts.agreements, Number(date.slice(0, 4)), 5, rules.grant);
  return {
    date,
    dueWithinDays: alert.dueWithinDays,
    candidates,
    counts: {
      active: active.length,
      red: active.filter((c) => c.rag === 'red').length,
      amber: active.filter((c) => c.rag === 'amber').length,
      green: active.filter((c) => c.rag === 'green').length,
    },
    due,
    supervisors: {
      ftePerAlis: fteRule.ftePerAlis,
      activeAlis: active.length,
      requiredFte: round4(active.length * fteRule.ftePerAlis),
      supervisors: supervisorIds.map((id) => {
        const c = active.filter((x) => x.supervisorId === id);
        return { doctorId: id, name: c[0]!.supervisorName, candidates: c.length, eligible: c.every((x) => x.supervisor.eligible) };
      }),
      eligibleSpecialists: facts.doctors.filter((d) => supervisorEligibility(d, null, date).eligible).length,
      source: fteRule.source,
    },
    grants,
    lis1,
    specialists,
  };
}
