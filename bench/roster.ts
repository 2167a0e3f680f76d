// The roster solver on the Curtois & Qu benchmark (../shared/benchmarks/curtois/; cite T. Curtois and R. Qu,
// Computational results on new staff scheduling benchmark instances, 2014): per instance, the median over seeds
// of the objective reached within a fixed time budget, the gap to the best known value, the time to the first
// feasible roster and to within 5 % and 1 % of the best known; HiGHS on the small instances side by side.
// Objectives are recomputed by the independent evaluator from the returned roster.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { BEST_KNOWN, EJECTION_CHAIN_10_MIN, UPPER_BOUND_ONLY } from './curtois-known.ts';
import type { HighsReport, RosterJob, SolveReport } from './roster-worker.ts';
import { pool, runInWorker } from './worker-pool.ts';

const WORKER = new URL('./roster-worker.ts', import.meta.url).href;
const DIR = new URL('../../shared/benchmarks/curtois/', import.meta.url);

export interface CurtoisOptions {
  seconds: number;
  seeds: number;
  instances: number[];
  highsUpTo: number;
  threads: number;
  /** Our solver with HiGHS for its exact neighbourhoods (false: annealing alone, `--no-mip`). */
  mip: boolean;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const sec = (ms: number) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(1)} s` : '—');

/** Time (ms) of the first feasible roster within `factor` × best known, Infinity if never. */
function timeTo(r: SolveReport, bound: number): number {
  return r.trace.find((t) => t.hard < 1e-9 && t.soft <= bound + 1e-9)?.ms ?? Infinity;
}

export async function curtoisBench(o: CurtoisOptions): Promise<void> {
  console.log(`\nCurtois & Qu (schedulingbenchmarks.org; Curtois og Qu 2014): ${o.seeds} frø × ${o.seconds} s per instans, median, ${o.threads} tråder, ${o.mip ? 'annealing, kolonnegenerering med HiGHS, radsøk' : 'annealing og radsøk uten HiGHS (--no-mip)'}`);
  console.log('inst  best kjent  median  gap     første gyldige  ≤5 %     ≤1 %     trekk/s   LP-er (bevist)  nedre grense  HiGHS alene samme tid');
  for (const n of o.instances) {
    const file = new URL(`Instance${n}.txt`, DIR);
    if (!existsSync(file)) {
      console.log(`${String(n).padStart(4)}  (filen mangler i ${DIR.pathname}: hoppet over)`);
      continue;
    }
    const jobs: RosterJob[] = Array.from({ length: o.seeds }, (_, i) => ({ kind: 'solve', file: file.pathname, seed: i + 1, seconds: o.seconds, mip: o.mip }));
    const runs = await pool(jobs, o.threads, (j) => runInWorker<SolveReport>(WORKER, j));
    const bk = BEST_KNOWN[n]!;
    const feasible = runs.filter((r) => r.hard === 0);
    const objective = feasible.length * 2 > runs.length ? median(runs.map((r) => (r.hard === 0 ? r.soft : Infinity))) : NaN;
    const gap = ((objective - bk) / bk) * 100;
    const tFeasible = median(runs.map((r) => timeTo(r, Infinity)));
    const t5 = median(runs.map((r) => timeTo(r, bk * 1.05)));
    const t1 = median(runs.map((r) => timeTo(r, bk * 1.01)));
    const rate = median(runs.map((r) => r.movesPerSecond));
    const proven = runs.filter((r) => r.proven).length;
    const steps = median(runs.map((r) => r.mipSteps));
    const bounds = runs.map((r) => r.bound).filter((b): b is number => b !== null);
    const lower = bounds.length > 0 ? Math.ceil(Math.max(...bounds) - 1e-6) : null;
    let peer = '';
    if (n <= o.highsUpTo) {
      const h = await runInWorker<HighsReport>(WORKER, { kind: 'highs', file: file.pathname, seconds: o.seconds } satisfies RosterJob);
      peer = h.objective === null ? `${h.status}, ingen plan` : `${h.objective}${h.hard === 0 ? '' : ' (UGYLDIG)'} ${h.status} ${sec(h.ms)}`;
    }
    const ec = EJECTION_CHAIN_10_MIN[n];
    console.log(
      `${String(n).padStart(4)}  ${UPPER_BOUND_ONLY.has(n) ? '≤' : ' '}${String(bk).padStart(6)}   ${Number.isNaN(objective) ? '  ugyldig' : String(objective).padStart(6)}  ${Number.isNaN(gap) ? '  —   ' : `${gap.toFixed(1).padStart(5)}%`}  ` +
        `${sec(tFeasible).padStart(8)} (${feasible.length}/${runs.length})  ${sec(t5).padStart(7)}  ${sec(t1).padStart(7)}  ${Math.round(rate).toLocaleString('nb-NO').padStart(8)}  ${String(steps).padStart(6)} (${proven}/${runs.length})  ${(lower === null ? '—' : String(lower)).padStart(12)}  ${peer}` +
        (ec ? `   [ejection chain 10 min: ${ec}${objective < ec ? ', slått' : ''}]` : ''),
    );
  }
  console.log('≤: beste kjente er bare en øvre grense (ikke bevist optimum); gap måles mot den.');
  console.log('Nedre grense: kolonnegenereringens LP-relaksasjon (avrundet opp) der den konvergerte: ingen plan kan bli bedre.');
  console.log('Mål (issue 5, 2 kjerner): gyldig plan < 10 s på alle; 1–4 optimalt < 5 s; innen 60 s bedre enn ejection chain overalt og ≤ 1 % på 5–12; instans 20 ≤ 5 % av 4 943 på 10 min.');
}

/** Parses `roster` section arguments: --seconds N --seeds N --instances 1-4,7 --highs-up-to N --threads N --no-mip. */
export function curtoisOptions(args: string[]): CurtoisOptions {
  const get = (flag: string) => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const list = (spec: string) =>
    spec.split(',').flatMap((part) => {
      const [a, b] = part.split('-').map(Number);
      return b === undefined ? [a!] : Array.from({ length: b - a! + 1 }, (_, k) => a! + k);
    });
  return {
    seconds: Number(get('--seconds') ?? 10),
    seeds: Number(get('--seeds') ?? 5),
    instances: list(get('--instances') ?? Object.keys(BEST_KNOWN).join(',')),
    highsUpTo: Number(get('--highs-up-to') ?? 5),
    threads: Number(get('--threads') ?? Math.max(1, Math.min(availableParallelism(), 2))),
    mip: !args.includes('--no-mip'),
  };
}
