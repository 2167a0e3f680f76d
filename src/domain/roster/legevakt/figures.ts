/**
 * Fairness and quality figures of a solved legevakt roster (the bench prints them against the targets):
 * spread of load, nights and holiday shifts between doctors of the same share who could take them alike, backups
 * covered, wishes granted.
 */
import { OFF, type Problem } from '../model.ts';
import { CATALOGUE } from '../rules/index.ts';
import { loadTable } from './load.ts';

export interface RosterFigures {
  /** Largest difference in shifts between two doctors of the same share (doctors without exemptions). */
  shiftSpread: number;
  /** Largest difference in nights between two doctors of the same share who may all take nights alone. */
  nightSpread: number;
  /** Largest difference in holiday shifts between two doctors of the same share. */
  holidaySpread: number;
  /** Share of non-competent doctors' alone shifts that have a competent backup that day (1 = all). */
  backupsCovered: number;
  /** Share of wishes (want and avoid) granted. */
  wishesGranted: number;
}

const spread = (groups: Map<number, number[]>): number => Math.max(0, ...[...groups.values()].filter((g) => g.length > 1).map((g) => Math.max(...g) - Math.min(...g)));

export function rosterFigures(p: Problem, grid: Int8Array): RosterFigures {
  const S = p.shiftTypes.length;
  const load = loadTable(p, grid);
  const exemptAny = p.employees.map((_, e) => p.exempt.subarray(e * p.days * S, (e + 1) * p.days * S).some((x) => x === 1));
  const competentAll = p.employees.map((_, e) => p.competent.subarray(e * p.days, (e + 1) * p.days).every((x) => x === 1));
  const group = (value: (e: number) => number, include: (e: number) => boolean) => {
    const m = new Map<number, number[]>();
    load.forEach((l, e) => {
      if (l.share > 0 && include(e)) m.set(l.share, [...(m.get(l.share) ?? []), value(e)]);
    });
    return m;
  };
  let needing = 0;
  let uncovered = 0;
  for (let d = 0; d < p.days; d++) {
    const missing = CATALOGUE['backup-required'].penalty(p, grid, d);
    uncovered += missing;
    for (let e = 0; e < p.employees.length; e++) {
      const s = grid[e * p.days + d]!;
      if (s !== OFF && p.shiftTypes[s]!.alone && p.competent[e * p.days + d] !== 1) needing++;
    }
  }
  const wishes = p.onRequests.length + p.offRequests.length;
  const denied = CATALOGUE['shift-on-request'].explain(p, grid).length + CATALOGUE['shift-off-request'].explain(p, grid).length;
  return {
    shiftSpread: spread(group((e) => load[e]!.shifts, (e) => !exemptAny[e])),
    nightSpread: spread(group((e) => load[e]!.nights, (e) => !exemptAny[e] && competentAll[e]!)),
    holidaySpread: spread(group((e) => load[e]!.holidays, (e) => !exemptAny[e])),
    backupsCovered: needing === 0 ? 1 : 1 - uncovered / needing,
    wishesGranted: wishes === 0 ? 1 : 1 - denied / wishes,
  };
}
