/**
 * HiGHS (npm `highs`, the WebAssembly build of the HiGHS MIP solver) as the roster solver's exact sub-problem solver
 * (domain/roster/lns.ts). Loading the WebAssembly is I/O, so it happens here, outside the domain; the CLI and the
 * bench pass the loaded solver in (the app's roster jobs run the annealing alone: see bench/legevakt.ts).
 */
import highsModule from 'highs';
import type { MipSolver } from '../domain/roster/index.ts';

// The package's CommonJS typings make TypeScript see the module object; at run time the ESM build's default
// export is the loader itself.
type Loader = typeof highsModule.default;
const loadHighs: Loader = typeof highsModule === 'function' ? (highsModule as unknown as Loader) : highsModule.default;

interface Columns {
  Columns?: Record<string, { Primal?: number }>;
}

/**
 * Loads HiGHS and wraps it as a MipSolver (optimality proven to a zero gap; a solver error answers null, which ends
 * the search, not the roster). An answer carries a solution only when HiGHS has one (at its time limit it may not).
 */
export async function highsSolver(): Promise<MipSolver> {
  const highs = await loadHighs();
  return (lp, seconds) => {
    try {
      const r = highs.solve(lp, { output_flag: false, time_limit: Math.max(0.05, seconds), mip_rel_gap: 0 });
      const columns = (r as Columns).Columns ?? {};
      const solved = Object.keys(columns).length > 0 && Number.isFinite(r.ObjectiveValue) && r.Status !== 'Infeasible';
      return solved ? { status: r.Status, value: (k) => columns[k]?.Primal, objective: r.ObjectiveValue } : { status: r.Status };
    } catch {
      return null;
    }
  };
}
