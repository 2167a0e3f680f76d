/**
 * Which month's list figures stand for the municipality. Lists are counted on the 1st of every month for every
 * position; a month for which only some positions have figures (a partial import, a report still coming in) would
 * otherwise flip every headline — two positions of 54 make a municipality with 2 000 patients and plenty of room.
 * A month is complete when every position counted in the last complete month before it is counted again (positions
 * added that month only add to it); the first month with figures is complete by definition. A position that is no
 * longer counted is removed from the registry, and the months after it are complete again. Pages use the newest complete
 * month and say when a newer one is incomplete.
 */
import type { ListSnapshotFacts } from '../registry/index.ts';

export interface MonthCompleteness {
  month: string;
  /** Positions with figures this month. */
  counted: number;
  /** Positions counted in the last complete month before this one that have no figures this month, by id. */
  missingPositionIds: number[];
  complete: boolean;
}

/** Every month with list figures, oldest first, each with the positions it lacks. */
export function monthCompleteness(snapshots: readonly Pick<ListSnapshotFacts, 'positionId' | 'month'>[]): MonthCompleteness[] {
  const byMonth = new Map<string, Set<number>>();
  for (const s of snapshots) {
    const set = byMonth.get(s.month) ?? new Set<number>();
    set.add(s.positionId);
    byMonth.set(s.month, set);
  }
  let reference = new Set<number>();
  return [...byMonth.keys()].sort().map((month) => {
    const here = byMonth.get(month)!;
    const missingPositionIds = [...reference].filter((id) => !here.has(id)).sort((a, b) => a - b);
    const complete = missingPositionIds.length === 0;
    if (complete) reference = here;
    return { month, counted: here.size, missingPositionIds, complete };
  });
}

/** The month that stands for the municipality, and the newer months that are left out because they are incomplete. */
export interface CurrentMonth {
  /** The newest complete month, or null without any figures. */
  month: string | null;
  /** Complete months, oldest first (trends and "the month before" use these). */
  completeMonths: string[];
  /** Incomplete months newer than `month`, oldest first: shown as such, never used as today's figures. */
  newerIncomplete: MonthCompleteness[];
}

/** The newest complete month of list figures; see the module comment for what complete means. */
export function currentMonth(snapshots: readonly Pick<ListSnapshotFacts, 'positionId' | 'month'>[]): CurrentMonth {
  const all = monthCompleteness(snapshots);
  const completeMonths = all.filter((m) => m.complete).map((m) => m.month);
  const month = completeMonths.at(-1) ?? null;
  return { month, completeMonths, newerIncomplete: all.filter((m) => !m.complete && (month === null || m.month > month)) };
}
