/**
 * The solver: construction, row repair, simulated annealing, and (for the legevakt) a fairness phase.
 *
 * Design (issue 5): the grid decides only who works which shift type on which day. Moves never create a cell
 * that can never be right (allowedCells).
 *
 * 1. Construction. When every hard rule of the problem concerns one person's row (the Curtois & Qu benchmark:
 *    cover and requests are soft there), rows are built one by one (constructRows), each respecting its limits by
 *    construction — chosen weekends, run lengths, rests, successions, counts, minutes — and filling the cover that
 *    is still short. Otherwise (the legevakt, whose cover is a hard day rule) a greedy fills each (day, shift) with
 *    the best of a few sampled candidates, scored incrementally (construct).
 * 2. Row repair (repairRows): a row that still breaks a hard rule gets a short annealing run of moves on that row
 *    alone, started near the days where it is broken; for the benchmark a broken row is mended on its own, so every
 *    instance has a feasible roster within about a second.
 * 3. Annealing over these neighbourhoods:
 *  - cover change: a (day, shift) short of people gains one, or one with too many loses one;
 *  - cover transfer (benchmark-like problems): a short (day, shift) gains someone who gives up a shift of the same
 *    length on another day, so their total time stays (an ejection chain of length two); and row swaps, two days of
 *    one person's row exchanged;
 *  - request move: a wish the roster does not grant is granted by a same-day swap with someone else (half the time
 *    the two trade back on another day, so both keep their counts per shift type);
 *  - change: one person's shift on one day becomes another usable shift type or off (fixes cover and totals);
 *  - block change: 2–5 consecutive days (or a weekend) of one person become one shift type or off;
 *  - swap: two people exchange their shifts of one day (keeps cover, moves load between people);
 *  - block swap: two people exchange 2–7 consecutive days or a weekend (repairs runs and weekends,
 *    which single-day moves cannot do without passing through worse rosters);
 *  - block shift: one person's work on a block (often a weekend) trades places with another block of their own
 *    row, so their total time stays while the days and weekends they work change.
 *    Each move is scored incrementally (state.ts); hard penalties weigh `hardWeight` times more than soft ones, a
 *    weight that oscillates (up while the current roster breaks hard rules, back down to 300 while it does not) so the
 *    search may cross infeasible ground; the best roster is kept lexicographically (hard first, then soft).
 *    The temperature follows geometric cooling cycles over a fixed number of iterations, each cycle restarting
 *    from the best roster so far. The benchmark keeps constants tuned on it (40 → 0.2); other problems take their
 *    start temperature from a sample of moves (sampleTemperature) and cycles of at least 10^6 moves — except when
 *    time-limited without an iteration budget (the app's jobs): then, once a roster keeps every hard rule (the
 *    short cycles find one sooner), they cool once over the rest of the annealing's time (from TIMED_START of the
 *    start temperature), which came closer to HiGHS's optimum on 4-week legevakt slices in 10 s (seeds 1–3: gaps
 *    1,4–3,7 % with cycles of 10^6 moves, 0–0,7 % with one cooling and the request move's trade-back).
 * 4. After the annealing (time-limited runs without an iteration budget), where every hard rule concerns one
 *    person's row and the rules are the benchmark's (rowdp.ts can then compute a person's exact best row):
 *    - with incremental linear programs (HiGHS), column generation (colgen.ts) from COLUMNS_AFTER of the time: the
 *      relaxation of "one row per person", priced by the row DP, gives a lower bound, and dives from it (and the
 *      integer program over the generated rows) give rosters; a roster that meets the bound ends the run as proven
 *      optimal. Rosters too large for that (more than COLUMNS_MAX_CELLS people × days) but long enough get the
 *      same over windows of 4–8 weeks swept across the horizon (sweepWindows), the rest of the roster fixed;
 *    - the row search (rowsearch.ts) for the rest of the time: best responses and ruin-and-recreate of a few rows.
 *    Elsewhere, with a MIP solver, exact neighbourhoods (lns.ts, rosters of at most MIP_MAX_CELLS people × days):
 *    after MIP_AFTER of the time, HiGHS re-solves neighbourhoods of the best roster exactly — a window of days, a
 *    few people's whole rows, a block of both — the rest fixed; a proven optimum of the whole roster ends the run.
 * 5. Fairness phase (evenOut, problems with fairness rules): within each group of doctors of equal share, shifts,
 *    nights, holiday and weekend shifts move from the doctor with the most to the one with the fewest by same-day
 *    swaps (cover unchanged), kept when no hard rule breaks and the soft total falls — then, for doctors still two
 *    or more apart, also when it rises by at most 4 per swap and 5 % in all (the fairness rules' targets weigh each
 *    doctor's availability too, so their optimum may leave two doctors of a share two shifts apart).
 * With an iteration budget the annealing and the fairness phase depend only on the seed and the iteration count,
 * never on time: the same seed and iteration budget give the same roster. A time-limited run depends on the
 * machine's speed: its cooling (other than the benchmark's) follows the clock, and so do the phases of step 4
 * (HiGHS's and their own time limits).
 */
import { createRng, shuffle, type Rng } from '../projection/index.ts';
import { OFF, usableShifts, type Problem } from './model.ts';
import { CATALOGUE } from './rules/index.ts';
import { requestsOf } from './rules/helpers.ts';
import { ScoreState } from './state.ts';
import { priceAndDive, sweepWindowDays, sweepWindows } from './colgen.ts';
import { exactModelOf, improveWithMip, type LpFactory, type MipSolver } from './lns.ts';
import { rowOptimizerOf } from './rowdp.ts';
import { improveRows } from './rowsearch.ts';

export interface SolveOptions {
  seed: number;
  /** Stop after this many iterations (the deterministic budget). */
  maxIterations?: number;
  /** Stop after this many milliseconds of `now()` (cuts the deterministic trajectory short). */
  timeLimitMs?: number;
  /** A clock in milliseconds, passed in (the domain never reads time itself). */
  now?: () => number;
  /** Called about every 20 000 iterations and on every new best. */
  onProgress?: (p: SolveProgress) => void;
  /** Checked about every 20 000 iterations: true cancels the run (the best roster so far is returned). */
  shouldStop?: () => boolean;
  /** A roster to start from instead of the greedy construction (e.g. a published one to repair). */
  start?: Int8Array;
  hardWeight?: number;
  /** Annealing temperature at the start and end of each cycle (in soft-penalty units). */
  temperature?: { start: number; end: number };
  /** Iterations per annealing cycle (default scales with the problem size). */
  cycleIterations?: number;
  /**
   * An exact MIP solver (HiGHS) for large neighbourhood search: with it and a time limit, the annealing gives way to
   * exact sub-problems after MIP_AFTER of the time (lns.ts).
   */
  mip?: MipSolver;
  /**
   * Incremental linear programs (HiGHS): with them and a time limit, a problem whose hard rules are all per person
   * is solved by column generation and a dive (colgen.ts) after a short annealing, instead of exact neighbourhoods.
   */
  lp?: LpFactory;
}

