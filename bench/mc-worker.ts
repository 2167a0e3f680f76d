// A benchmark worker: builds its share of the synthetic municipalities and runs the Monte Carlo for each.
import { parentPort, workerData } from 'node:worker_threads';
import { defaultAssumptions, monteCarlo } from '../src/domain/projection/index.ts';
import { syntheticMunicipality } from './national.ts';

interface Job {
  municipalities: { nr: string; name: string; index: number }[];
  runs: number;
}

const job = workerData as Job;
const start = performance.now();
let gapP50 = 0;
for (const m of job.municipalities) {
  const facts = syntheticMunicipality(m.nr, m.name, m.index);
  const result = monteCarlo(facts, defaultAssumptions(facts), { runs: job.runs, seed: m.index + 1 });
  gapP50 += result.years.at(-1)!.gap.p50;
}
parentPort!.postMessage({ ms: performance.now() - start, count: job.municipalities.length, gapP50 });
