import type { AssignmentFacts, DoctorFacts, ListSnapshotFacts } from '../registry/index.ts';
import {
  ALERT_THRESHOLDS,
  DEFAULT_CAPACITY_TARGETS,
  ruleInForce,
  type AlertThresholds,
  type CapacityTargetRule,
} from '../rules/index.ts';
import { capacityAlerts, type Alert, type PostingFacts } from './alerts.ts';
import { currentMonth, type MonthCompleteness } from './complete-month.ts';
import { capacityFigures, gpProfile, type CapacityFigures, type GpProfile } from './month-figures.ts';
import { requiredCapacity } from './positions-needed.ts';

export interface TargetAssessment {
  rule: CapacityTargetRule;
  /**
   * List places to add to reach the share target with today's patients (0 when met; null without a share target):
   * Σ lengths ÷ (1 − t) − Σ caps, rounded up — new capacity raises Σ caps too, so this is more than the open places missing.
   */
  placesShortOfShare: number | null;
  shareBelowTarget: boolean;
  placesBelowMin: boolean;
  met: boolean;
}

export interface MonthOverview {
  capacity: CapacityFigures;
  gps: GpProfile;
  target: TargetAssessment;
}

export interface Overview {
  /** The newest complete month (complete-month.ts): a newer month with figures for only some positions is left out. */
  latest: MonthOverview | null;
  /** The complete month before `latest`. */
  previous: MonthOverview | null;
  /** Every complete month, oldest first, for trend charts. */
  trend: CapacityFigures[];
  /** Newer months left out because some positions lack figures, with which. */
  incompleteMonths: MonthCompleteness[];
  /** Alerts that trip on the latest month, with the figures behind them (empty without snapshots). */
  alerts: Alert[];
}

/** The municipality's own target rules, with the national default (7 %) in force before the first of them. */
export function targetsWithDefault(own: readonly CapacityTargetRule[]): CapacityTargetRule[] {
  return [...DEFAULT_CAPACITY_TARGETS, ...own];
}

/** Checks a month's figures against the municipality's free-capacity rule in force that month. */
export function assessTarget(figures: CapacityFigures, rules: readonly CapacityTargetRule[]): TargetAssessment {
  const rule = ruleInForce(rules, figures.month);
  const shareBelowTarget =
    rule.freeShareTarget !== null && figures.openShare !== null && figures.openShare < rule.freeShareTarget;
  const placesBelowMin = rule.freePlacesMin !== null && figures.openPlaces < rule.freePlacesMin;
  const placesShortOfShare =
    rule.freeShareTarget === null
      ? null
      : Math.max(0, Math.ceil(requiredCapacity(figures.patients, { freeShareTarget: rule.freeShareTarget, freePlacesMin: null }) - figures.sumListCap - 1e-9));
  return { rule, placesShortOfShare, shareBelowTarget, placesBelowMin, met: !shareBelowTarget && !placesBelowMin };
}

/** The Oversikt page: the newest complete month of list figures, the one before it, the trend, and newer incomplete months. */
export function overview(input: {
  snapshots: readonly ListSnapshotFacts[];
  assignments: readonly AssignmentFacts[];
  doctors: readonly DoctorFacts[];
  /** The municipality's own rules; the national default applies before the first of them. */
  targets: readonly CapacityTargetRule[];
  /** Postings of positions, for the "advertised without applicants" alert (none when omitted). */
  postings?: readonly PostingFacts[];
  /** Alert thresholds in force (the default rule set when omitted). */
  alertThresholds?: readonly AlertThresholds[];
}): Overview {
  const targets = targetsWithDefault(input.targets);
  const current = currentMonth(input.snapshots);
  const months = current.completeMonths;
  const monthOverview = (month: string | undefined): MonthOverview | null => {
    if (month === undefined) return null;
    const capacity = capacityFigures({ month, snapshots: input.snapshots, assignments: input.assignments });
    return {
      capacity,
      gps: gpProfile({ month, doctors: input.doctors, assignments: input.assignments, retirementAge: ruleInForce(input.alertThresholds ?? ALERT_THRESHOLDS, month).retirementAge }),
      target: assessTarget(capacity, targets),
    };
  };
  const latest = monthOverview(months.at(-1));
  return {
    latest,
    previous: monthOverview(months.at(-2)),
    trend: months.map((month) => capacityFigures({ month, snapshots: input.snapshots, assignments: input.assignments })),
    incompleteMonths: current.newerIncomplete,
    alerts:
      latest === null
        ? []
        : capacityAlerts({
            month: latest.capacity.month,
            capacity: latest.capacity,
            target: latest.target,
            snapshots: input.snapshots,
            assignments: input.assignments,
            doctors: input.doctors,
            postings: input.postings ?? [],
            thresholds: ruleInForce(input.alertThresholds ?? ALERT_THRESHOLDS, latest.capacity.month),
          }),
  };
}