export interface SolveProgress {
  iteration: number;
  elapsedMs: number;
  bestHard: number;
  bestSoft: number;
  feasible: boolean;
}

export interface TracePoint {
  ms: number;
  iteration: number;
  hard: number;
  soft: number;
}

export interface SolveResult {
  grid: Int8Array;
  iterations: number;
  elapsedMs: number;
  /** Every new best roster found (for time-to-feasible and time-to-within-x% figures). */
  trace: TracePoint[];
  cancelled: boolean;
  /** Milliseconds the annealing ran (its moves per second: iterations / annealMs). */
  annealMs: number;
  /** Best responses and ruins of the row search (rowsearch.ts). */
  rowSteps: number;
  /**
   * Sub-problems the MIP solver answered (large neighbourhood search) or linear programs solved (column generation),
   * and whether the roster is proven optimal (the whole roster's MIP, or the column generation's bound reached).
   */
  mipSteps: number;
  proven: boolean;
  /** The column generation's lower bound (its linear relaxation's optimum), when it converged. */
  bound: number | null;
}

const DEFAULT_HARD_WEIGHT = 1000;
/**
 * Shares of the time limit, for a problem with a later phase: the annealing's with exact neighbourhoods or row
 * search alone (MIP_AFTER), and with column generation (COLUMNS_AFTER; its start need only be feasible), whose
 * root generation may run until COLUMNS_ROOT and its dive until COLUMNS_END; the row search has the rest.
 */
const MIP_AFTER = 0.5;
const COLUMNS_AFTER = 0.1;
const COLUMNS_ROOT = 0.6;
const COLUMNS_END = 0.85;
/**
 * Column generation over the whole horizon only on rosters of at most this many people × days: on larger ones its
 * relaxation does not converge in minutes (Curtois instance 20, 50 × 182: not in 6 of 10 minutes); long ones get it
 * over windows (sweepWindows), the others the row search alone after the annealing.
 */
const COLUMNS_MAX_CELLS = 2000;
/**
 * The one cooling over the time (see the header) starts at this share of the sampled start temperature: it starts
 * from a feasible roster the short cycles have already improved. On 4-week legevakt slices, 10 s, seeds 1–3: gaps to
 * HiGHS's optimum of 0,2–4,1 % at 0,3 against 0,5–4,6 % at 1 and up to 15 % at 0,1 (before the request move's
 * trade-back, which brought them to 0–0,7 %).
 */
const TIMED_START = 0.3;
const MIN_HARD_WEIGHT = 300;
const MAX_HARD_WEIGHT = 100_000;

