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
 * After the first dive, the master as an integer program over the rows generated so far (HiGHS's MIP, started from
 * the best roster, half the time left) — on Curtois instance 12 in 60 s this took the roster from 5 % above the
 * best known to 0,1 %, where the dives alone need hundreds of re-solves.
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
  /** Only the days [from, to) change (everything else stays as in the start); the whole horizon by default. */
  window?: { from: number; to: number };
}

export interface ColumnGenerationResult {
  /** The best dive's roster (every row keeps its person's hard rules) when it beats the start, else null. */
  grid: Int8Array | null;
  /**
   * The linear relaxation's optimum when generation converged at the root with exact pricing over the whole horizon
   * (a lower bound on every roster), else null.
   */
  bound: number | null;
  /** The window's linear relaxation's optimum when generation converged (a lower bound on the window's part), else null. */
  relaxation: number | null;
  /** The start's part of the objective that the window can change (its requests and cover), to compare with `relaxation`. */
  startScore: number;
  /** Generation at the root converged before its deadline (no row prices out). */
  converged: boolean;
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
  /** The window's first day and length (its rows are the pool's rows; the cover rows are the window's). */
  private readonly from: number;
  private readonly H: number;
  private readonly S: number;
  /** The start's values in the window, one row per person. */
  private readonly startRows: Int8Array;
  /** The window's cover: requirement and weights per (day − from, shift). */
  private readonly cover: { need: ArrayLike<number>; under: ArrayLike<number>; over: ArrayLike<number> };
  private readonly requests: Float64Array[];
  /** Each person's rows, their LP column numbers, and keys against duplicates. */
  private readonly pool: Int8Array[][];
  private readonly columnOf: number[][];
  private readonly seen: Map<string, number>[];
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
    const { from, to } = o.window ?? { from: 0, to: p.days };
    this.from = from;
    const H = (this.H = to - from);
    const S = (this.S = p.shiftTypes.length);
    this.startRows = new Int8Array(E * H);
    for (let e = 0; e < E; e++) this.startRows.set(start.subarray(e * p.days + from, e * p.days + to), e * H);
    this.requests = Array.from({ length: E }, (_, e) => opt.requestCosts(e, from, to));
    this.pool = Array.from({ length: E }, () => []);
    this.columnOf = Array.from({ length: E }, () => []);
    this.seen = Array.from({ length: E }, () => new Map<string, number>());
    this.fixed = new Int32Array(E).fill(-1);
    // Rows 0 … E−1: one row per person; then one per (day, shift): the cover, with its short and surplus columns.
    for (let e = 0; e < E; e++) lp.addRow(1, 1);
    const [k0, k1] = [from * S, to * S];
    const cover = (this.cover = { need: p.cover.subarray(k0, k1), under: p.coverUnderWeight.subarray(k0, k1), over: p.coverOverWeight.subarray(k0, k1) });
    for (let k = 0; k < H * S; k++) lp.addRow(cover.need[k]!, cover.need[k]!);
    for (let k = 0; k < H * S; k++) {
      lp.addColumn(cover.under[k]!, Number.POSITIVE_INFINITY, [E + k], [1]);
      lp.addColumn(cover.over[k]!, Number.POSITIVE_INFINITY, [E + k], [-1]);
      this.columns += 2;
    }
    for (let e = 0; e < E; e++) this.add(e, this.startRows.slice(e * H, (e + 1) * H));
  }

  run(): ColumnGenerationResult {
    const { o } = this;
    const root = this.generate(o.pricingDeadline);
    const whole = this.H === this.p.days;
    const lower = root?.converged && this.opt.exact.every(Boolean) ? root.objective : null;
    const bound = whole ? lower : null;
    const startScore = this.score(this.startRows);
    const result = (rows: Int8Array | null) => ({ grid: rows && this.roster(rows), bound, relaxation: lower, startScore, converged: root?.converged === true, rounds: this.rounds, columns: this.pool.flat().length });
    // A dive from a relaxation that has not converged lands far from the bound (measured): leave the time to the caller.
    if (!root?.converged) return result(null);
    let best = { grid: null as Int8Array | null, score: startScore };
    let relaxation: { objective: number; primal: Float64Array } | undefined = root;
    for (const [n, share] of DIVE_SHARES.entries()) {
      const grid = this.dive(relaxation, share, best.score);
      if (!grid) break;
      const score = this.score(grid);
      if (score < best.score - 1e-9) best = { grid, score };
      // Another dive, with another share, from the relaxation over the larger pool — unless this one met it.
      if (this.stopped() || !this.canBeat(root.objective, best.score)) break;
      this.unfixAll();
      if (n === 0) {
        // After the first dive: the integer program over the pool so far, from the best roster, for half the time left.
        const rows = this.integerMaster(best.grid ?? this.startRows, (o.deadline - o.now()) / 2000);
        const integral = rows ? this.score(rows) : Number.POSITIVE_INFINITY;
        if (integral < best.score - 1e-9) best = { grid: rows, score: integral };
        if (this.stopped() || !this.canBeat(root.objective, best.score)) break;
      }
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

  /**
   * The master as an integer program over the rows generated so far (every person one of their rows), solved by
   * the LP's MIP solver from `rows` (a roster of pool rows) within `seconds`: its best roster, or null.
   */
  private integerMaster(rows: Int8Array, seconds: number): Int8Array | null {
    const { E, H, S } = this;
    const start = new Float64Array(this.columns);
    for (let e = 0; e < E; e++) {
      const j = this.seen[e]!.get(rows.subarray(e * H, (e + 1) * H).join(','));
      if (j === undefined) return null;
      start[this.columnOf[e]![j]!] = 1;
    }
    // The short and surplus columns (2k and 2k + 1, the first ones) at what the roster leaves.
    const count = this.counts(rows);
    for (let k = 0; k < H * S; k++) {
      const diff = count[k]! - this.cover.need[k]!;
      start[2 * k] = Math.max(0, -diff);
      start[2 * k + 1] = Math.max(0, diff);
    }
    const answer = this.lp.solveInteger(seconds, start);
    if (!answer) return null;
    const grid = new Int8Array(E * H);
    for (let e = 0; e < E; e++) {
      const j = this.columnOf[e]!.findIndex((c) => answer.primal[c]! > 0.5);
      if (j < 0) return null;
      grid.set(this.pool[e]![j]!, e * H);
    }
    return grid;
  }

  /** The start with the window's rows replaced by these (one row of the window per person). */
  private roster(rows: Int8Array): Int8Array {
    const { E, H } = this;
    const D = this.p.days;
    const grid = Int8Array.from(this.start);
    for (let e = 0; e < E; e++) grid.set(rows.subarray(e * H, (e + 1) * H), e * D + this.from);
    return grid;
  }

  /** Can a roster whose relaxation has this objective be better than `cutoff`? (By a whole unit, when penalties are whole.) */
  private canBeat(objective: number, cutoff: number): boolean {
    return this.o.wholeUnits ? Math.ceil(objective - 1e-6) < cutoff - 1e-9 : objective < cutoff - 1e-6;
  }

  /** How many of the window's rows (one per person) work each (day, shift). */
  private counts(grid: Int8Array): Int32Array {
    const { E, H, S } = this;
    const count = new Int32Array(H * S);
    for (let i = 0; i < E * H; i++) if (grid[i]! >= 0) count[(i % H) * S + grid[i]!]!++;
    return count;
  }

  /** The objective of the window's rows (one per person): their request costs and the window's cover penalties. */
  private score(grid: Int8Array): number {
    const { E, H, S, cover } = this;
    let total = 0;
    for (let e = 0; e < E; e++) total += this.rowCost(e, grid.subarray(e * H, (e + 1) * H));
    const count = this.counts(grid);
    for (let k = 0; k < H * S; k++) {
      const diff = count[k]! - cover.need[k]!;
      total += diff < 0 ? -diff * cover.under[k]! : diff * cover.over[k]!;
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
    this.seen[e]!.set(key, this.pool[e]!.length);
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
    const { E, H, S } = this;
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
        for (let k = 0; k < H * S; k++) lagrangian += this.cover.need[k]! * sep[k]!;
        for (let e = 0; e < E; e++) {
          const cost = Float64Array.from(this.requests[e]!);
          for (let d = 0; d < H; d++) for (let s = 0; s < S; s++) cost[d * (S + 1) + s + 1]! -= sep[d * S + s]!;
          const row = this.fixed[e]! >= 0 ? this.pool[e]![this.fixed[e]!]! : this.opt.cheapest(this.start, e, this.from, this.from + H, cost);
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

export interface WindowSweepOptions {
  lp: LpFactory;
  now: () => number;
  deadline: number;
  shouldStop?: () => boolean;
  wholeUnits?: boolean;
  /** The windows' length in days (even; sweepWindowDays by default). */
  days?: number;
  /** Called with each better roster (the windows' dives keep every hard rule); false when the caller refuses it, else the sweep goes on from it. */
  onImprove: (grid: Int8Array) => boolean;
}

/**
 * People × days per window: on Curtois instance 20 (50 people) 8-week windows (2 800 cells) bring the roster from
 * annealing's ≈ 15 000 to ≈ 5 000 in four minutes, where 4-week windows stall at ≈ 7 100 (each window's dive then
 * meets its relaxation: within four weeks nobody can move work from one month to another, as their total minutes
 * and weekends bind over the horizon) and 13-week windows do not converge in 10 s. The window is 4 to 8 weeks long.
 */
const WINDOW_CELLS = 2800;
const MIN_WINDOW_DAYS = 28;
const MAX_WINDOW_DAYS = 56;
/** At most this long per window (its root generation 2/3 of it), and at least MIN_WINDOW_MS. */
const MAX_WINDOW_MS = 15_000;
const MIN_WINDOW_MS = 2_000;

/** The window length for a roster too large for column generation over the whole horizon (null: none fits). */
export function sweepWindowDays(p: Problem): number | null {
  const days = Math.min(MAX_WINDOW_DAYS, Math.floor(WINDOW_CELLS / p.employees.length / 7) * 7);
  return days >= MIN_WINDOW_DAYS && p.days >= 2 * days ? days : null;
}

/**
 * Column generation and dives over windows of the horizon, everybody's rows in the window free and everything else
 * fixed: windows of sweepWindowDays overlapping by half, swept from the start to the end, each sweep shifted by a
 * week, until the deadline or a whole sweep without a better roster. A window whose relaxation does not converge
 * in its share of the time ends the sweeps too: the time left is better spent elsewhere (on Curtois instance 20 in
 * 60 s, where the windows get ≈ 5 s each, the row search alone does better). Returns the linear programs solved and
 * whether the sweeps ended early (stalled or not converging) rather than at the deadline.
 */
export function sweepWindows(p: Problem, grid: Int8Array, opt: RowOptimizer, o: WindowSweepOptions): { rounds: number; stalled: boolean } {
  const days = o.days ?? sweepWindowDays(p);
  if (days === null) return { rounds: 0, stalled: true };
  const stride = days / 2;
  let rounds = 0;
  for (let sweep = 0; ; sweep++) {
    const offset = (sweep * 7) % stride;
    const starts = new Set<number>();
    for (let from = offset - stride; from < p.days - stride; from += stride) starts.add(Math.max(0, Math.min(from, p.days - days)));
    let improved = false;
    let left = starts.size;
    for (const from of starts) {
      const t = o.now();
      if (o.shouldStop?.() || t >= o.deadline) return { rounds, stalled: false };
      const budget = Math.min(o.deadline - t, Math.max(MIN_WINDOW_MS, Math.min(MAX_WINDOW_MS, (o.deadline - t) / left--)));
      const r = priceAndDive(p, grid, opt, {
        lp: o.lp,
        now: o.now,
        pricingDeadline: t + (budget * 2) / 3,
        deadline: t + budget,
        shouldStop: o.shouldStop,
        wholeUnits: o.wholeUnits,
        window: { from, to: from + days },
      });
      rounds += r.rounds;
      if (r.grid && o.onImprove(r.grid)) {
        grid.set(r.grid);
        improved = true;
      }
      if (!r.converged && !o.shouldStop?.() && o.now() < o.deadline) return { rounds, stalled: true };
    }
    if (!improved) return { rounds, stalled: true };
  }
}
