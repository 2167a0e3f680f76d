/**
 * Column generation and a price-and-dive heuristic, for problems whose hard rules are all per person (the benchmark).
 *
 * A roster is one row per person. The master program chooses, for every person, one row out of a pool of rows that
 * each keep every hard rule of that person (columns): minimise the rows' request costs plus the cover's under/over
 * penalties, subject to "one row per person" and "cover = what the chosen rows work + short − surplus". Its linear
 * relaxation gives, per (day, shift), a dual price of one more person on it; the best new row for a person is then
 * the cheapest row under "request cost − that price" (the pricing problem — exactly the dynamic programme of
 * rowdp.ts), added when its reduced cost is negative. When no person has such a row, the relaxation is solved over
 * all rows: its optimum is a lower bound on every roster (when the DP counts every binding per-type limit).
 *
 * Then the dive turns the relaxation into a roster: the people whose relaxation leans most on one of their rows
 * are fixed to it (a share of those still free per step), columns are generated again for the rest, and so on
 * until everybody has a row. Each step keeps the relaxation's guidance for the people not yet fixed, which is
 * what makes the dive land close to the bound; whoever the deadline leaves unfixed takes their most used row.
 * While time is left, more dives with other shares follow (the pool has grown, so each starts from a better
 * relaxation), and the best roster is returned. A dive is only started from a relaxation that converged.
 *
 * The linear programs are re-solved incrementally (IncrementalLp: the last basis is kept as columns are added and
 * bounds change). Duals are smoothed (Wentges): rows are priced at a point between the relaxation's duals and the
 * best dual point so far (highest Lagrangian bound), which damps their swings; when that point prices out
 * nothing, the relaxation's own duals decide whether generation has converged.
 */
import type { IncrementalLp, LpFactory } from './lns.ts';
import { OFF, type Problem } from './model.ts';
import type { RowOptimizer } from './rowdp.ts';

export interface ColumnGenerationOptions {
  lp: LpFactory;
  now: () => number;
  /** When generation at the root stops (in `now()` milliseconds), and when the dive must be done. */
  pricingDeadline: number;
  deadline: number;
  shouldStop?: () => boolean;
  /** Every penalty comes in whole units (the benchmark's weights): a roster can only beat another by at least 1. */
  wholeUnits?: boolean;
}

export interface ColumnGenerationResult {
  /** The best dive's roster (every row keeps its person's hard rules) when it beats the start, else null. */
  grid: Int8Array | null;
  /** The linear relaxation's optimum when generation converged at the root with exact pricing (a lower bound), else null. */
  bound: number | null;
  /** Linear programs solved and rows generated. */
  rounds: number;
  columns: number;
}

const EPS = 1e-6;
/** Weight of the best dual point so far in the smoothed prices. */
const SMOOTHING = 0.5;
/**
 * Share of the people still free that each dive step fixes, one per dive: the first dive fixes a quarter per step;
 * while time is left, further dives (from the relaxation over the larger pool) try other shares and the best roster wins.
 */
const DIVE_SHARES = [0.25, 0.1, 0.5, 0.05, 0.34, 0.15];

/** Runs column generation from a feasible roster (its rows start the pool), then dives to a roster. */
export function priceAndDive(p: Problem, start: Int8Array, opt: RowOptimizer, o: ColumnGenerationOptions): ColumnGenerationResult {
  const lp = o.lp();
  try {
    return new Master(p, start, opt, lp, o).run();
  } finally {
    lp.dispose();
  }
}

class Master {
  private readonly E: number;
  private readonly H: number;
  private readonly S: number;
  private readonly requests: Float64Array[];
  /** Each person's rows, their LP column numbers, and keys against duplicates. */
  private readonly pool: Int8Array[][];
  private readonly columnOf: number[][];
  private readonly seen: Set<string>[];
  private columns = 0;
  /** The row each person is fixed to by the dive (−1: free), and the columns the dive has forbidden. */
  private readonly fixed: Int32Array;
  private readonly banned = new Set<number>();
  rounds = 0;

  constructor(
    private readonly p: Problem,
    private readonly start: Int8Array,
    private readonly opt: RowOptimizer,
    private readonly lp: IncrementalLp,
    private readonly o: ColumnGenerationOptions,
  ) {
    const E = (this.E = p.employees.length);
    const H = (this.H = p.days);
    const S = (this.S = p.shiftTypes.length);
    this.requests = Array.from({ length: E }, (_, e) => opt.requestCosts(e, 0, H));
    this.pool = Array.from({ length: E }, () => []);
    this.columnOf = Array.from({ length: E }, () => []);
    this.seen = Array.from({ length: E }, () => new Set<string>());
    this.fixed = new Int32Array(E).fill(-1);
    // Rows 0 … E−1: one row per person; then one per (day, shift): the cover, with its short and surplus columns.
    for (let e = 0; e < E; e++) lp.addRow(1, 1);
    for (let k = 0; k < H * S; k++) lp.addRow(p.cover[k]!, p.cover[k]!);
    for (let k = 0; k < H * S; k++) {
      lp.addColumn(p.coverUnderWeight[k]!, Number.POSITIVE_INFINITY, [E + k], [1]);
      lp.addColumn(p.coverOverWeight[k]!, Number.POSITIVE_INFINITY, [E + k], [-1]);
      this.columns += 2;
    }
    for (let e = 0; e < E; e++) this.add(e, start.slice(e * H, (e + 1) * H));
  }