/** Solves a roster problem; the returned grid is the best found (fewest hard, then least soft penalty). */
export function solve(p: Problem, options: SolveOptions): SolveResult {
  const now = options.now ?? (() => 0);
  const t0 = now();
  const rng = createRng(options.seed);
  const adaptive = options.hardWeight === undefined;
  let hw = options.hardWeight ?? DEFAULT_HARD_WEIGHT;
  const grid = options.start ? Int8Array.from(options.start) : rowwiseHard(p) ? constructRows(p, rng) : construct(p, hw, rng);
  const state = new ScoreState(p, grid);
  const best = Int8Array.from(grid);
  let bestHard = state.hard;
  let bestSoft = state.soft;
  const trace: TracePoint[] = [{ ms: now() - t0, iteration: 0, hard: bestHard, soft: bestSoft }];
  const maxIt = options.maxIterations ?? Number.POSITIVE_INFINITY;
  const limit = options.timeLimitMs ?? Number.POSITIVE_INFINITY;
  // The benchmark's (row-wise) problems keep the constants tuned on it; other problems (the legevakt, whose soft
  // penalties are fairness deviations of a few units) take their temperature from a sample of moves and anneal in
  // cycles of at least 10^6 moves — or, time-limited, in one cycle over the time (`timed`).
  const benchmarkLike = rowwiseHard(p);
  const cycle = options.cycleIterations ?? (benchmarkLike ? Math.max(200_000, p.employees.length * p.days * 200) : Math.max(1_000_000, p.employees.length * p.days * 30));
  const moves = new MoveMaker(p, state, rng);
  const limit0 = options.timeLimitMs ?? Number.POSITIVE_INFINITY;
  let it = repairRows(p, state, moves, rng, options.maxIterations ?? Number.POSITIVE_INFINITY, () => now() - t0 >= limit0 || options.shouldStop?.() === true);
  if (state.hard < bestHard - 1e-9 || (Math.abs(state.hard - bestHard) <= 1e-9 && state.soft < bestSoft)) {
    bestHard = state.hard;
    bestSoft = state.soft;
    best.set(grid);
    trace.push({ ms: now() - t0, iteration: it, hard: bestHard, soft: bestSoft });
  }
  moves.transfer = benchmarkLike;
  const auto = options.temperature ?? (benchmarkLike ? undefined : sampleTemperature(moves, state, hw));
  const T0 = auto?.start ?? 40;
  const T1 = auto?.end ?? 0.2;
  const cool = Math.log(T1 / T0);
  let cancelled = false;
  let current = state.objective(hw);
  const isBetter = (h: number, s: number) => h < bestHard - 1e-9 || (Math.abs(h - bestHard) <= 1e-9 && s < bestSoft - 1e-9);
  // The phases after the annealing (time-limited runs without an iteration budget, which asks for the deterministic
  // annealing): column generation and row search where every hard rule is per person and the DP models the rules,
  // else exact neighbourhoods with a MIP solver.
  const rows = Number.isFinite(limit) && options.maxIterations === undefined ? rowOptimizerOf(p, allowedCells(p)) : null;
  const columns = rows && options.lp && p.employees.length * p.days <= COLUMNS_MAX_CELLS ? options.lp : undefined;
  const windows = rows && options.lp && !columns && sweepWindowDays(p) !== null ? options.lp : undefined;
  const exact = !rows && options.mip && Number.isFinite(limit) && exactModelOf(p) ? options.mip : undefined;
  const annealShare = columns || windows ? COLUMNS_AFTER : rows || exact ? MIP_AFTER : 1;
  // Other problems, time-limited without an iteration budget, cool once over the annealing's time from their first
  // feasible roster (see the header); `coolFrom` is when that cooling began.
  const timed = !benchmarkLike && Number.isFinite(limit) && options.maxIterations === undefined && options.cycleIterations === undefined;
  let coolFrom: number | undefined;
  let timePhase = 0;
  while (it < maxIt) {
    if ((it & 0x3fff) === 0 && it > 0) {
      const elapsed = now() - t0;
      if (elapsed >= limit || (bestHard < 1e-9 && elapsed >= limit * annealShare)) break;
      if (options.shouldStop?.()) {
        cancelled = true;
        break;
      }
      options.onProgress?.({ iteration: it, elapsedMs: elapsed, bestHard, bestSoft, feasible: bestHard < 1e-9 });
      if (timed && bestHard < 1e-9) {
        coolFrom ??= elapsed;
        timePhase = Math.min(1, (elapsed - coolFrom) / Math.max(1, limit * annealShare - coolFrom));
      }
    }
    if (adaptive && (it & 0x1fff) === 0 && it > 0) {
      // Strategic oscillation: hard rules weigh more while the current roster breaks them, less while it does not,
      // so the search may cross infeasible ground between feasible rosters.
      // Until a feasible roster is found, the weight never drops below its start: feasibility first.
      const floor = bestHard < 1e-9 ? MIN_HARD_WEIGHT : (options.hardWeight ?? DEFAULT_HARD_WEIGHT);
      hw = state.hard > 1e-9 ? Math.min(hw * 1.2, MAX_HARD_WEIGHT) : Math.max(hw / 1.2, floor);
      current = state.objective(hw);
    }
    const cooling = coolFrom !== undefined;
    const phase = cooling ? timePhase : (it % cycle) / cycle;
    if (!cooling && it > 0 && it % cycle === 0) {
      grid.set(best);
      state.recomputeAll();
      current = state.objective(hw);
    }
    const T = (cooling ? TIMED_START : 1) * T0 * Math.exp(cool * phase);
    it++;
    if (!moves.random()) continue;
    state.update();
    const next = state.objective(hw);
    const delta = next - current;
    if (delta <= 0 || rng.next() < Math.exp(-delta / T)) {
      state.commit();
      moves.forget();
      current = next;
      if (isBetter(state.hard, state.soft)) {
        bestHard = state.hard;
        bestSoft = state.soft;
        best.set(grid);
        trace.push({ ms: now() - t0, iteration: it, hard: bestHard, soft: bestSoft });
      }
    } else {
      moves.revert();
      state.rollback();
    }
  }
  const annealMs = now() - t0;
  let mipSteps = 0;
  let proven = false;
  let bound: number | null = null;
  let rowSteps = 0;
  // Integral penalties: a roster within 1 of the bound is optimal.
  const meetsBound = () => bound !== null && bestSoft < bound + 1 - 1e-6 && integralPenalties(p);
  const improved = (hard: number, soft: number) => {
    bestHard = hard;
    bestSoft = soft;
    trace.push({ ms: now() - t0, iteration: it, hard, soft });
  };
  // A roster from the linear programs becomes the best when the rules (not the programs' model) say it is better.
  const offer = (candidate: Int8Array): boolean => {
    const scored = new ScoreState(p, candidate);
    if (scored.hard > 1e-9 || scored.soft >= bestSoft - 1e-9) return false;
    best.set(candidate);
    improved(scored.hard, scored.soft);
    return true;
  };
  if (columns && rows && !cancelled && bestHard < 1e-9) {
    const cg = priceAndDive(p, best, rows, {
      lp: columns,
      now,
      pricingDeadline: t0 + limit * COLUMNS_ROOT,
      deadline: t0 + limit * COLUMNS_END,
      shouldStop: options.shouldStop,
      wholeUnits: integralPenalties(p),
    });
    mipSteps = cg.rounds;
    bound = cg.bound;
    if (cg.grid) offer(cg.grid);
    proven = meetsBound();
    cancelled = options.shouldStop?.() ?? false;
  }
  if (windows && rows && !cancelled && bestHard < 1e-9) {
    mipSteps = sweepWindows(p, best, rows, {
      lp: windows,
      now,
      deadline: t0 + limit * COLUMNS_END,
      shouldStop: options.shouldStop,
      wholeUnits: integralPenalties(p),
      onImprove: offer,
    }).rounds;
    cancelled = options.shouldStop?.() ?? false;
  }
  if (rows && !cancelled && !proven && bestHard < 1e-9) {
    rowSteps = improveRows(p, best, rows, { rng, now, deadline: t0 + limit, shouldStop: () => options.shouldStop?.() ?? false, onImprove: improved });
    proven = meetsBound();
    cancelled = options.shouldStop?.() ?? false;
  }
  if (exact && !cancelled && bestHard < 1e-9) {
    const lns = improveWithMip(p, best, { hard: bestHard, soft: bestSoft }, {
      solver: exact,
      rng,
      now,
      deadline: t0 + limit,
      shouldStop: () => (options.shouldStop?.() ?? false) || it >= maxIt,
      onImprove: improved,
    });
    cancelled = options.shouldStop?.() ?? false;
    mipSteps = lns.steps;
    proven = lns.proven;
  }
  if (!cancelled && hasFairness(p)) {
    // The fairness phase works on the best roster (a bounded, deterministic pass; it runs even after a time cut).
    grid.set(best);
    state.recomputeAll();
    it += evenOut(p, state);
    // The phase may trade a little soft penalty for the spread (see evenOut): its roster is kept unless it is less feasible.
    if (state.hard <= bestHard + 1e-9 && (state.hard < bestHard - 1e-9 || Math.abs(state.soft - bestSoft) > 1e-9)) {
      bestHard = state.hard;
      bestSoft = state.soft;
      best.set(grid);
      trace.push({ ms: now() - t0, iteration: it, hard: bestHard, soft: bestSoft });
    }
  }
  return { grid: best, iterations: it, elapsedMs: now() - t0, trace, cancelled, annealMs, mipSteps, rowSteps, proven, bound };
}

/** True when every soft penalty comes in whole units (the benchmark's weights): then the optimum is a whole number. */
function integralPenalties(p: Problem): boolean {
  const whole = (xs: ArrayLike<number>) => Array.prototype.every.call(xs, (x: number) => Number.isInteger(x));
  return whole(p.coverUnderWeight) && whole(p.coverOverWeight) && [...p.onRequests, ...p.offRequests].every((r) => Number.isInteger(r.weight));
}

/**
 * The annealing temperatures of a problem, from the problem itself: the median soft worsening of a sample of random
 * moves that keep the hard total, times 1.5 (a move of typical size is accepted about half the time at the start; on
 * 4-week legevakt slices 1.5 came closer to HiGHS's optimum in 10 s than 0.5 or 3), down to 1/200 of it. The cover weights of a benchmark instance are in the hundreds; a legevakt's fairness deviations in units.
 */
