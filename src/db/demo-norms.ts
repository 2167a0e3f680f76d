import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Queryable } from './connection.ts';
import type { EntityDef } from './entity-def.ts';
import { NORM_ENTITIES } from './repositories/norms-entities.ts';
import { installDefaultNorm } from './repositories/norms-versions.ts';

/** The shape of data/demo/norms/<kommune-nr>.json: a demo municipality's institutions, doctors and municipal tasks. */
export interface DemoNorms {
  kommuneNr: string;
  about: string;
  institutions: {
    key: string;
    name: string;
    institutionType: string;
    owner: string;
    note: string;
    units: {
      name: string;
      avgStayDays: number | null;
      places: { placeKind: string; places: number; occupancy: number }[];
      changes?: { placeKind: string; change: number; effectiveDate: string; note: string }[];
    }[];
  }[];
  doctors: { key: string; name: string; specialty: string; inSpecialisation: boolean; serves: { institutionKey: string; fte: number }[] }[];
  allocations: Record<string, unknown>[];
  gpTasks: (Record<string, unknown> & { doctorKey: string })[];
  ohdRequests: Record<string, unknown>[];
}

const normsDir = fileURLToPath(new URL('../../data/demo/norms/', import.meta.url));

/** Reads the demo norms file of a municipality, or null when there is none. */
export async function readDemoNorms(kommuneNr: string): Promise<DemoNorms | null> {
  try {
    return JSON.parse(await readFile(`${normsDir}${kommuneNr}.json`, 'utf8')) as DemoNorms;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

// Demo rows pass the same contract as the API's, so the demo can never hold what a user could not enter.
export async function insert(tx: Queryable, def: EntityDef, kommuneId: number, input: Record<string, unknown>): Promise<number> {
  const parsed = def.input.parse(input) as Record<string, unknown>;
  const entries = Object.entries(def.columns);
  const [row] = await tx.query<{ id: number }>(
    `INSERT INTO ${def.table} (kommune_id, ${entries.map(([, col]) => col).join(', ')})
     VALUES ($1, ${entries.map((_, i) => `$${i + 2}`).join(', ')}) RETURNING id`,
    [kommuneId, ...entries.map(([api]) => parsed[api] ?? null)],
  );
  return row!.id;
}

export function must<T>(map: ReadonlyMap<string, T>, key: string, what: string): T {
  const v = map.get(key);
  if (v === undefined) throw new Error(`Demo norms: unknown ${what} ${key}`);
  return v;
}

/** Loads a demo norms file into a municipality (inside the demo loader's transaction). */
export async function loadDemoNormsFile(tx: Queryable, kommuneId: number, demo: DemoNorms, gpIds: ReadonlyMap<string, number>): Promise<void> {
  const e = NORM_ENTITIES;
  const institutions = new Map<string, number>();
  for (const inst of demo.institutions) {
    const { key, units, ...fields } = inst;
    const institutionId = await insert(tx, e.institutions, kommuneId, fields);
    institutions.set(key, institutionId);
    for (const { places, changes, ...unit } of units) {
      const unitId = await insert(tx, e['institution-units'], kommuneId, { ...unit, institutionId });
      for (const p of places) await insert(tx, e['unit-places'], kommuneId, { ...p, unitId });
      for (const c of changes ?? []) await insert(tx, e['place-changes'], kommuneId, { ...c, unitId });
    }
  }
  for (const d of demo.doctors) {
    const institutionDoctorId = await insert(tx, e['institution-doctors'], kommuneId, { name: d.name, specialty: d.specialty, inSpecialisation: d.inSpecialisation });
    for (const s of d.serves) {
      await insert(tx, e['institution-staffing'], kommuneId, { institutionDoctorId, institutionId: must(institutions, s.institutionKey, 'institution'), fte: s.fte });
    }
  }
  for (const a of demo.allocations) await insert(tx, e['doctor-allocations'], kommuneId, a);
  for (const { doctorKey, ...t } of demo.gpTasks) await insert(tx, e['gp-tasks'], kommuneId, { ...t, doctorId: must(gpIds, doctorKey, 'doctor') });
  for (const r of demo.ohdRequests) await insert(tx, e['ohd-requests'], kommuneId, r);
}

/**
 * The staffing-norm part of a demo municipality: the shipped Nfas 2020 norm (every municipality gets it), then
 * data/demo/norms/<nr>.json when there is one. `gpIds` maps the demo's doctor keys to their ids.
 */
export async function loadDemoNorms(tx: Queryable, kommuneId: number, kommuneNr: string, gpIds: ReadonlyMap<string, number>): Promise<void> {
  await installDefaultNorm(tx, kommuneId);
  const demo = await readDemoNorms(kommuneNr);
  if (demo) await loadDemoNormsFile(tx, kommuneId, demo, gpIds);
}
