// Runs jobs in worker threads, at most `threads` at a time; each worker registers tsx and loads a TypeScript module.
import { Worker } from 'node:worker_threads';

/** Runs one job in a fresh worker and resolves with the worker's one message. */
export function runInWorker<T>(moduleUrl: string, data: unknown): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const bootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(moduleUrl)}); })`;
    const worker = new Worker(bootstrap, { eval: true, workerData: data });
    worker.once('message', (m: T) => {
      resolve(m);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

/** Runs all jobs with at most `threads` workers at once, results in job order. */
export async function pool<J, T>(jobs: J[], threads: number, run: (job: J) => Promise<T>): Promise<T[]> {
  const results = new Array<T>(jobs.length);
  let next = 0;
  const lane = async () => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await run(jobs[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(threads, jobs.length) }, lane));
  return results;
}
