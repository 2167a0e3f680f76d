import type { MeasureStatus } from './measure-kinds.ts';
import { measureCost, type CostContext, type MeasureCost, type TimedMeasure } from './measure-cost.ts';
import { sumOre, type Ore } from './money.ts';

/** A measure as saved in a package; a measure without its own start starts with the package. */
export interface PackageMeasure extends Omit<TimedMeasure, 'startDate'> {
  id: number;
  startDate: string | null;
  status: MeasureStatus;
  reason: string;
}

export interface MeasurePackage {
  id: number;
  name: string;
  startDate: string;
  measures: readonly PackageMeasure[];
}

export interface CostLine extends MeasureCost {
  measureId: number;
  name: string;
  kind: PackageMeasure['model']['kind'];
  status: MeasureStatus;
  reason: string;
  startDate: string;
  endDate: string | null;
}

export interface PackageCost {
  packageId: number;
  name: string;
  startDate: string;
  years: number[];
  /** Measures recommended or adopted: these make the totals. */
  lines: CostLine[];
  /** Measures for later or rejected, costed the same way but outside the totals. */
  outside: CostLine[];
  totalByYear: { year: number; amount: Ore }[];
  totalFullYear: Ore;
}

/** The years a package is shown for: its start year and the `count − 1` after. */
export function packageYears(startDate: string, count: number): number[] {
  const first = Number(startDate.slice(0, 4));
  return Array.from({ length: count }, (_, i) => first + i);
}

/**
 * The cost of a package by year and for a full year, each measure costed by `measureCost`; the totals are sums of
 * the lines' whole-øre amounts (so a total is always the sum of what the lines hold).
 */
export function packageCost(pkg: MeasurePackage, ctx: CostContext, years: readonly number[]): PackageCost {
  const cost = (m: PackageMeasure): CostLine => {
    const startDate = m.startDate ?? pkg.startDate;
    return { measureId: m.id, name: m.name, kind: m.model.kind, status: m.status, reason: m.reason, startDate, endDate: m.endDate, ...measureCost({ ...m, startDate }, ctx, years) };
  };
  const counts = (m: PackageMeasure) => m.status === 'recommended' || m.status === 'adopted';
  const lines = pkg.measures.filter(counts).map(cost);
  return {
    packageId: pkg.id,
    name: pkg.name,
    startDate: pkg.startDate,
    years: [...years],
    lines,
    outside: pkg.measures.filter((m) => !counts(m)).map(cost),
    totalByYear: years.map((year, i) => ({ year, amount: sumOre(lines.map((l) => l.byYear[i]!.amount)) })),
    totalFullYear: sumOre(lines.map((l) => l.fullYear)),
  };
}

/** One alternative in a comparison: a package, a single measure or doing nothing, by its full-year cost. */
export interface Alternative {
  label: string;
  fullYear: Ore;
  /** Per position, when the alternative covers a known number of positions. */
  positions: number | null;
}

/**
 * Alternatives side by side against doing nothing (e.g. agencies covering 10 % of the positions): each one's
 * full-year cost, its cost per position where known, and what it costs more (+) or less (−) than doing nothing.
 */
export function compareWithDoingNothing(doingNothing: Alternative, alternatives: readonly Alternative[]) {
  const row = (a: Alternative) => ({
    label: a.label,
    fullYear: a.fullYear,
    perPosition: a.positions ? Math.round(a.fullYear / a.positions) : null,
    versusDoingNothing: a.fullYear - doingNothing.fullYear,
  });
  return { doingNothing: row(doingNothing), alternatives: alternatives.map(row) };
}