function sampleTemperature(moves: MoveMaker, state: ScoreState, hw: number): { start: number; end: number } {
  const ups: number[] = [];
  const before = state.objective(hw);
  for (let k = 0; k < 4000 && ups.length < 300; k++) {
    if (!moves.random()) continue;
    const h = state.hard;
    state.update();
    const delta = state.objective(hw) - before;
    if (Math.abs(state.hard - h) < 1e-9 && delta > 1e-9) ups.push(delta);
    moves.revert();
    state.rollback();
  }
  ups.sort((a, b) => a - b);
  const start = ups.length > 0 ? ups[Math.floor(ups.length / 2)]! * 1.5 : 40;
  return { start, end: start / 200 };
}

const REPAIR_WEIGHT = 1000;

/**
 * Row repair. Every hard rule of the benchmark concerns one person's row (cover is soft), so a roster is feasible as
 * soon as every row is, and a broken row can be mended on its own: each person whose row breaks a hard rule gets a
 * short annealing run of moves on their row alone (one day, a block of days, two blocks or two days of their row
 * exchanged), scored as hard × 1000 + soft so that it keeps to the cover while it mends the row. Rows are visited in
 * order, in up to three passes (each with a larger budget for the rows still broken); returns the iterations used (a fixed budget per row: deterministic).
 */
function repairRows(p: Problem, state: ScoreState, moves: MoveMaker, rng: Rng, maxIt: number, stop: () => boolean): number {
  const E = p.employees.length;
  const rowBudget = Math.max(4000, p.days * 150);
  let it = 0;
  for (let pass = 0; pass < 3; pass++) {
    let broken = 0;
    for (let e = 0; e < E; e++) {
      if (state.employeeHard(e) < 1e-9) continue;
      broken++;
      moves.focus = e;
      moves.findAnchors();
      let current = state.objective(REPAIR_WEIGHT);
      const T0 = 600;
      const cool = Math.log(5 / T0);
      const budget = rowBudget * (pass === 0 ? 1 : pass === 1 ? 4 : 12);
      for (let k = 0; k < budget && it < maxIt; k++) {
        if ((++it & 0x3ff) === 0 && stop()) {
          moves.focus = -1;
          return it;
        }
        if (!moves.rowMove()) continue;
        state.update();
        const next = state.objective(REPAIR_WEIGHT);
        const delta = next - current;
        if (delta <= 0 || rng.next() < Math.exp(-delta / (T0 * Math.exp((cool * k) / budget)))) {
          state.commit();
          moves.forget();
          current = next;
          if (state.employeeHard(e) < 1e-9) break;
          moves.findAnchors();
        } else {
          moves.revert();
          state.rollback();
        }
      }
    }
    moves.focus = -1;
    if (broken === 0) break;
  }
  return it;
}

/** True when every hard rule of the problem concerns one person's row (the benchmark; not the legevakt's cover). */
function rowwiseHard(p: Problem): boolean {
  return p.rules.every((id) => CATALOGUE[id].level === 'soft' || CATALOGUE[id].scope === 'employee');
}

/**
 * The days where person e's row breaks a local benchmark limit — a run of work or rest too short or too long, a
 * forbidden succession — pushed to `out` (the repair's moves start near them; the rules themselves score them).
 */
function localConflicts(p: Problem, grid: Int8Array, e: number, out: number[]): void {
  const H = p.days;
  const base = e * H;
  const emp = p.employees[e]!;
  let d = 0;
  while (d < H) {
    const working = grid[base + d] !== OFF;
    const start = d;
    while (d < H && (grid[base + d] !== OFF) === working) {
      if (working && d + 1 < H && grid[base + d + 1] !== OFF && p.shiftTypes[grid[base + d]!]!.forbiddenNext.includes(grid[base + d + 1]!)) out.push(d);
      d++;
    }
    const len = d - start;
    const inner = start > 0 && d < H;
    if (working ? len > emp.maxConsecutive || (inner && len < emp.minConsecutive) : inner && len < emp.minDaysOff) {
      out.push(start, d - 1);
    }
  }
}

/**
 * Row-by-row construction for problems whose hard rules all concern one row: each person's row is built in one
 * walk over the days, respecting their limits by construction — days off, a chosen set of at most MaxWeekends
 * weekends, runs between the minimum and maximum length, rests of at least the minimum days off, forbidden
 * successions, max shifts per type and total minutes — and choosing on each working day the shift type whose cover
 * is most short (by its weight) so far. Whether to work a free day follows the cover still missing and the pace
 * the person's minimum total time requires. Linear in the roster's size; what it leaves broken, the row repair mends.
 */
