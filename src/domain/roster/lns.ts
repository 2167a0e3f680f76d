/**
 * Large neighbourhood search with an exact solver as the repair step (issue 5: HiGHS "for repairing sub-problems").
 *
 * From a feasible roster, each step frees a neighbourhood of cells — a window of consecutive days for everybody, a
 * few people's whole rows, or a few people over a window — keeps every other cell as it is, and asks the MIP solver
 * for the best way to fill the free cells (the MIP is the problem's own model, lp.ts with curtois/mip.ts or
 * legevakt/mip.ts, so its optimum is the rules' optimum for that neighbourhood). The answer is scored again by the
 * independent evaluator and kept when it is no worse (equal rosters let the search drift across plateaus). The
 * neighbourhood's size adapts: it grows while the solver proves optimality quickly and shrinks when it runs out of
 * time. When the neighbourhood is the whole roster and the solver proves it optimal, the search ends: the roster is
 * optimal.
 *
 * Annealing finds good rosters fast and moves cheaply; an exact step sees combinations of many cells at once (a
 * whole week's cover, a person's weekends and run lengths together) that single moves reach only through worse
 * rosters. The solver is passed in, so the domain loads no WebAssembly and stays testable with any exact solver; it
 * runs under a time limit, so unlike the annealing alone this phase depends on the machine's speed.
 */
import { shuffle, type Rng } from '../projection/index.ts';
import { evaluate } from './evaluate.ts';
import { benchmarkMip } from './curtois/mip.ts';
import { LEGEVAKT_RULES } from './legevakt/build.ts';
import { legevaktMip } from './legevakt/mip.ts';
import { gridFromMip, type Neighbourhood } from './lp.ts';
import { OFF, type Problem, type Request } from './model.ts';
import { BENCHMARK_RULES } from './rules/index.ts';

/** A MIP solver's answer: its status (HiGHS's words: 'Optimal', 'Time limit reached', …) and column values. */
export interface MipAnswer {
  status: string;
  /** Column values of its best solution, and that solution's objective; undefined when it found none. */
  value?: (name: string) => number | undefined;
  objective?: number;
}

/** An exact MIP solver: LP text in, best solution within `seconds` out (null when it fails). */
export type MipSolver = (lp: string, seconds: number) => MipAnswer | null;

/**
 * A linear program kept between solves (minimise; columns ≥ 0), to which columns are added and whose bounds change:
 * each solve starts from the last basis, so column generation re-solves in a few pivots (colgen.ts).
 */
export interface IncrementalLp {
  /** Appends a row lower ≤ a·x ≤ upper (its entries come with the columns); rows are numbered from 0. */
  addRow(lower: number, upper: number): void;
  /** Appends a column with its cost, upper bound and entries (row numbers and coefficients); columns are numbered from 0. */
  addColumn(cost: number, upper: number, rows: readonly number[], values: readonly number[]): void;
  setUpper(column: number, upper: number): void;
  /** Solves within `seconds`: primal values and row duals (reduced cost = c − Aᵀ·dual), or null unless optimal. */
  solve(seconds: number): { objective: number; primal: Float64Array; dual: Float64Array } | null;
  /**
   * Solves the same program with every column integer within `seconds`, starting from the integer point `start`
   * (one value per column): its best integer solution, or null when it has none. Later solves are linear again.
   */
  solveInteger(seconds: number, start: Float64Array): { objective: number; primal: Float64Array } | null;
  dispose(): void;
}

/** Creates empty incremental linear programs. */
export type LpFactory = () => IncrementalLp;

type Model = (p: Problem, hood?: Neighbourhood) => string;

/** The MIP model of a problem, when its rules are all the benchmark's or all the legevakt's. */
function mipModelOf(p: Problem): Model | null {
  if (p.rules.every((r) => BENCHMARK_RULES.includes(r))) return benchmarkMip;
  if (p.rules.every((r) => LEGEVAKT_RULES.includes(r))) return (q, hood) => legevaktMip(q, hood);
  return null;
}

/**
 * Rosters of at most this many cells (people × days) get the exact phase. On larger ones a neighbourhood HiGHS
 * solves in a fraction of a second is a sliver of the roster, and the annealing's second half is worth more
 * (measured on Curtois & Qu instance 20, 50 people × 182 days, 60 s: 23 937 with the exact phase, 17 000 without;
 * on instances of 4 weeks it helps: 4 → 1 729 instead of 1 832 in 10 s).
 */
export const MIP_MAX_CELLS = 2000;

/** The model to use for exact neighbourhoods of this problem, or null when it has none or is too large for them. */
export function exactModelOf(p: Problem): Model | null {
  return p.employees.length * p.days <= MIP_MAX_CELLS ? mipModelOf(p) : null;
}

export interface LnsOptions {
  solver: MipSolver;
  rng: Rng;
  now: () => number;
  /** When to stop, in `now()` units (milliseconds). */
  deadline: number;
  shouldStop?: () => boolean;
  /** Called on every strictly better roster. */
  onImprove?: (hard: number, soft: number) => void;
}

export interface LnsResult {
  steps: number;
  /** The solver proved the whole roster optimal. */
  proven: boolean;
}

/** Neighbourhoods the search rotates through. */
const KINDS = ['days', 'people', 'block'] as const;

