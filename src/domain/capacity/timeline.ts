import type { AssignmentFacts, ListSnapshotFacts, PositionFacts } from '../registry/index.ts';
import type { CapacityTargetRule } from '../rules/index.ts';
import { capacityFigures, type CapacityFigures } from './month-figures.ts';
import { assessTarget, targetsWithDefault, type TargetAssessment } from './overview.ts';
import { monthCompleteness } from './complete-month.ts';

/** One office's capacity figures in a month. */
export interface OfficeCapacity {
  officeId: number;
  figures: CapacityFigures;
}

/** A month of the capacity-over-time page: the total against the rule in force, and each office. */
export interface TimelineMonth {
  month: string;
  /** False when positions counted in the last complete month lack figures this month (complete-month.ts). */
  complete: boolean;
  /** How many of those positions lack figures. */
  missingPositions: number;
  total: CapacityFigures;
  target: TargetAssessment;
  offices: OfficeCapacity[];
}

/**
 * Capacity over time per office and in total, every month with list snapshots (oldest first). Offices are those
 * with at least one position; an office without snapshots in a month shows zero positions that month.
 */
export function capacityTimeline(input: {
  snapshots: readonly ListSnapshotFacts[];
  assignments: readonly AssignmentFacts[];
  positions: readonly PositionFacts[];
  targets: readonly CapacityTargetRule[];
}): TimelineMonth[] {
  const officeOf = new Map(input.positions.map((p) => [p.id, p.officeId]));
  for (const s of input.snapshots) {
    if (!officeOf.has(s.positionId)) throw new RangeError(`Snapshot for unknown position ${s.positionId}`);
  }
  const officeIds = [...new Set(input.positions.map((p) => p.officeId))].sort((a, b) => a - b);
  const byOffice = new Map(officeIds.map((id) => [id, input.snapshots.filter((s) => officeOf.get(s.positionId) === id)]));
  const targets = targetsWithDefault(input.targets);
  return monthCompleteness(input.snapshots).map(({ month, complete, missingPositionIds }) => {
    const total = capacityFigures({ month, snapshots: input.snapshots, assignments: input.assignments });
    return {
      month,
      complete,
      missingPositions: missingPositionIds.length,
      total,
      target: assessTarget(total, targets),
      offices: officeIds.map((officeId) => ({
        officeId,
        figures: capacityFigures({ month, snapshots: byOffice.get(officeId) ?? [], assignments: input.assignments }),
      })),
    };
  });
}