export function constructRows(p: Problem, rng: Rng = createRng(0)): Int8Array {
  const S = p.shiftTypes.length;
  const E = p.employees.length;
  const H = p.days;
  const grid = new Int8Array(E * H).fill(OFF);
  const allowed = allowedCells(p);
  const assigned = new Int32Array(H * S);
  const order = shuffle(Array.from({ length: E }, (_, e) => e), rng);
  const onWeight = new Float64Array(H * S);
  const offWeight = new Float64Array(H * (S + 1));
  const blocked = new Uint8Array(H);
  const counts = new Int32Array(S);
  for (const e of order) {
    const emp = p.employees[e]!;
    const base = e * H;
    onWeight.fill(0);
    offWeight.fill(0);
    for (const r of requestsOf(p, p.onRequests, e)) if (r.shift >= 0) onWeight[r.day * S + r.shift]! += r.weight;
    for (const r of requestsOf(p, p.offRequests, e)) offWeight[r.day * (S + 1) + (r.shift < 0 ? S : r.shift)]! += r.weight;
    // The value of person e working shift s on day d: the cover it fills (or overfills) and the requests it meets.
    const value = (d: number, s: number) => {
      const k = d * S + s;
      const cov = assigned[k]! < p.cover[k]! ? p.coverUnderWeight[k]! : -p.coverOverWeight[k]!;
      return cov + onWeight[k]! - offWeight[d * (S + 1) + s]! - offWeight[d * (S + 1) + S]!;
    };
    // Weekends: the MaxWeekends with the most short cover are the ones the person may work.
    blocked.fill(0);
    for (let d = 0; d < H; d++) if (p.unavailable[base + d] === 1) blocked[d] = 1;
    if (emp.maxWeekends < p.weekendCount) {
      const score = new Float64Array(p.weekendCount);
      for (let d = 0; d < H; d++) {
        const w = p.weekendIndex[d]!;
        if (w < 0) continue;
        let bestV = 0;
        for (let s = 0; s < S; s++) if (allowed[(base + d) * S + s]) bestV = Math.max(bestV, value(d, s));
        score[w]! += bestV + rng.next();
      }
      const chosen = new Uint8Array(p.weekendCount);
      const ws = Array.from({ length: p.weekendCount }, (_, w) => w).sort((a, b) => score[b]! - score[a]!);
      for (let k = 0; k < Math.max(0, emp.maxWeekends); k++) chosen[ws[k]!] = 1;
      for (let d = 0; d < H; d++) if (p.weekendIndex[d]! >= 0 && !chosen[p.weekendIndex[d]!]) blocked[d] = 1;
    }
    let free = 0;
    for (let d = 0; d < H; d++) if (!blocked[d]) free++;
    const meanMinutes = p.shiftTypes.reduce((a, t) => a + t.minutes, 0) / Math.max(1, S);
    const maxMin = Number.isFinite(emp.maxMinutes) ? emp.maxMinutes : H * meanMinutes;
    const target = Math.min(maxMin, Math.max(emp.minMinutes, (emp.minMinutes + maxMin) / 2));
    const minCons = Math.max(1, emp.minConsecutive);
    const minOff = Math.max(1, emp.minDaysOff);
    const maxCons = Math.max(1, Math.min(emp.maxConsecutive, H));
    const workRatio = maxCons / (maxCons + minOff);
    counts.fill(0);
    let minutes = 0;
    let run = 0;
    let off = 0;
    let offFromStart = true;
    let last = OFF;
    // The best shift person e may take on day d after `prev`, or −1.
    const pick = (d: number, prev: number): number => {
      if (blocked[d]) return -1;
      let bestS = -1;
      let bestV = -Infinity;
      for (let s = 0; s < S; s++) {
        if (!allowed[(base + d) * S + s] || counts[s]! >= emp.maxShifts[s]! || minutes + p.shiftTypes[s]!.minutes > maxMin) continue;
        if (prev !== OFF && p.shiftTypes[prev]!.forbiddenNext.includes(s)) continue;
        const v = value(d, s) + rng.next() * 0.01;
        if (v > bestV) {
          bestV = v;
          bestS = s;
        }
      }
      return bestS;
    };
    // Can a run starting on day d last the minimum length? Tries the picks, then takes them back.
    const taken: number[] = [];
    const runFits = (d: number): boolean => {
      let prev = OFF;
      let ok = true;
      for (let j = 0; j < minCons && d + j < H; j++) {
        const s = pick(d + j, prev);
        if (s < 0) {
          ok = false;
          break;
        }
        taken.push(s);
        counts[s]!++;
        minutes += p.shiftTypes[s]!.minutes;
        prev = s;
      }
      for (const s of taken) {
        counts[s]!--;
        minutes -= p.shiftTypes[s]!.minutes;
      }
      taken.length = 0;
      return ok;
    };
    for (let d = 0; d < H; d++) {
      if (!blocked[d]) free--;
      const need = target - minutes;
      const behind = need > 0 && need >= free * workRatio * meanMinutes * 0.9;
      let s = -1;
      if (run > 0) {
        if (run < maxCons) {
          const cand = pick(d, last);
          if (cand >= 0 && (run < minCons || behind || (need > 0 && value(d, cand) > 0))) s = cand;
        }
      } else if (offFromStart || off >= minOff) {
        // Start a run only if its minimum length can be worked (days, successions, counts and minutes allow it).
        const cand = need > 0 ? pick(d, OFF) : -1;
        if (cand >= 0 && (behind || value(d, cand) > 0) && runFits(d)) s = cand;
      }
      if (s >= 0) {
        grid[base + d] = s;
        counts[s]!++;
        minutes += p.shiftTypes[s]!.minutes;
        assigned[d * S + s]!++;
        run++;
        off = 0;
        offFromStart = false;
        last = s;
      } else {
        if (run > 0) off = 0;
        run = 0;
        off++;
        last = OFF;
      }
    }
  }
  return grid;
}

const hasFairness = (p: Problem) => p.rules.some((id) => id.startsWith('fair-')) && p.employees.some((emp) => emp.share > 0);

/**
 * The fairness phase (legevakt): doctors of the same share should end up within one shift of each other in shifts,
 * nights, weekend and holiday shifts. Annealing leaves a few doctors two or three apart, because evening them
 * out takes a chain of moves each of which alone looks no better. This phase is targeted: within each group of
 * equal share and for each count, it takes the doctor with the most and the one with the fewest, and tries the days
 * where the first works a shift that counts and the second could take it — a swap on the same day, which keeps
 * every day's cover. A swap is kept when it breaks no more hard rules and does not raise the soft total (the
 * fairness rules themselves decide, so the phase never trades the objective for the figure). Repeats until no swap
 * helps or a fixed number of rounds; returns the swaps tried.
 */
function evenOut(p: Problem, state: ScoreState): number {
  // First only swaps that lower the soft total; then, for pairs still two or more apart, swaps that raise it by at
  // most `slack` each and `budget` (5 %) in all: the fairness rules aim at targets that also weigh each doctor's
  // availability, so two doctors of one share may have targets a shift apart, and the figure asks for one shift.
  let tried = evenOutPass(p, state, 0, 0);
  const budget = Math.max(6, state.soft * 0.05);
  tried += evenOutPass(p, state, 4, budget);
  return tried;
}