  run(): ColumnGenerationResult {
    const { o } = this;
    const root = this.generate(o.pricingDeadline);
    const bound = root?.converged && this.opt.exact.every(Boolean) ? root.objective : null;
    const result = (grid: Int8Array | null) => ({ grid, bound, rounds: this.rounds, columns: this.pool.flat().length });
    // A dive from a relaxation that has not converged lands far from the bound (measured): leave the time to the caller.
    if (!root?.converged) return result(null);
    let best = { grid: null as Int8Array | null, score: this.score(this.start) };
    let relaxation: { objective: number; primal: Float64Array } | undefined = root;
    for (const share of DIVE_SHARES) {
      const grid = this.dive(relaxation, share, best.score);
      if (!grid) break;
      const score = this.score(grid);
      if (score < best.score - 1e-9) best = { grid, score };
      // Another dive, with another share, from the relaxation over the larger pool — unless this one met it.
      if (this.stopped() || !this.canBeat(root.objective, best.score)) break;
      this.unfixAll();
      relaxation = this.generate(o.deadline) ?? undefined;
    }
    return result(best.grid);
  }

  /**
   * One dive from a relaxation: fixes a share of the free people to the rows they lean on most, generates again, and
   * so on; whoever the deadline leaves free takes their most used row. When a step lifts the relaxation to where the
   * dive can no longer beat `cutoff` (the best roster so far), it is taken back: a batch is retried as its first
   * fixing alone, and a single fixing that does so is forbidden instead (its row may not be chosen in this dive) —
   * at most as many times as there are people. Null when a linear program failed.
   */
  private dive(start: { objective: number; primal: Float64Array } | undefined, share: number, cutoff: number): Int8Array | null {
    const { E, H } = this;
    let last = start;
    let retreats = E;
    while (last && !this.stopped() && this.fixed.some((j) => j < 0)) {
      const leaning: { e: number; j: number; v: number }[] = [];
      for (let e = 0; e < E; e++) {
        if (this.fixed[e]! >= 0) continue;
        let top = { e, j: 0, v: -1 };
        this.columnOf[e]!.forEach((c, j) => {
          if (last!.primal[c]! > top.v && !this.banned.has(c)) top = { e, j, v: last!.primal[c]! };
        });
        leaning.push(top);
      }
      leaning.sort((a, b) => b.v - a.v);
      const batch = leaning.slice(0, Math.max(1, Math.floor(leaning.length * share)));
      for (const t of batch) this.fix(t.e, t.j);
      const next = this.generate(this.o.deadline) ?? undefined;
      if (next && !this.canBeat(next.objective, cutoff) && this.canBeat(last.objective, cutoff) && retreats > 0 && !this.stopped()) {
        retreats--;
        for (const t of batch) this.unfix(t.e);
        if (batch.length > 1) this.fix(batch[0]!.e, batch[0]!.j);
        else this.ban(this.columnOf[batch[0]!.e]![batch[0]!.j]!);
        last = this.generate(this.o.deadline) ?? undefined;
        continue;
      }
      last = next;
    }
    if (!last) return null;
    const value = last.primal;
    const grid = new Int8Array(E * H).fill(OFF);
    for (let e = 0; e < E; e++) {
      let j = this.fixed[e]!;
      if (j < 0) this.columnOf[e]!.forEach((c, k) => (j < 0 || value[c]! > value[this.columnOf[e]![j]!]! ? (j = k) : 0));
      grid.set(this.pool[e]![j]!, e * H);
    }
    return grid;
  }

  /** Can a roster whose relaxation has this objective be better than `cutoff`? (By a whole unit, when penalties are whole.) */
  private canBeat(objective: number, cutoff: number): boolean {
    return this.o.wholeUnits ? Math.ceil(objective - 1e-6) < cutoff - 1e-9 : objective < cutoff - 1e-6;
  }

