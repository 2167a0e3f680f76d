import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Db } from './connection.ts';
import { seedDemoProjection } from './repositories/projection-demo.ts';
import { loadDemoNorms } from './demo-norms.ts';
import { loadDemoTraining } from './demo-training.ts';
import { loadDemoEconomics } from './demo-economics.ts';
import { loadDemoLegevakt } from './demo-legevakt.ts';
import { findKommuneByNr, findUserByUsername } from './repositories/auth.ts';

/** The shape of a demo municipality file in data/demo/. */
export interface DemoMunicipality {
  kommune: { nr: string; name: string };
  asOf: string;
  freeShareTarget: number;
  freePlacesMin: number | null;
  offices: { key: string; name: string; address: string; orgForm: string }[];
  doctors: {
    key: string;
    name: string;
    birthYear: number;
    sex: 'F' | 'M';
    specialistGp: boolean;
    specialistSince: string | null;
    authorisedDate: string;
    inSpecialisation: boolean;
  }[];
  positions: {
    key: string;
    code: string;
    officeKey: string;
    orgForm: string;
    listCap: number;
    status: string;
    sharedList: boolean;
    doctors: { doctorKey: string; from: string; to: string | null; role: string }[];
  }[];
  snapshots: { positionKey: string; month: string; listLength: number; listCap: number; waitingList: number }[];
  monthly: { month: string; population: number; listedElsewhere: number; listedNonResidents: number }[];
  users: { username: string; displayName: string; password: string; role: string; doctorKey: string | null }[];
}

const demoDir = fileURLToPath(new URL('../../data/demo/', import.meta.url));

/** Reads every demo municipality shipped in data/demo/. */
export async function readDemoFiles(): Promise<DemoMunicipality[]> {
  const files = (await readdir(demoDir)).filter((f) => f.endsWith('.json')).sort();
  return Promise.all(files.map(async (f) => JSON.parse(await readFile(demoDir + f, 'utf8')) as DemoMunicipality));
}

function must<T>(map: Map<string, T>, key: string, what: string): T {
  const v = map.get(key);
  if (v === undefined) throw new Error(`Demo data: unknown ${what} ${key}`);
  return v;
}

/** Loads one demo municipality in a single transaction; returns its kommune id. */
export async function loadDemoMunicipality(
  db: Db,
  demo: DemoMunicipality,
  hashPassword: (plain: string) => Promise<string>,
): Promise<number> {
  const hashes = await Promise.all(demo.users.map((u) => hashPassword(u.password)));
  return db.transaction(async (tx) => {
    const [k] = await tx.query<{ id: number }>(`INSERT INTO kommune (nr, name) VALUES ($1, $2) RETURNING id`, [demo.kommune.nr, demo.kommune.name]);
    const kommuneId = k!.id;
    await tx.query(`INSERT INTO capacity_target (kommune_id, valid_from, free_share_target, free_places_min) VALUES ($1, $2, $3, $4)`, [
      kommuneId,
      '2000-01-01',
      demo.freeShareTarget,
      demo.freePlacesMin,
    ]);
    const offices = new Map<string, number>();
    for (const o of demo.offices) {
      const [r] = await tx.query<{ id: number }>(
        `INSERT INTO office (kommune_id, name, address, org_form) VALUES ($1, $2, $3, $4) RETURNING id`,
        [kommuneId, o.name, o.address, o.orgForm],
      );
      offices.set(o.key, r!.id);
    }
    const doctors = new Map<string, number>();
    for (const d of demo.doctors) {
      const [r] = await tx.query<{ id: number }>(
        `INSERT INTO doctor (kommune_id, name, birth_year, sex, specialist_gp, specialist_since, authorised_date, in_specialisation)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [kommuneId, d.name, d.birthYear, d.sex, d.specialistGp, d.specialistSince, d.authorisedDate, d.inSpecialisation],
      );
      doctors.set(d.key, r!.id);
    }
    const positions = new Map<string, number>();
    for (const p of demo.positions) {
      const [r] = await tx.query<{ id: number }>(
        `INSERT INTO gp_position (kommune_id, office_id, code, org_form, list_cap, status, shared_list)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [kommuneId, must(offices, p.officeKey, 'office'), p.code, p.orgForm, p.listCap, p.status, p.sharedList],
      );
      positions.set(p.key, r!.id);
      for (const link of p.doctors) {
        await tx.query(
          `INSERT INTO position_doctor (kommune_id, position_id, doctor_id, role, from_date, to_date) VALUES ($1, $2, $3, $4, $5, $6)`,
          [kommuneId, r!.id, must(doctors, link.doctorKey, 'doctor'), link.role, link.from, link.to],
        );
      }
    }
    for (const s of demo.snapshots) {
      await tx.query(
        `INSERT INTO list_snapshot (kommune_id, position_id, month, list_length, list_cap, waiting_list) VALUES ($1, $2, $3, $4, $5, $6)`,
        [kommuneId, must(positions, s.positionKey, 'position'), s.month, s.listLength, s.listCap, s.waitingList],
      );
    }
    for (const m of demo.monthly) {
      await tx.query(
        `INSERT INTO kommune_month (kommune_id, month, population, listed_elsewhere, listed_non_residents) VALUES ($1, $2, $3, $4, $5)`,
        [kommuneId, m.month, m.population, m.listedElsewhere, m.listedNonResidents],
      );
    }
    for (const [i, u] of demo.users.entries()) {
      await tx.query(
        `INSERT INTO app_user (kommune_id, username, display_name, password_hash, role, doctor_id) VALUES ($1, $2, $3, $4, $5, $6)`,
        [kommuneId, u.username, u.displayName, hashes[i], u.role, u.doctorKey === null ? null : must(doctors, u.doctorKey, 'doctor')],
      );
    }
    await loadDemoNorms(tx, kommuneId, demo.kommune.nr, doctors);
    await loadDemoTraining(tx, kommuneId, demo.kommune.nr, { doctors, offices });
    await loadDemoEconomics(tx, kommuneId, demo.kommune.nr);
    await loadDemoLegevakt(tx, kommuneId, demo.kommune.nr, doctors);
    return kommuneId;
  });
}