function evenOutPass(p: Problem, state: ScoreState, slack: number, budget: number): number {
  const { grid } = state;
  const H = p.days;
  const S = p.shiftTypes.length;
  const E = p.employees.length;
  const allowed = allowedCells(p);
  const can = (e: number, d: number, v: number) => v === OFF || allowed[(e * H + d) * S + v] === 1;
  const counts: ((d: number, s: number) => boolean)[] = [
    (_, s) => !p.shiftTypes[s]!.backup,
    (_, s) => p.shiftTypes[s]!.night,
    (d, s) => p.holidayWeight[d]! > 0 && !p.shiftTypes[s]!.backup,
    (d, s) => p.weekendIndex[d]! >= 0 && !p.shiftTypes[s]!.backup,
  ];
  const groups = new Map<number, number[]>();
  p.employees.forEach((emp, e) => emp.share > 0 && groups.set(emp.share, [...(groups.get(emp.share) ?? []), e]));
  const value = new Int32Array(E);
  const exempted = p.employees.map((_, e) => p.exempt.subarray(e * H * S, (e + 1) * H * S).some((x) => x === 1));
  let tried = 0;
  let spent = 0;
  // Exchanges the two doctors' cells of day d and rescores (call twice to undo the cells, then roll back).
  const swapDay = (a: number, b: number, d: number) => {
    const ia = a * H + d;
    const ib = b * H + d;
    const v = grid[ia]!;
    grid[ia] = grid[ib]!;
    grid[ib] = v;
    state.touchEmployee(a);
    state.touchEmployee(b);
    state.touchDay(d);
    state.update();
  };
  for (let round = 0; round < 40; round++) {
    let improved = false;
    for (const all of groups.values()) {
      // The slack pass leaves out doctors with an exemption: their targets differ by design (and the figures skip them).
      const members = slack > 0 ? all.filter((e) => !exempted[e]) : all;
      if (members.length < 2) continue;
      // The slack pass evens out only what the spread figures count: shifts, nights, holiday shifts.
      for (const counted of slack > 0 ? counts.slice(0, 3) : counts) {
        for (const e of members) {
          let n = 0;
          for (let d = 0; d < H; d++) {
            const s = grid[e * H + d]!;
            if (s !== OFF && counted(d, s)) n++;
          }
          value[e] = n;
        }
        // Pairs from the most and the fewest inwards, as long as two or more apart (the first swap kept ends the round).
        const sorted = [...members].sort((a, b) => value[b]! - value[a]! || a - b);
        pairs: for (let i = 0; i < sorted.length; i++) {
          for (let j = sorted.length - 1; j > i; j--) {
            const hi = sorted[i]!;
            const lo = sorted[j]!;
            if (value[hi]! - value[lo]! < 2) continue;
            // The pair's cheapest same-day swap (the first that lowers the soft total when there is no slack).
            let bestDay = -1;
            let bestRise = Infinity;
            for (let d = 0; d < H; d++) {
              const ih = hi * H + d;
              const il = lo * H + d;
              const sh = grid[ih]!;
              const sl = grid[il]!;
              if (sh === OFF || !counted(d, sh) || (sl !== OFF && counted(d, sl)) || p.pinned[ih] || p.pinned[il] || !can(lo, d, sh) || !can(hi, d, sl)) continue;
              tried++;
              const [hard0, soft0] = [state.hard, state.soft];
              swapDay(hi, lo, d);
              const rise = state.soft - soft0;
              const ok = state.hard <= hard0 + 1e-9;
              swapDay(hi, lo, d);
              state.rollback();
              if (ok && rise < bestRise) {
                bestRise = rise;
                bestDay = d;
                if (slack === 0 && rise < -1e-9) break;
              }
            }
            if (bestDay >= 0 && (bestRise < -1e-9 || (slack > 0 && bestRise <= slack && spent + bestRise <= budget))) {
              spent += Math.max(0, bestRise);
              swapDay(hi, lo, bestDay);
              state.commit();
              improved = true;
              break pairs;
            }
          }
        }
      }
    }
    if (!improved) break;
  }
  return tried;
}

/**
 * Greedy construction: fill each (day, shift) need with the best of a few candidates (people off that day who may
 * take it), scored incrementally. Sampling keeps it linear in the roster's size (a 364-day, 150-person instance
 * is built in well under a second); the local search does the rest. The sample is drawn from the seeded PRNG.
 */
export function construct(p: Problem, hardWeight = DEFAULT_HARD_WEIGHT, rng: Rng = createRng(0), candidates = 12): Int8Array {
  const S = p.shiftTypes.length;
  const E = p.employees.length;
  const grid = new Int8Array(E * p.days).fill(OFF);
  const state = new ScoreState(p, grid);
  const allowed = allowedCells(p);
  const pool: number[] = [];
  for (let d = 0; d < p.days; d++) {
    for (const s of usableShifts(p, d)) {
      for (let k = 0; k < p.cover[d * S + s]!; k++) {
        pool.length = 0;
        for (let e = 0; e < E; e++) {
          const i = e * p.days + d;
          if (grid[i] === OFF && !p.pinned[i] && allowed[i * S + s] === 1) pool.push(e);
        }
        let bestE = -1;
        let bestDelta = 0;
        const before = state.objective(hardWeight);
        for (let c = 0; c < Math.min(candidates, pool.length); c++) {
          // A partial Fisher–Yates shuffle: the first `candidates` of the pool, drawn without repeats.
          const j = c + Math.floor(rng.next() * (pool.length - c));
          const e = pool[j]!;
          pool[j] = pool[c]!;
          pool[c] = e;
          const i = e * p.days + d;
          grid[i] = s;
          state.touchEmployee(e);
          state.touchDay(d);
          state.update();
          const delta = state.objective(hardWeight) - before;
          grid[i] = OFF;
          state.rollback();
          if (delta < bestDelta) {
            bestDelta = delta;
            bestE = e;
          }
        }
        if (bestE < 0) break;
        grid[bestE * p.days + d] = s;
        state.touchEmployee(bestE);
        state.touchDay(d);
        state.update();
        state.commit();
      }
    }
  }
  return grid;
}

/**
 * Cells a person can never hold: unavailable days, exempt shift kinds, shift types they may never work, backup
 * without competence. The moves never create them (the rules still score them, e.g. in a manual edit or a
 * pinned published roster), which keeps the search among rosters worth looking at.
 */
export function allowedCells(p: Problem): Uint8Array {
  const S = p.shiftTypes.length;
  const out = new Uint8Array(p.employees.length * p.days * S);
  for (let e = 0; e < p.employees.length; e++) {
    for (let d = 0; d < p.days; d++) {
      const i = e * p.days + d;
      if (p.unavailable[i] === 1) continue;
      for (let s = 0; s < S; s++) {
        const type = p.shiftTypes[s]!;
        if (p.exempt[i * S + s] === 1 || p.employees[e]!.maxShifts[s] === 0 || (type.backup && p.competent[i] !== 1) || p.usable[d * S + s] !== 1) continue;
        out[i * S + s] = 1;
      }
    }
  }
  return out;
}

/** Draws and applies random moves, and can revert the last one. */
class MoveMaker {
  private readonly p: Problem;
  private readonly state: ScoreState;
  private readonly rng: Rng;
  private readonly grid: Int8Array;
  private readonly usable: number[][];
  private readonly log: number[] = [];
  private readonly allowed: Uint8Array;
  /** Number of requests (wishes): request moves are drawn when there are any. */
  private readonly requests: number;
  /** Draw the cover transfers and row swaps too (problems whose hard rules are per person). */
  transfer = false;
  /** When ≥ 0, the moves change only this person's row (the repair phase). */
  focus = -1;

  constructor(p: Problem, state: ScoreState, rng: Rng) {
    this.p = p;
    this.state = state;
    this.rng = rng;
    this.grid = state.grid;
    this.usable = Array.from({ length: p.days }, (_, d) => usableShifts(p, d));
    this.allowed = allowedCells(p);
    this.requests = p.onRequests.length + p.offRequests.length;
  }