  /** The objective of a roster made of pool rows: their request costs and the cover's penalties. */
  private score(grid: Int8Array): number {
    const { p, E, H, S } = this;
    let total = 0;
    const count = new Int32Array(H * S);
    for (let e = 0; e < E; e++) {
      const row = grid.subarray(e * H, (e + 1) * H);
      total += this.rowCost(e, row);
      for (let d = 0; d < H; d++) if (row[d]! >= 0) count[d * S + row[d]!]!++;
    }
    for (let k = 0; k < H * S; k++) {
      const diff = count[k]! - p.cover[k]!;
      total += diff < 0 ? -diff * p.coverUnderWeight[k]! : diff * p.coverOverWeight[k]!;
    }
    return total;
  }

  /** Frees everybody and lifts the bans, for the next dive. */
  private unfixAll(): void {
    for (const c of this.banned) this.lp.setUpper(c, 1);
    this.banned.clear();
    this.fixed.forEach((j, e) => j >= 0 && this.unfix(e));
  }

  private unfix(e: number): void {
    this.fixed[e] = -1;
    for (const c of this.columnOf[e]!) if (!this.banned.has(c)) this.lp.setUpper(c, 1);
  }

  /** Forbids one column for the rest of the dive. */
  private ban(c: number): void {
    this.banned.add(c);
    this.lp.setUpper(c, 0);
  }

  private stopped(): boolean {
    return this.o.shouldStop?.() === true || this.o.now() >= this.o.deadline;
  }

  /** Adds person e's row to the pool and the LP (unless it is there already); true when new. */
  private add(e: number, row: Int8Array): boolean {
    const key = row.join(',');
    if (this.seen[e]!.has(key)) return false;
    this.seen[e]!.add(key);
    const rows = [e];
    for (let d = 0; d < this.H; d++) if (row[d]! >= 0) rows.push(this.E + d * this.S + row[d]!);
    this.lp.addColumn(this.rowCost(e, row), this.fixed[e]! >= 0 ? 0 : 1, rows, rows.map(() => 1));
    this.pool[e]!.push(row);
    this.columnOf[e]!.push(this.columns++);
    return true;
  }

  /** Fixes person e to their j-th row: every other row of theirs gets upper bound 0. */
  private fix(e: number, j: number): void {
    this.fixed[e] = j;
    this.columnOf[e]!.forEach((c, k) => k !== j && this.lp.setUpper(c, 0));
  }

  private rowCost(e: number, row: ArrayLike<number>): number {
    let c = 0;
    for (let d = 0; d < this.H; d++) c += this.requests[e]![d * (this.S + 1) + row[d]! + 1]!;
    return c;
  }

  /** Column generation until no row prices out or the deadline: the last relaxation, or null when the LP failed. */
  private generate(deadline: number): { objective: number; primal: Float64Array; converged: boolean } | null {
    const { p, E, H, S } = this;
    let centre: Float64Array | null = null;
    let centreBound = Number.NEGATIVE_INFINITY;
    const sep = new Float64Array(H * S);
    for (;;) {
      const answer = this.lp.solve(Math.max(0.05, (this.o.deadline - this.o.now()) / 1000));
      this.rounds++;
      if (!answer) return null;
      if (this.o.now() >= deadline || this.stopped()) return { ...answer, converged: false };
      const mu = answer.dual.subarray(E, E + H * S);
      let added = 0;
      for (const alpha of centre ? [SMOOTHING, 0] : [0]) {
        for (let k = 0; k < H * S; k++) sep[k] = centre ? alpha * centre[k]! + (1 - alpha) * mu[k]! : mu[k]!;
        // The Lagrangian bound at `sep`: Σ cover × price + each person's cheapest row under the prices.
        let lagrangian = 0;
        for (let k = 0; k < H * S; k++) lagrangian += p.cover[k]! * sep[k]!;
        for (let e = 0; e < E; e++) {
          const cost = Float64Array.from(this.requests[e]!);
          for (let d = 0; d < H; d++) for (let s = 0; s < S; s++) cost[d * (S + 1) + s + 1]! -= sep[d * S + s]!;
          const row = this.fixed[e]! >= 0 ? this.pool[e]![this.fixed[e]!]! : this.opt.cheapest(this.start, e, 0, H, cost);
          if (!row) {
            lagrangian = Number.NEGATIVE_INFINITY;
            continue;
          }
          let reduced = this.rowCost(e, row) - answer.dual[e]!;
          for (let d = 0; d < H; d++) {
            lagrangian += cost[d * (S + 1) + row[d]! + 1]!;
            if (row[d]! >= 0) reduced -= mu[d * S + row[d]!]!;
          }
          if (this.fixed[e]! < 0 && reduced < -EPS && this.add(e, row)) added++;
        }
        if (lagrangian > centreBound) {
          centreBound = lagrangian;
          centre = Float64Array.from(sep);
        }
        if (added > 0) break;
      }
      if (added === 0) return { ...answer, converged: true };
    }
  }
}
