import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Queryable } from './connection.ts';
import { insert } from './demo-norms.ts';
import { ECONOMICS_ENTITIES } from './repositories/economics-entities.ts';

/** The shape of data/demo/economics/<kommune-nr>.json: packages of costed measures and the plan's goals (money in øre). */
export interface DemoEconomics {
  kommuneNr: string;
  about: string;
  packages: { name: string; startDate: string; description: string; measures: Record<string, unknown>[] }[];
  goals: Record<string, unknown>[];
}

const dir = fileURLToPath(new URL('../../data/demo/economics/', import.meta.url));

/** Reads the demo economics file of a municipality, or null when there is none. */
export async function readDemoEconomics(kommuneNr: string): Promise<DemoEconomics | null> {
  try {
    return JSON.parse(await readFile(`${dir}${kommuneNr}.json`, 'utf8')) as DemoEconomics;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

/** Loads a demo municipality's packages, measures and goals (inside the demo loader's transaction), through the API's contracts. */
export async function loadDemoEconomics(tx: Queryable, kommuneId: number, kommuneNr: string): Promise<void> {
  const demo = await readDemoEconomics(kommuneNr);
  if (!demo) return;
  const e = ECONOMICS_ENTITIES;
  for (const { measures, ...pkg } of demo.packages) {
    const packageId = await insert(tx, e['measure-packages'], kommuneId, pkg);
    for (const [i, m] of measures.entries()) await insert(tx, e.measures, kommuneId, { ...m, packageId, sortOrder: i + 1 });
  }
  for (const goal of demo.goals) await insert(tx, e['plan-goals'], kommuneId, goal);
}