  /** May person e hold value v (a shift, or off) on day d at all? */
  private can(e: number, d: number, v: number): boolean {
    return v === OFF || this.allowed[(e * this.p.days + d) * this.p.shiftTypes.length + v] === 1;
  }

  private int(n: number): number {
    return Math.floor(this.rng.next() * n);
  }

  /** Days where the focused row breaks a local rule (runs, rests, successions): the repair's moves start near them. */
  readonly anchors: number[] = [];

  /** A random day; in the repair, most often one near where the focused row is broken. */
  private day(): number {
    const n = this.anchors.length;
    if (this.focus < 0 || n === 0 || this.rng.next() < 0.25) return this.int(this.p.days);
    const d = this.anchors[this.int(n)]! + this.int(5) - 2;
    return d < 0 ? 0 : d >= this.p.days ? this.p.days - 1 : d;
  }

  /** Recomputes the anchors of the focused row. */
  findAnchors(): void {
    this.anchors.length = 0;
    if (this.focus >= 0) localConflicts(this.p, this.grid, this.focus, this.anchors);
  }

  /** A random person, or the focused one. */
  private person(): number {
    return this.focus >= 0 ? this.focus : this.int(this.p.employees.length);
  }

  /** One random move on the focused person's row only (their hard rules are theirs alone). */
  rowMove(): boolean {
    const r = this.rng.next();
    if (r < 0.4) return this.change();
    if (r < 0.7) return this.blockChange();
    if (r < 0.85) return this.shiftBlock();
    return this.rowSwap();
  }

  /** Two days of one person's row exchange their shifts (keeps their counts, changes their runs). */
  private rowSwap(): boolean {
    const { p, grid } = this;
    const e = this.person();
    const a = this.day();
    const b = this.int(p.days);
    const ia = e * p.days + a;
    const ib = e * p.days + b;
    const va = grid[ia]!;
    const vb = grid[ib]!;
    if (va === vb || p.pinned[ia] || p.pinned[ib] || !this.can(e, a, vb) || !this.can(e, b, va)) return false;
    this.setCell(e, a, vb);
    this.setCell(e, b, va);
    return true;
  }

  /** A random block [start, start + len): a Saturday–Sunday weekend one time in three (weekends are limited per person), else 2–maxLen days. */
  private block(maxLen: number): [start: number, len: number] | null {
    const { p } = this;
    if (p.weekendCount > 0 && this.rng.next() < 1 / 3) {
      const d = this.int(p.days);
      const w = p.weekendIndex[d]!;
      if (w < 0) return null;
      let start = d;
      while (start > 0 && p.weekendIndex[start - 1] === w) start--;
      let end = d + 1;
      while (end < p.days && p.weekendIndex[end] === w) end++;
      return [start, end - start];
    }
    const len = 2 + this.int(maxLen - 1);
    if (len > p.days) return null;
    if (this.focus >= 0 && this.anchors.length > 0) return [Math.max(0, Math.min(p.days - len, this.day() - this.int(len))), len];
    return [this.int(p.days - len + 1), len];
  }

  private setCell(e: number, d: number, value: number): void {
    const i = e * this.p.days + d;
    this.log.push(i, this.grid[i]!);
    this.grid[i] = value;
    this.state.touchEmployee(e);
    this.state.touchDay(d);
  }

  /** Applies one random move; false when the draw was not a move (nothing changed). */
  random(): boolean {
    if (this.requests > 0 && this.rng.next() < 0.08) return this.requestMove();
    const r = this.rng.next();
    if (this.transfer && r < 0.12) return r < 0.06 ? this.coverTransfer() : this.rowSwap();
    if (r < 0.15) return this.coverChange();
    if (r < 0.4) return this.change();
    if (r < 0.55) return this.blockChange();
    if (r < 0.7) return this.swap();
    if (r < 0.78) return this.shiftBlock();
    return this.blockSwap();
  }

  private change(): boolean {
    const { p, grid } = this;
    const e = this.person();
    const d = this.day();
    const i = e * p.days + d;
    if (p.pinned[i]) return false;
    const options = this.usable[d]!;
    const pick = this.int(options.length + 1);
    const value = pick === options.length ? OFF : options[pick]!;
    if (value === grid[i] || !this.can(e, d, value)) return false;
    this.setCell(e, d, value);
    return true;
  }

  /** One person's 2–5 consecutive days all become one shift type or all off (creates or removes a whole run). */
  private blockChange(): boolean {
    const { p, grid } = this;
    const b = this.block(5);
    if (!b) return false;
    const [start, len] = b;
    const e = this.person();
    const S = p.shiftTypes.length;
    const pick = this.int(S + 1);
    const value = pick === S ? OFF : pick;
    let differs = false;
    for (let d = start; d < start + len; d++) {
      if (p.pinned[e * p.days + d] || !this.can(e, d, value)) return false;
      if (grid[e * p.days + d] !== value) differs = true;
    }
    if (!differs) return false;
    for (let d = start; d < start + len; d++) if (grid[e * p.days + d] !== value) this.setCell(e, d, value);
    return true;
  }

  /**
   * One person's work moves in time: two non-overlapping blocks of their row (one often a weekend) exchange
   * contents, keeping their total time while changing which days (and weekends) they work.
   */
  private shiftBlock(): boolean {
    const { p, grid } = this;
    const b = this.block(5);
    if (!b) return false;
    const [a0, len] = b;
    const b0 = this.int(p.days - len + 1);
    if (b0 < a0 + len && a0 < b0 + len) return false;
    const e = this.person();
    const base = e * p.days;
    let differs = false;
    for (let k = 0; k < len; k++) {
      const [va, vb] = [grid[base + a0 + k]!, grid[base + b0 + k]!];
      if (p.pinned[base + a0 + k] || p.pinned[base + b0 + k] || !this.can(e, a0 + k, vb) || !this.can(e, b0 + k, va)) return false;
      if (va !== vb) differs = true;
    }
    if (!differs) return false;
    for (let k = 0; k < len; k++) {
      const [va, vb] = [grid[base + a0 + k]!, grid[base + b0 + k]!];
      if (va === vb) continue;
      this.setCell(e, a0 + k, vb);
      this.setCell(e, b0 + k, va);
    }
    return true;
  }

