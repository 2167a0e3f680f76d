import {
  assignmentCovers,
  isListResponsible,
  type AssignmentFacts,
  type DoctorFacts,
  type ListSnapshotFacts,
} from '../registry/index.ts';
import type { AlertThresholds, CapacityTargetRule } from '../rules/index.ts';
import type { CapacityFigures } from './month-figures.ts';
import { formatCount } from '../format/index.ts';

/** The parts of a month's target assessment the alerts read (overview's TargetAssessment has them). */
export interface TargetCheck {
  rule: CapacityTargetRule;
  placesShortOfShare: number | null;
  shareBelowTarget: boolean;
  placesBelowMin: boolean;
}

/** A posting (utlysning) of a position: applicants null = not yet registered, 0 = nobody applied. */
export interface PostingFacts {
  id: number;
  positionId: number;
  advertisedFrom: string;
  deadline: string;
  applicants: number | null;
}

/** An Oversikt alert with the figures behind it; `message` is the Norwegian sentence shown to the planner. */
export type Alert =
  | { kind: 'free-share-below-target'; month: string; openShare: number; freeShareTarget: number; placesToAdd: number; message: string }
  | { kind: 'free-places-below-minimum'; month: string; openPlaces: number; freePlacesMin: number; message: string }
  | {
      kind: 'list-without-gp';
      month: string;
      positionId: number;
      since: string;
      weeks: number;
      thresholdWeeks: number;
      patients: number;
      message: string;
    }
  | { kind: 'posting-without-applicants'; month: string; positionId: number; postingId: number; deadline: string; message: string }
  | {
      kind: 'retirement-soon';
      month: string;
      retirementAge: number;
      withinYears: number;
      count: number;
      positionIds: number[];
      byYear: { year: number; count: number }[];
      message: string;
    };

const nb = (x: number) => new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 1 }).format(x);
const pct = (x: number) => new Intl.NumberFormat('nb-NO', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(x);

/** Whole days from date a to date b (YYYY-MM-DD, UTC calendar days). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

function targetAlerts(capacity: CapacityFigures, target: TargetCheck): Alert[] {
  const alerts: Alert[] = [];
  const { freeShareTarget, freePlacesMin } = target.rule;
  if (target.shareBelowTarget && freeShareTarget !== null && capacity.openShare !== null) {
    alerts.push({
      kind: 'free-share-below-target',
      month: capacity.month,
      openShare: capacity.openShare,
      freeShareTarget,
      placesToAdd: target.placesShortOfShare ?? 0,
      message:
        `Ledig andel ${pct(capacity.openShare)} (${nb(capacity.openPlaces)} av ${nb(capacity.sumListCap)} plasser) er under målet på ${pct(freeShareTarget)}: ` +
        `${nb(target.placesShortOfShare ?? 0)} listeplasser må til.`,
    });
  }
  if (target.placesBelowMin && freePlacesMin !== null) {
    alerts.push({
      kind: 'free-places-below-minimum',
      month: capacity.month,
      openPlaces: capacity.openPlaces,
      freePlacesMin,
      message: `Bare ${nb(capacity.openPlaces)} ledige plasser – under kommunens grense på ${nb(freePlacesMin)}.`,
    });
  }
  return alerts;
}

/** Lists with no responsible GP on the month, vacant longer than the threshold; vacant since the day after the last GP left (or the first snapshot). */
function vacantListAlerts(input: AlertInput): Alert[] {
  const { month, thresholds } = input;
  const alerts: Alert[] = [];
  for (const s of input.snapshots) {
    if (s.month !== month || (s.listCap === 0 && s.listLength === 0)) continue;
    const responsible = input.assignments.filter((a) => a.positionId === s.positionId && isListResponsible(a));
    if (responsible.some((a) => assignmentCovers(a, month))) continue;
    const lastEnd = responsible
      .map((a) => a.toDate)
      .filter((d): d is string => d !== null && d < month)
      .sort()
      .at(-1);
    const firstSnapshot = input.snapshots.filter((x) => x.positionId === s.positionId).map((x) => x.month).sort()[0]!;
    const since = lastEnd === undefined ? firstSnapshot : nextDay(lastEnd);
    const weeks = Math.floor(daysBetween(since, month) / 7);
    if (weeks <= thresholds.vacantListWeeks) continue;
    alerts.push({
      kind: 'list-without-gp',
      month,
      positionId: s.positionId,
      since,
      weeks,
      thresholdWeeks: thresholds.vacantListWeeks,
      patients: s.listLength,
      message: `En liste med ${nb(s.listLength)} pasienter har vært uten fast lege i ${weeks} uker (siden ${since}); grensen er ${thresholds.vacantListWeeks} uker.`,
    });
  }
  return alerts;
}

function postingAlerts(input: AlertInput): Alert[] {
  const staffed = new Set(input.assignments.filter((a) => isListResponsible(a) && assignmentCovers(a, input.month)).map((a) => a.positionId));
  return input.postings
    .filter((p) => p.applicants === 0 && p.deadline < input.month && !staffed.has(p.positionId))
    .map((p) => ({
      kind: 'posting-without-applicants' as const,
      month: input.month,
      positionId: p.positionId,
      postingId: p.id,
      deadline: p.deadline,
      message: `En hjemmel utlyst ${p.advertisedFrom} fikk ingen søkere innen fristen ${p.deadline} og er fortsatt ikke besatt.`,
    }));
}

function retirementAlerts(input: AlertInput): Alert[] {
  const { month, thresholds } = input;
  const year = Number(month.slice(0, 4));
  const holders = input.assignments.filter((a) => isListResponsible(a) && assignmentCovers(a, month));
  const birthYear = new Map(input.doctors.map((d) => [d.id, d.birthYear]));
  const soon = holders.filter((a) => {
    const born = birthYear.get(a.doctorId);
    return born !== undefined && born + thresholds.retirementAge <= year + thresholds.retirementWithinYears;
  });
  if (soon.length === 0) return [];
  const years = Array.from({ length: thresholds.retirementWithinYears + 1 }, (_, i) => year + i);
  const byYear = years.map((y) => ({
    year: y,
    count: soon.filter((a) => Math.max(year, birthYear.get(a.doctorId)! + thresholds.retirementAge) === y).length,
  }));
  const doctors = new Set(soon.map((a) => a.doctorId)).size;
  return [
    {
      kind: 'retirement-soon',
      month,
      retirementAge: thresholds.retirementAge,
      withinYears: thresholds.retirementWithinYears,
      count: doctors,
      positionIds: [...new Set(soon.map((a) => a.positionId))].sort((a, b) => a - b),
      byYear,
      message: `${formatCount(doctors, 'fastlege', 'fastleger')} når ${thresholds.retirementAge} år innen utgangen av ${year + thresholds.retirementWithinYears}.`,
    },
  ];
}

/** What the alert rules look at: one month's figures and the facts behind them. */
export interface AlertInput {
  month: string;
  capacity: CapacityFigures;
  target: TargetCheck;
  snapshots: readonly ListSnapshotFacts[];
  assignments: readonly AssignmentFacts[];
  doctors: readonly DoctorFacts[];
  postings: readonly PostingFacts[];
  thresholds: AlertThresholds;
}

/** Every alert that trips on the month: free capacity, lists without a GP, postings without applicants, retirements soon. */
export function capacityAlerts(input: AlertInput): Alert[] {
  return [...targetAlerts(input.capacity, input.target), ...vacantListAlerts(input), ...postingAlerts(input), ...retirementAlerts(input)];
}