/**
 * Improves a feasible roster in place (`grid`, whose score is `hard`/`soft`) until the deadline; returns how many
 * sub-problems it solved and whether the roster is proven optimal.
 */
export function improveWithMip(p: Problem, grid: Int8Array, score: { hard: number; soft: number }, o: LnsOptions): LnsResult {
  const model = exactModelOf(p);
  if (!model) return { steps: 0, proven: false };
  const E = p.employees.length;
  const H = p.days;
  const cells = E * H;
  const budgetMs = o.deadline - o.now();
  // One step's time: long enough for HiGHS to prove a good-sized neighbourhood, short enough for many steps.
  const stepMs = Math.min(3000, Math.max(250, budgetMs / 12));
  let size = Math.min(cells, Math.max(6 * E, 250));
  let steps = 0;
  let current = { ...score };
  while (!o.shouldStop?.()) {
    const left = o.deadline - o.now();
    if (left < 50) break;
    const kind = size >= cells ? 'days' : KINDS[steps % KINDS.length]!;
    const hood = neighbourhood(p, grid, kind, size, troubledDays(p, grid), o.rng);
    const started = o.now();
    const answer = o.solver(model(p, hood), Math.min(stepMs, left) / 1000);
    const took = o.now() - started;
    steps++;
    if (!answer) break;
    const whole = hood.free.every((f, i) => f === 1 || p.pinned[i] === 1);
    if (answer.value) {
      const candidate = gridFromMip(p, answer.value, hood);
      const ev = evaluate(p, candidate);
      if (ev.hard <= current.hard + 1e-9 && ev.soft <= current.soft + 1e-9) {
        const better = ev.hard < current.hard - 1e-9 || ev.soft < current.soft - 1e-9;
        grid.set(candidate);
        current = { hard: ev.hard, soft: ev.soft };
        if (better) o.onImprove?.(ev.hard, ev.soft);
      }
    }
    const optimal = answer.status === 'Optimal';
    if (optimal && whole) return { steps, proven: true };
    if (optimal && took < stepMs / 3) size = Math.min(cells, Math.ceil(size * 1.25));
    else if (!optimal) size = Math.max(Math.min(cells, 2 * E), Math.floor(size * 0.7));
  }
  return { steps, proven: false };
}

/**
 * The days where the roster pays a day-bound penalty — a cover short or over where that costs, a request not met —
 * around which most windows are placed (a fairness penalty belongs to no day: the other windows fall anywhere).
 */
export function troubledDays(p: Problem, grid: Int8Array): number[] {
  const S = p.shiftTypes.length;
  const H = p.days;
  const count = new Int32Array(H * S);
  for (let e = 0; e < p.employees.length; e++) for (let d = 0; d < H; d++) if (grid[e * H + d]! >= 0) count[d * S + grid[e * H + d]!]!++;
  const days = new Set<number>();
  for (let k = 0; k < H * S; k++) {
    if ((count[k]! < p.cover[k]! && p.coverUnderWeight[k]! > 0) || (count[k]! > p.cover[k]! && p.coverOverWeight[k]! > 0)) days.add(Math.floor(k / S));
  }
  const works = (r: Request) => (r.shift === OFF ? grid[r.employee * H + r.day] !== OFF : grid[r.employee * H + r.day] === r.shift);
  for (const r of p.onRequests) if (!works(r)) days.add(r.day);
  for (const r of p.offRequests) if (works(r)) days.add(r.day);
  return [...days].sort((a, b) => a - b);
}

/**
 * A neighbourhood of about `size` free cells (never a pinned one) of the given kind; windows of days are centred on
 * a troubled day two times in three.
 */
function neighbourhood(p: Problem, grid: Int8Array, kind: (typeof KINDS)[number], size: number, troubled: number[], rng: Rng): Neighbourhood {
  const E = p.employees.length;
  const H = p.days;
  const free = new Uint8Array(E * H);
  const pick = (n: number, of: number) => {
    const all = shuffle(Array.from({ length: of }, (_, i) => i), rng);
    return all.slice(0, Math.min(of, Math.max(1, n)));
  };
  const window = (length: number) => {
    const w = Math.min(H, Math.max(1, length));
    const centre = troubled.length > 0 && rng.next() < 2 / 3 ? troubled[Math.floor(rng.next() * troubled.length)]! : Math.floor(rng.next() * H);
    const from = Math.max(0, Math.min(H - w, centre - Math.floor(rng.next() * w)));
    return [from, from + w] as const;
  };
  let people: number[];
  let days: readonly [number, number];
  if (kind === 'days') {
    people = Array.from({ length: E }, (_, e) => e);
    days = window(Math.round(size / E));
  } else if (kind === 'people') {
    people = pick(Math.max(2, Math.round(size / H)), E);
    days = [0, H];
  } else {
    // A block: a window of one to four weeks and as many people as the size allows.
    days = window(Math.min(H, 7 * (1 + Math.floor(rng.next() * 4))));
    people = pick(Math.max(2, Math.round(size / (days[1] - days[0]))), E);
  }
  for (const e of people) for (let d = days[0]; d < days[1]; d++) if (p.pinned[e * H + d] !== 1) free[e * H + d] = 1;
  return { grid, free };
}
