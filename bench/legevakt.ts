// The roster solver on synthetic legevakt plans (50, 60, 70 doctors × 182 days; src/domain/roster/legevakt/generator.ts):
// time to a feasible roster, spread of shifts, nights and holiday shifts between doctors of the same share,
// backups covered, wishes granted — median over seeds, each with a fixed time budget, against the issue's targets.
import type { LegevaktReport, RosterJob, SliceReport } from './roster-worker.ts';
import { pool, runInWorker } from './worker-pool.ts';

const WORKER = new URL('./roster-worker.ts', import.meta.url).href;

export interface LegevaktBenchOptions {
  seconds: number;
  seeds: number;
  threads: number;
  sizes: number[];
  /** HiGHS's time on each 4-week slice. */
  highsSeconds: number;
  /** Our solver with HiGHS, as the app's jobs and the CLI run it (false: `--no-mip`, annealing alone). */
  mip: boolean;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const ok = (good: boolean) => (good ? 'OK  ' : 'OVER');

export async function legevaktBench(o: LegevaktBenchOptions): Promise<void> {
  console.log(`\nSyntetisk legevakt (182 dager): ${o.seeds} frø × ${o.seconds} s, median, ${o.threads} tråder, ${o.mip ? 'med HiGHS, som appens jobber og CLI-et' : 'uten HiGHS (--no-mip)'}`);
  for (const doctors of o.sizes) {
    const jobs: RosterJob[] = Array.from({ length: o.seeds }, (_, i) => ({ kind: 'legevakt', doctors, days: 182, seed: i + 1, seconds: o.seconds, mip: o.mip }));
    const runs = await pool(jobs, o.threads, (j) => runInWorker<LegevaktReport>(WORKER, j));
    const feasible = runs.filter((r) => r.hard === 0).length;
    const impossible = runs.filter((r) => r.impossible).length;
    // Time and figures over the plans a roster exists for.
    const possible = runs.filter((r) => !r.impossible);
    const tFeasible = median(possible.map((r) => r.trace.find((t) => t.hard < 1e-9)?.ms ?? Infinity));
    const f = (k: keyof LegevaktReport['figures']) => median(possible.map((r) => r.figures[k]));
    console.log(
      `${ok(tFeasible < 2000)} ${doctors} leger: gyldig ${feasible}/${runs.length}${impossible > 0 ? ` (${impossible} av planene er bevist umulige: HiGHS finner ingen løsning selv på LP-relaksasjonen av de harde reglene)` : ''}, første gyldige ${(tFeasible / 1000).toFixed(2)} s (mål < 2 s; oppbygging ${median(runs.map((r) => r.buildMs)).toFixed(0)} ms), ` +
        `${Math.round(median(runs.map((r) => r.movesPerSecond))).toLocaleString('nb-NO')} trekk/s`,
    );
    console.log(
      `     spredning samme andel: vakter ${f('shiftSpread')} (mål ≤ 1), netter ${f('nightSpread')} (≤ 1), helligdager ${f('holidaySpread')} (≤ 1); ` +
        `bakvakt dekket ${(f('backupsCovered') * 100).toFixed(0)} % (mål 100 %); ønsker innfridd ${(f('wishesGranted') * 100).toFixed(0)} %`,
    );
  }
  // The gap to an exact lower bound: the same synthetic legevakt over 4 weeks, which HiGHS (npm `highs`, WASM) can
  // solve to optimality from the MIP of legevakt/mip.ts; when it cannot within its time, its LP relaxation is the bound.
  console.log(`\n4-ukers utsnitt (28 dager) mot eksakt nedre grense fra HiGHS (${o.highsSeconds} s): vår løser ${o.seconds} s, frø 1`);
  const slices: RosterJob[] = o.sizes.map((doctors) => ({ kind: 'legevakt-slice', doctors, days: 28, seed: 1, seconds: o.seconds, highsSeconds: o.highsSeconds, mip: o.mip }));
  const reports = await pool(slices, o.threads, (j) => runInWorker<SliceReport>(WORKER, j));
  reports.forEach((r, k) => {
    const lb = r.lowerBound;
    const gap = lb === null || r.oursHard > 0 ? NaN : ((r.ours - lb) / Math.max(lb, 1e-9)) * 100;
    const bound = lb === null ? 'ingen grense' : `${r.boundKind === 'optimum' ? 'optimum' : 'LP-grense'} ${lb.toFixed(2)}`;
    console.log(
      `${ok(gap <= 1)} ${o.sizes[k]} leger: vår ${r.oursHard > 0 ? 'UGYLDIG' : r.ours.toFixed(2)}, HiGHS ${r.highsStatus} ${(r.highsMs / 1000).toFixed(1)} s ` +
        `(beste plan ${r.highsObjective === null ? '—' : r.highsObjective.toFixed(2)}, ${bound}); gap ${Number.isNaN(gap) ? '—' : `${gap.toFixed(1)} %`} (mål ≤ 1 %)`,
    );
  });
}