  /**
   * Cover transfer (an ejection of length two): a (day, shift) short of people gains someone who is off that day,
   * and that person gives up one of their shifts of the same length on another day (preferably where there are too
   * many). Their total time and counts stay, so the move keeps the benchmark's tight per-person limits that a lone
   * addition would break.
   */
  private coverTransfer(): boolean {
    const { p, grid } = this;
    const H = p.days;
    const S = p.shiftTypes.length;
    const E = p.employees.length;
    const d = this.int(H);
    const options = this.usable[d]!;
    if (options.length === 0) return false;
    const s = options[this.int(options.length)]!;
    let on = 0;
    for (let e = 0; e < E; e++) if (grid[e * H + d] === s) on++;
    if (on >= p.cover[d * S + s]!) return false;
    const startAt = this.int(E);
    let e = -1;
    for (let k = 0; k < E; k++) {
      const c = (startAt + k) % E;
      if (grid[c * H + d] === OFF && !p.pinned[c * H + d] && this.can(c, d, s)) {
        e = c;
        break;
      }
    }
    if (e < 0) return false;
    const minutes = p.shiftTypes[s]!.minutes;
    const from = this.int(H);
    let give = -1;
    let fallback = -1;
    for (let k = 0; k < H; k++) {
      const d2 = (from + k) % H;
      const v = grid[e * H + d2]!;
      if (d2 === d || v === OFF || p.pinned[e * H + d2] || p.shiftTypes[v]!.minutes !== minutes) continue;
      let count = 0;
      for (let x = 0; x < E; x++) if (grid[x * H + d2] === v) count++;
      if (count > p.cover[d2 * S + v]!) {
        give = d2;
        break;
      }
      if (fallback < 0) fallback = d2;
      if (k > 40) break;
    }
    if (give < 0) give = fallback;
    if (give < 0) return false;
    this.setCell(e, d, s);
    this.setCell(e, give, OFF);
    return true;
  }

  /**
   * Request move: a wish (to work, or to be off) that the roster does not grant is granted by a same-day swap with
   * someone else — who takes the wisher's shift, or gives the wisher theirs — which keeps that day's cover.
   */
  private requestMove(): boolean {
    const { p, grid } = this;
    const H = p.days;
    const E = p.employees.length;
    const nOn = p.onRequests.length;
    const k = this.int(nOn + p.offRequests.length);
    const on = k < nOn;
    const r = on ? p.onRequests[k]! : p.offRequests[k - nOn]!;
    const e = r.employee;
    const d = r.day;
    const i = e * H + d;
    const v = grid[i]!;
    const granted = on ? (r.shift === OFF ? v !== OFF : v === r.shift) : v === OFF || (r.shift !== OFF && v !== r.shift);
    if (granted || p.pinned[i]) return false;
    const startAt = this.int(E);
    for (let j = 0; j < E; j++) {
      const e2 = (startAt + j) % E;
      const i2 = e2 * H + d;
      const w = grid[i2]!;
      if (e2 === e || w === v || p.pinned[i2]) continue;
      // What the wisher gets from e2 must grant the wish.
      const grants = on ? (r.shift === OFF ? w !== OFF : w === r.shift) : w === OFF || (r.shift !== OFF && w !== r.shift);
      if (!grants || !this.can(e, d, w) || !this.can(e2, d, v)) continue;
      this.setCell(e, d, w);
      this.setCell(e2, d, v);
      // Half the time the two trade back on another day where they hold the same two values the other way round,
      // so both keep their counts of each shift type (what the fairness rules weigh) and only the wish changes.
      if (this.rng.next() < 0.5) {
        const from = this.int(H);
        for (let k = 1; k < H; k++) {
          const d2 = (from + k) % H;
          if (d2 === d || grid[e * H + d2] !== w || grid[e2 * H + d2] !== v || p.pinned[e * H + d2] || p.pinned[e2 * H + d2]) continue;
          if (!this.can(e, d2, v) || !this.can(e2, d2, w)) continue;
          this.setCell(e, d2, v);
          this.setCell(e2, d2, w);
          break;
        }
      }
      return true;
    }
    return false;
  }

  /** Picks a (day, shift) and moves its cover towards the requirement: someone off takes it, or someone on leaves it. */
  private coverChange(): boolean {
    const { p, grid } = this;
    const d = this.int(p.days);
    const options = this.usable[d]!;
    if (options.length === 0) return false;
    const s = options[this.int(options.length)]!;
    const E = p.employees.length;
    let on = 0;
    for (let e = 0; e < E; e++) if (grid[e * p.days + d] === s) on++;
    const need = p.cover[d * p.shiftTypes.length + s]!;
    const adding = on < need || (on === need && this.rng.next() < 0.5);
    // A random person from those who could make the move, by scanning from a random start.
    const startAt = this.int(E);
    for (let k = 0; k < E; k++) {
      const e = (startAt + k) % E;
      const i = e * p.days + d;
      if (p.pinned[i]) continue;
      if (adding ? grid[i] !== s && this.can(e, d, s) : grid[i] === s) {
        this.setCell(e, d, adding ? s : OFF);
        return true;
      }
    }
    return false;
  }

  private swap(): boolean {
    const { p, grid } = this;
    const E = p.employees.length;
    const d = this.int(p.days);
    const a = this.int(E);
    const b = this.int(E - 1);
    const e2 = b >= a ? b + 1 : b;
    const ia = a * p.days + d;
    const ib = e2 * p.days + d;
    if (grid[ia] === grid[ib] || p.pinned[ia] || p.pinned[ib] || !this.can(a, d, grid[ib]!) || !this.can(e2, d, grid[ia]!)) return false;
    const va = grid[ia]!;
    this.setCell(a, d, grid[ib]!);
    this.setCell(e2, d, va);
    return true;
  }

  private blockSwap(): boolean {
    const { p, grid } = this;
    const E = p.employees.length;
    const blk = this.block(7);
    if (!blk) return false;
    const [start, len] = blk;
    const a = this.int(E);
    const b = this.int(E - 1);
    const e2 = b >= a ? b + 1 : b;
    let differs = false;
    for (let d = start; d < start + len; d++) {
      const [va, vb] = [grid[a * p.days + d]!, grid[e2 * p.days + d]!];
      if (p.pinned[a * p.days + d] || p.pinned[e2 * p.days + d] || !this.can(a, d, vb) || !this.can(e2, d, va)) return false;
      if (va !== vb) differs = true;
    }
    if (!differs) return false;
    for (let d = start; d < start + len; d++) {
      const va = grid[a * p.days + d]!;
      const vb = grid[e2 * p.days + d]!;
      if (va === vb) continue;
      this.setCell(a, d, vb);
      this.setCell(e2, d, va);
    }
    return true;
  }

  /** Undoes the grid cells of the last move (the caller rolls back the score state). */
  revert(): void {
    const log = this.log;
    for (let j = log.length - 2; j >= 0; j -= 2) this.grid[log[j]!] = log[j + 1]!;
    log.length = 0;
  }

  forget(): void {
    this.log.length = 0;
  }
}
