// `npm run bench [projection|roster|legevakt] [options]`: every section when none is named.
// Projection — the projection's speed against its targets (the issue):
//   1. one municipality's deterministic projection, target < 5 ms;
//   2. 10 000 Monte Carlo runs × 10 years for all 357 municipalities of a synthetic national dataset, target < 10 s
//      on this 2-core machine, with worker threads.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { defaultAssumptions, monteCarlo, project } from '../src/domain/projection/index.ts';
import { sandefjordLikeFacts } from '../src/domain/projection/testing.ts';
import { legevaktBench } from './legevakt.ts';
import { curtoisBench, curtoisOptions } from './roster.ts';

const RUNS = 10_000;
const WORKER = new URL('./mc-worker.ts', import.meta.url).href;
const ok = (good: boolean) => (good ? 'OK  ' : 'OVER');

function deterministic(): void {
  const facts = sandefjordLikeFacts();
  const a = defaultAssumptions(facts);
  for (let i = 0; i < 200; i++) project(facts, a); // warm-up
  const times: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const t = performance.now();
    project(facts, a);
    times.push(performance.now() - t);
  }
  times.sort((x, y) => x - y);
  const median = times[500]!;
  const p99 = times[990]!;
  console.log(`${ok(p99 < 5)} Deterministisk dimensjonering, én kommune (54 hjemler, 11 år): median ${median.toFixed(3)} ms, p99 ${p99.toFixed(3)} ms (mål < 5 ms)`);
  const t = performance.now();
  monteCarlo(facts, a, { runs: 1000, seed: 1 });
  console.log(`     Monte Carlo i API-et, én kommune, 1 000 trekninger × 10 år: ${(performance.now() - t).toFixed(1)} ms (kjøres i forespørselen)`);
}

async function national(): Promise<void> {
  const ref = JSON.parse(readFileSync(new URL('../data/ssb/kommunenummer.json', import.meta.url), 'utf8')) as { municipalities: { nr: string; name: string }[] };
  const all = ref.municipalities.map((m, index) => ({ ...m, index }));
  const threads = Math.max(1, Math.min(availableParallelism(), 8));
  const shares = Array.from({ length: threads }, (_, w) => all.filter((_, i) => i % threads === w));
  const start = performance.now();
  const results = await Promise.all(
    shares.map(
      (municipalities) =>
        new Promise<{ ms: number; count: number; gapP50: number }>((resolve, reject) => {
          // The worker registers tsx itself (as bin/legeplan.js does), then loads the TypeScript worker module.
          const bootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER)}); })`;
          const worker = new Worker(bootstrap, { eval: true, workerData: { municipalities, runs: RUNS } });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    ),
  );
  const seconds = (performance.now() - start) / 1000;
  const runs = all.length * RUNS;
  const gap = results.reduce((s, r) => s + r.gapP50, 0);
  console.log(
    `${ok(seconds < 10)} Monte Carlo, hele landet (syntetisk): ${all.length} kommuner × ${RUNS.toLocaleString('nb-NO')} trekninger × 10 år på ${threads} tråder: ` +
      `${seconds.toFixed(2)} s (mål < 10 s), ${Math.round(runs / seconds).toLocaleString('nb-NO')} trekninger/s`,
  );
  console.log(`     per tråd: ${results.map((r) => `${r.count} kommuner ${(r.ms / 1000).toFixed(2)} s`).join(', ')}; sum medianer gap 2035: ${gap.toFixed(0)} hjemler`);
}

const args = process.argv.slice(2);
/** Flags that take no value (every other flag takes the next argument). */
const SWITCHES = new Set(['--no-mip']);
const sections = args.filter((a, i) => !a.startsWith('--') && !((args[i - 1] ?? '').startsWith('--') && !SWITCHES.has(args[i - 1]!)));
const wants = (name: string) => sections.length === 0 || sections.includes(name);
if (wants('projection')) {
  deterministic();
  await national();
}
const rosterOptions = curtoisOptions(args);
/** `--highs-seconds N`: HiGHS's time on each 4-week legevakt slice (default 60). */
function highsSeconds(list: string[]): number {
  const i = list.indexOf('--highs-seconds');
  return i >= 0 ? Number(list[i + 1]) : 60;
}
if (wants('roster')) await curtoisBench(rosterOptions);
if (wants('legevakt')) await legevaktBench({ seconds: rosterOptions.seconds, seeds: rosterOptions.seeds, threads: rosterOptions.threads, sizes: [50, 60, 70], highsSeconds: highsSeconds(args), mip: rosterOptions.mip });
