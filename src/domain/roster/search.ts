/**
 * The solver: greedy construction, then simulated annealing over three neighbourhoods.
 *
 * Design (issue 5): the grid decides only who works which shift type on which day. Moves:
 *  - change: one person's shift on one day becomes another usable shift type or off (fixes cover and totals);
 *  - swap: two people exchange their shifts of one day (keeps cover, moves load between people);
 *  - block swap: two people exchange 2–7 consecutive days (repairs runs of consecutive days and weekends,
 *    which single-day moves cannot do without passing through worse rosters).
 * Each move is scored incrementally (state.ts); hard penalties weigh `hardWeight` times more than soft ones.
 * The temperature follows geometric cooling cycles over a fixed number of iterations, each cycle restarting
 * from the best roster so far. Everything depends only on the seed and the iteration count, never on time:
 * the same seed and iteration budget give the same roster; a time limit only cuts the run short.
 */
import { createRng, type Rng } from '../projection/index.ts';
import { OFF, usableShifts, type Problem } from './model.ts';
import { ScoreState } from './state.ts';

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
}

const DEFAULT_HARD_WEIGHT = 1000;
const MIN_HARD_WEIGHT = Number(process.env.MINHW ?? 20);
const MAX_HARD_WEIGHT = 100_000;

/** Solves a roster problem; the returned grid is the best found (fewest hard, then least soft penalty). */
export function solve(p: Problem, options: SolveOptions): SolveResult {
  const now = options.now ?? (() => 0);
  const t0 = now();
  const rng = createRng(options.seed);
  const adaptive = options.hardWeight === undefined;
  let hw = options.hardWeight ?? DEFAULT_HARD_WEIGHT;
  const grid = options.start ? Int8Array.from(options.start) : construct(p, hw);
  const state = new ScoreState(p, grid);
  const best = Int8Array.from(grid);
  let bestHard = state.hard;
  let bestSoft = state.soft;
  const trace: TracePoint[] = [{ ms: now() - t0, iteration: 0, hard: bestHard, soft: bestSoft }];
  const maxIt = options.maxIterations ?? Number.POSITIVE_INFINITY;
  const limit = options.timeLimitMs ?? Number.POSITIVE_INFINITY;
  const cycle = options.cycleIterations ?? Math.max(200_000, p.employees.length * p.days * 200);
  const moves = new MoveMaker(p, state, rng);
  const T0 = options.temperature?.start ?? 40;
  const T1 = options.temperature?.end ?? 0.2;
  const cool = Math.log(T1 / T0);
  let cancelled = false;
  let it = 0;
  let current = state.objective(hw);
  const isBetter = (h: number, s: number) => h < bestHard - 1e-9 || (Math.abs(h - bestHard) <= 1e-9 && s < bestSoft - 1e-9);
  while (it < maxIt) {
    if ((it & 0x3fff) === 0 && it > 0) {
      const elapsed = now() - t0;
      if (elapsed >= limit) break;
      if (options.shouldStop?.()) {
        cancelled = true;
        break;
      }
      options.onProgress?.({ iteration: it, elapsedMs: elapsed, bestHard, bestSoft, feasible: bestHard < 1e-9 });
    }
    if (adaptive && (it & 0x1fff) === 0 && it > 0) {
      // Strategic oscillation: hard rules weigh more while the current roster breaks them, less while it does not,
      // so the search may cross infeasible ground between feasible rosters.
      hw = state.hard > 1e-9 ? Math.min(hw * 1.2, MAX_HARD_WEIGHT) : Math.max(hw / 1.2, MIN_HARD_WEIGHT);
      current = state.objective(hw);
    }
    const phase = (it % cycle) / cycle;
    if (it > 0 && it % cycle === 0) {
      grid.set(best);
      state.recomputeAll();
      current = state.objective(hw);
    }
    const T = T0 * Math.exp(cool * phase);
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
  return { grid: best, iterations: it, elapsedMs: now() - t0, trace, cancelled };
}

/** Greedy construction: fill each (day, shift) need with the person whose assignment helps the objective most. */
export function construct(p: Problem, hardWeight = DEFAULT_HARD_WEIGHT): Int8Array {
  const S = p.shiftTypes.length;
  const E = p.employees.length;
  const grid = new Int8Array(E * p.days).fill(OFF);
  const state = new ScoreState(p, grid);
  for (let d = 0; d < p.days; d++) {
    for (const s of usableShifts(p, d)) {
      for (let k = 0; k < p.cover[d * S + s]!; k++) {
        let bestE = -1;
        let bestDelta = 0;
        const before = state.objective(hardWeight);
        for (let e = 0; e < E; e++) {
          const i = e * p.days + d;
          if (grid[i] !== OFF || p.pinned[i]) continue;
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

/** Draws and applies random moves, and can revert the last one. */
class MoveMaker {
  private readonly p: Problem;
  private readonly state: ScoreState;
  private readonly rng: Rng;
  private readonly grid: Int8Array;
  private readonly usable: number[][];
  private readonly log: number[] = [];

  constructor(p: Problem, state: ScoreState, rng: Rng) {
    this.p = p;
    this.state = state;
    this.rng = rng;
    this.grid = state.grid;
    this.usable = Array.from({ length: p.days }, (_, d) => usableShifts(p, d));
  }

  private int(n: number): number {
    return Math.floor(this.rng.next() * n);
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
    const r = this.rng.next();
    if (r < 0.45) return this.change();
    if (r < 0.75) return this.swap();
    return this.blockSwap();
  }

  private change(): boolean {
    const { p, grid } = this;
    const e = this.int(p.employees.length);
    const d = this.int(p.days);
    const i = e * p.days + d;
    if (p.pinned[i]) return false;
    const options = this.usable[d]!;
    const pick = this.int(options.length + 1);
    const value = pick === options.length ? OFF : options[pick]!;
    if (value === grid[i]) return false;
    this.setCell(e, d, value);
    return true;
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
    if (grid[ia] === grid[ib] || p.pinned[ia] || p.pinned[ib]) return false;
    const va = grid[ia]!;
    this.setCell(a, d, grid[ib]!);
    this.setCell(e2, d, va);
    return true;
  }

  private blockSwap(): boolean {
    const { p, grid } = this;
    const E = p.employees.length;
    const len = 2 + this.int(6);
    if (len > p.days) return false;
    const start = this.int(p.days - len + 1);
    const a = this.int(E);
    const b = this.int(E - 1);
    const e2 = b >= a ? b + 1 : b;
    let differs = false;
    for (let d = start; d < start + len; d++) {
      if (p.pinned[a * p.days + d] || p.pinned[e2 * p.days + d]) return false;
      if (grid[a * p.days + d] !== grid[e2 * p.days + d]) differs = true;
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
