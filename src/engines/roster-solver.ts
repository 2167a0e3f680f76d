/**
 * The one entry point of the roster solver, with the one configuration of its engines: the app's background jobs
 * (server/roster/solve-worker.ts), `legeplan roster solve` and the bench all solve through `solveRoster`, so the same
 * plan, seed and time give the same roster everywhere. The domain's solver stays pure; HiGHS (loading its
 * WebAssembly is I/O) is the engine passed in: its MIP for exact neighbourhoods, its incremental LP for column
 * generation — the solver itself decides which phase fits the problem.
 */
import { solve, type LpFactory, type MipSolver, type Problem, type SolveOptions, type SolveResult } from '../domain/roster/index.ts';
import { highsLp, highsSolver } from './highs.ts';

export interface RosterRun extends Omit<SolveOptions, 'mip' | 'lp'> {
  /** False runs the annealing and row search alone (`--no-mip` of the CLI and the bench, to compare). */
  highs?: boolean;
}

interface Engines {
  mip: MipSolver;
  lp: LpFactory;
}

let engines: Promise<Engines> | undefined;
/** HiGHS loaded once per thread (one WebAssembly instance, shared by the MIP solver and the LPs). */
const loadEngines = (): Promise<Engines> => (engines ??= Promise.all([highsSolver(), highsLp()]).then(([mip, lp]) => ({ mip, lp })));

/** Solves a roster problem with the engines of the one configuration; the best roster found, as `solve` returns it. */
export async function solveRoster(p: Problem, run: RosterRun): Promise<SolveResult> {
  const { highs = true, ...options } = run;
  return solve(p, highs ? { ...options, ...(await loadEngines()) } : options);
}
