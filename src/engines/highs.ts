/**
 * HiGHS (npm `highs`, the WebAssembly build of the HiGHS MIP solver) as the roster solver's exact sub-problem solver
 * (domain/roster/lns.ts). Loading the WebAssembly is I/O, so it happens here, outside the domain; roster-solver.ts
 * passes the loaded solver in, for the app's jobs, the CLI and the bench alike.
 */
import highsModule from 'highs';
import type { IncrementalLp, LpFactory, MipSolver } from '../domain/roster/index.ts';

// The package's CommonJS typings make TypeScript see the module object; at run time the ESM build's default
// export is the loader itself.
type Loader = typeof highsModule.default;
const loader: Loader = typeof highsModule === 'function' ? (highsModule as unknown as Loader) : highsModule.default;
let loaded: ReturnType<Loader> | undefined;
/** One WebAssembly instance per process, shared by the MIP solver and the incremental LPs. */
const loadHighs = (): ReturnType<Loader> => (loaded ??= loader());

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

/**
 * Loads HiGHS and wraps its persistent model (the `createModel` API) as the domain's incremental LP: columns added
 * and bounds changed between solves keep the last basis, so each re-solve of column generation takes a few pivots.
 */
export async function highsLp(): Promise<LpFactory> {
  const highs = await loadHighs();
  const OPTIMAL = highs.constants.modelStatus.optimal;
  const INTEGER = highs.constants.variableType.integer;
  const FEASIBLE = highs.constants.solutionStatus.feasible;
  return (): IncrementalLp => {
    const model = highs.createModel();
    model.options.set({ output_flag: false, presolve: 'off' }); // a re-solve starts from the last basis
    return {
      addRow: (lower, upper) => void model.addRow(lower, upper, { indices: [], values: [] }),
      addColumn: (cost, upper, rows, values) => void model.addCol(cost, 0, upper, { indices: rows, values }),
      setUpper: (column, upper) => void model.changeColBounds(column, 0, upper),
      solve: (seconds) => {
        try {
          model.options.set({ time_limit: Math.min(Math.max(0.05, seconds), 1e9) });
          model.zeroAllClocks();
          if (model.run().modelStatus !== OPTIMAL) return null;
          const solution = model.getSolution();
          return { objective: model.getObjectiveValue(), primal: solution.colValue, dual: solution.rowDual };
        } catch {
          return null;
        }
      },
      solveInteger: (seconds, start) => {
        const n = model.getDimensions().numCols;
        try {
          model.changeColsIntegrality({ kind: 'range', from: 0, to: n - 1 }, new Int32Array(n).fill(INTEGER));
          model.setSolution({ colValue: start });
          model.options.set({ time_limit: Math.min(Math.max(0.05, seconds), 1e9), presolve: 'on', mip_rel_gap: 0 });
          model.zeroAllClocks();
          model.run();
          if (Number(model.info.get('primal_solution_status')) !== FEASIBLE) return null;
          return { objective: model.getObjectiveValue(), primal: model.getSolution().colValue };
        } catch {
          return null;
        } finally {
          model.clearIntegrality();
          model.options.set({ presolve: 'off' });
        }
      },
      dispose: () => model.dispose(),
    };
  };
}
