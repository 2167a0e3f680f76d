import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { randomBytes } from 'node:crypto';
import type { Database, Db } from '../../src/db/connection.ts';
import { createApp } from '../../src/server/app.ts';
import { hashPassword } from '../../src/server/auth/password.ts';

export const TEST_NOW = new Date('2026-11-23T12:00:00Z');
export const TEST_PASSWORD = 'riktig-passord-123';

/**
 * The app on a test database at TEST_NOW (or the given clock). Admins need no second factor here unless a test asks
 * (`adminSecondFactor: 'required'`, the production default): the other areas' tests sign admins in by password.
 */
export async function testApp(
  db: Database,
  opts: { loginMax?: number; clock?: () => Date; adminSecondFactor?: 'required' | 'optional'; sessionTimeouts?: { idleMinutes: number; absoluteHours: number } } = {},
): Promise<FastifyInstance> {
  return createApp({
    db,
    clock: opts.clock ?? (() => TEST_NOW),
    loginRateLimit: { max: opts.loginMax ?? 1000, timeWindowMs: 60_000 },
    adminSecondFactor: opts.adminSecondFactor ?? 'optional',
    ...(opts.sessionTimeouts ? { sessionTimeouts: opts.sessionTimeouts } : {}),
  });
}

let hashed: Promise<string> | undefined;
let counter = 0;
const fileOffset = Number.parseInt(randomBytes(2).toString('hex'), 16);

/** Creates a municipality with one user per role; each test makes its own, so tests never share rows. */
export async function makeKommune(db: Db): Promise<{ id: number; nr: string; users: Record<'admin' | 'planner' | 'doctor' | 'readonly', string> }> {
  hashed ??= hashPassword(TEST_PASSWORD);
  const hash = await hashed;
  // Municipality numbers are unique: a random start per file plus a counter never collides within a database.
  const nr = String(1000 + ((fileOffset + counter++) % 8999));
  const tag = randomBytes(4).toString('hex');
  const [k] = await db.query<{ id: number }>(`INSERT INTO kommune (nr, name) VALUES ($1, $2) RETURNING id`, [
    nr.padStart(4, '0'),
    `Testkommune ${tag}`,
  ]);
  const [d] = await db.query<{ id: number }>(
    `INSERT INTO doctor (kommune_id, name, birth_year, sex, specialist_gp, specialist_since, authorised_date, in_specialisation)
     VALUES ($1, 'Testlege (syntetisk)', 1975, 'F', true, '2010-01-01', '2001-06-01', false) RETURNING id`,
    [k!.id],
  );
  const users = {} as Record<'admin' | 'planner' | 'doctor' | 'readonly', string>;
  for (const role of ['admin', 'planner', 'doctor', 'readonly'] as const) {
    const username = `${role}-${tag}`;
    await db.query(
      `INSERT INTO app_user (kommune_id, username, display_name, password_hash, role, doctor_id) VALUES ($1, $2, $3, $4, $5, $6)`,
      [k!.id, username, `${role} ${tag}`, hash, role, role === 'doctor' ? d!.id : null],
    );
    users[role] = username;
  }
  return { id: k!.id, nr, users };
}

/** A signed-in client: carries the session cookie and the CSRF header on every call. */
export interface Client {
  request(opts: InjectOptions): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
}

export async function login(app: FastifyInstance, username: string, password = TEST_PASSWORD): Promise<Client> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'lp_session');
  const { csrfToken } = res.json() as { csrfToken: string };
  const request = (opts: InjectOptions) =>
    app.inject({ ...opts, cookies: { lp_session: cookie!.value }, headers: { 'x-csrf-token': csrfToken, ...(opts.headers ?? {}) } });
  return {
    request,
    get: (url) => request({ method: 'GET', url }),
    post: (url, payload) => request({ method: 'POST', url, payload: payload as InjectOptions['payload'] }),
    put: (url, payload) => request({ method: 'PUT', url, payload: payload as InjectOptions['payload'] }),
    delete: (url) => request({ method: 'DELETE', url }),
  };
}