/**
 * When the demo municipalities are loaded: `load` when asked for (`--demo`, `LEGEPLAN_DEMO=1`), `if-empty` on the
 * embedded database (its first start shows everything at once), `never` otherwise — a real installation on a
 * PostgreSQL server starts clean, and `LEGEPLAN_DEMO=0` keeps an embedded one clean too.
 */
export type DemoMode = 'load' | 'if-empty' | 'never';

/** Reads the demo choice from the command line and environment once, at start-up. */
export function demoModeFromConfig(config: { argv: readonly string[]; env: NodeJS.ProcessEnv; embedded: boolean }): DemoMode {
  if (config.argv.includes('--demo') || config.env.LEGEPLAN_DEMO === '1') return 'load';
  if (config.env.LEGEPLAN_DEMO === '0') return 'never';
  return config.embedded ? 'if-empty' : 'never';
}

/** Loads the demo municipalities the mode calls for (skipping any whose number is taken); returns those loaded. */
export async function seedDemo(db: Db, mode: DemoMode, hashPassword: (plain: string) => Promise<string>): Promise<DemoMunicipality[]> {
  if (mode === 'never') return [];
  if (mode === 'if-empty') {
    const [row] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM kommune`);
    if ((row?.n ?? 0) > 0) return [];
  }
  const loaded: DemoMunicipality[] = [];
  for (const demo of await readDemoFiles()) {
    if (await findKommuneByNr(db, demo.kommune.nr)) continue;
    const kommuneId = await loadDemoMunicipality(db, demo, hashPassword);
    await seedDemoProjection(db, kommuneId, new Date().toISOString());
    loaded.push(demo);
  }
  return loaded;
}

/** Loads all demo municipalities when the database has none (the embedded first start; tests). */
export function seedDemoIfEmpty(db: Db, hashPassword: (plain: string) => Promise<string>): Promise<DemoMunicipality[]> {
  return seedDemo(db, 'if-empty', hashPassword);
}

/**
 * The demo municipalities whose published password still opens their first account: only these logins may be
 * printed. A database without the demo, or whose demo passwords were changed, prints none.
 */
export async function demoLoginsInUse(db: Db, verifyPassword: (hash: string, plain: string) => Promise<boolean>): Promise<DemoMunicipality[]> {
  const inUse: DemoMunicipality[] = [];
  for (const demo of await readDemoFiles()) {
    const first = demo.users[0];
    const kommune = await findKommuneByNr(db, demo.kommune.nr);
    const user = first && kommune ? await findUserByUsername(db, first.username) : null;
    if (user && user.passwordHash !== null && user.kommuneId === kommune!.id && (await verifyPassword(user.passwordHash, first!.password))) inUse.push(demo);
  }
  return inUse;
}
