import { assignmentCovers, isListResponsible, type AssignmentFacts, type ListSnapshotFacts } from '../registry/index.ts';
import { ruleInForce } from '../rules/capacity-target.ts';
import { GP_OBLIGATION_RULES, HEALTH_STATION_OFFER_RULES, type GpObligationRule, type HealthStationOfferRule } from '../rules/municipal-doctor-rules.ts';
import type { MunicipalTaskArea } from './municipal-tasks.ts';

/** An obligation (tilplikting, counts against the 7.5 h limit) or a voluntary agreement (such as the 20 % health-station offer). */
export type GpTaskBasis = 'obligation' | 'agreement';

export interface GpTaskFacts {
  id: number;
  doctorId: number;
  area: MunicipalTaskArea;
  hoursPerWeek: number;
  basis: GpTaskBasis;
  fromDate: string;
  toDate: string | null;
  note: string;
}

export interface GpFacts {
  id: number;
  name: string;
  specialistGp: boolean;
  inSpecialisation: boolean;
}

export interface GpTaskDoctor extends GpFacts {
  /** Σ list length of the positions the GP is responsible for, from the latest count on or before the date; null if none. */
  listLength: number | null;
  listMonth: string | null;
  obligationHours: number;
  agreementHours: number;
  /** Obligation hours above the limit (0 when within it). */
  overLimitHours: number;
  overLimit: boolean;
  /** List below the threshold; null when the list is unknown. */
  shortList: boolean | null;
  healthStationHours: number;
  /** A short list and fewer health-station hours than the offer (20 % of a full position). */
  offerOpen: boolean;
  tasks: GpTaskFacts[];
}

export interface GpTaskSummary {
  date: string;
  obligationRule: GpObligationRule;
  offerRule: HealthStationOfferRule;
  /** The offer in hours per week: offer share × a full position's hours (20 % × 37.5 = 7.5). */
  offerHours: number;
  doctors: GpTaskDoctor[];
  byArea: { area: MunicipalTaskArea; hoursPerWeek: number; fte: number; doctors: number }[];
  totals: {
    gps: number;
    withTasks: number;
    obligationHours: number;
    agreementHours: number;
    fte: number;
    overLimit: number;
    shortLists: number;
    offerTaken: number;
    offerOpen: number;
  };
}

/** True when the task runs on the date (from ≤ date ≤ to, open-ended without a to date). */
export function taskActive(t: Pick<GpTaskFacts, 'fromDate' | 'toDate'>, date: string): boolean {
  return t.fromDate <= date && (t.toDate === null || t.toDate >= date);
}

function listOn(doctorId: number, date: string, assignments: readonly AssignmentFacts[], snapshots: readonly ListSnapshotFacts[]): { length: number; month: string } | null {
  const positions = assignments.filter((a) => a.doctorId === doctorId && isListResponsible(a) && assignmentCovers(a, date)).map((a) => a.positionId);
  let length = 0;
  let month: string | null = null;
  for (const positionId of new Set(positions)) {
    const latest = snapshots.filter((s) => s.positionId === positionId && s.month <= date).sort((a, b) => b.month.localeCompare(a.month))[0];
    if (!latest) continue;
    length += latest.listLength;
    if (month === null || latest.month > month) month = latest.month;
  }
  return month === null ? null : { length, month };
}

/**
 * The GPs' municipal tasks on a date: each GP responsible for a list (and anyone else with a task), their obligation
 * hours against the limit, and the health-station offer to GPs with short lists.
 */
export function gpTaskSummary(input: {
  date: string;
  doctors: readonly GpFacts[];
  tasks: readonly GpTaskFacts[];
  assignments: readonly AssignmentFacts[];
  snapshots: readonly ListSnapshotFacts[];
}): GpTaskSummary {
  const { date } = input;
  const obligationRule = ruleInForce(GP_OBLIGATION_RULES, date);
  const offerRule = ruleInForce(HEALTH_STATION_OFFER_RULES, date);
  const offerHours = offerRule.offerShare * obligationRule.fullTimeHoursPerWeek;
  const active = input.tasks.filter((t) => taskActive(t, date));
  const gps = new Set(input.assignments.filter((a) => isListResponsible(a) && assignmentCovers(a, date)).map((a) => a.doctorId));
  const listed = input.doctors.filter((d) => gps.has(d.id) || active.some((t) => t.doctorId === d.id));
  const hours = (ts: readonly GpTaskFacts[], pick: (t: GpTaskFacts) => boolean) => ts.filter(pick).reduce((s, t) => s + t.hoursPerWeek, 0);
  const doctors = listed
    .map((d): GpTaskDoctor => {
      const tasks = active.filter((t) => t.doctorId === d.id);
      const list = listOn(d.id, date, input.assignments, input.snapshots);
      const obligationHours = hours(tasks, (t) => t.basis === 'obligation');
      const healthStationHours = hours(tasks, (t) => t.area === 'child_health');
      const shortList = list === null ? null : list.length < offerRule.shortListBelow;
      return {
        ...d,
        listLength: list?.length ?? null,
        listMonth: list?.month ?? null,
        obligationHours,
        agreementHours: hours(tasks, (t) => t.basis === 'agreement'),
        overLimitHours: Math.max(0, obligationHours - obligationRule.maxHoursPerWeek),
        overLimit: obligationHours > obligationRule.maxHoursPerWeek,
        shortList,
        healthStationHours,
        offerOpen: shortList === true && healthStationHours < offerHours,
        tasks,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  const areas = [...new Set(active.map((t) => t.area))];
  const totalHours = hours(active, () => true);
  return {
    date,
    obligationRule,
    offerRule,
    offerHours,
    doctors,
    byArea: areas.map((area) => {
      const here = active.filter((t) => t.area === area);
      const h = hours(here, () => true);
      return { area, hoursPerWeek: h, fte: h / obligationRule.fullTimeHoursPerWeek, doctors: new Set(here.map((t) => t.doctorId)).size };
    }),
    totals: {
      gps: gps.size,
      withTasks: new Set(active.map((t) => t.doctorId)).size,
      obligationHours: hours(active, (t) => t.basis === 'obligation'),
      agreementHours: hours(active, (t) => t.basis === 'agreement'),
      fte: totalHours / obligationRule.fullTimeHoursPerWeek,
      overLimit: doctors.filter((d) => d.overLimit).length,
      shortLists: doctors.filter((d) => d.shortList === true).length,
      offerTaken: doctors.filter((d) => d.shortList === true && !d.offerOpen).length,
      offerOpen: doctors.filter((d) => d.offerOpen).length,
    },
  };
}
