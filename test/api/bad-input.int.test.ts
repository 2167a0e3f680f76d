import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import fc from 'fast-check';
import { describeOnBothDatabases } from '../helpers/db.ts';
import { login, makeKommune, testApp, TEST_PASSWORD } from '../helpers/app.ts';
import { buildSmallRegistry } from '../helpers/fixtures.ts';
import { dbFingerprint } from '../helpers/fingerprint.ts';

const WRITE_METHODS = new Set(['POST', 'PUT', 'DELETE']);

/** Random JSON, plus near-valid bodies: a plausible record with one field swapped for junk. */
const junk = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.anything(), { maxLength: 3 }), fc.object());
const plausible = fc.record({
  name: fc.string(),
  address: fc.string(),
  orgForm: fc.constantFrom('private', 'self_employed', 'municipal', 'x'),
  officeId: fc.oneof(fc.integer(), fc.string()),
  code: fc.string(),
  listCap: fc.oneof(fc.integer({ min: -10, max: 10_000 }), fc.double()),
  status: fc.constantFrom('active', 'vacant', 'nope'),
  sharedList: fc.oneof(fc.boolean(), fc.string()),
  month: fc.oneof(fc.constantFrom('2026-11-01', '2026-13-01', '2026-11-15', ''), fc.string()),
  version: fc.oneof(fc.integer(), fc.string()),
  fileName: fc.string(),
  contentBase64: fc.oneof(fc.base64String(), fc.string()),
  username: fc.string(),
  password: fc.string(),
});
/** A username as people and scripts mistype it: surrounding whitespace (any kind trim() drops), any letters upper case. */
const usernameVariant = (name: string) =>
  fc
    .tuple(
      fc.array(fc.constantFrom(' ', '\t', '\n', '\r', '\u00a0', '\u2003', '\ufeff'), { maxLength: 3 }).map((a) => a.join('')),
      fc.array(fc.boolean(), { minLength: name.length, maxLength: name.length }),
      fc.array(fc.constantFrom(' ', '\t', '\n', '\u00a0'), { maxLength: 3 }).map((a) => a.join('')),
    )
    .map(([before, upper, after]) => before + [...name].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join('') + after);
const body = fc.oneof(fc.anything(), plausible, fc.tuple(plausible, fc.string(), junk).map(([p, k, v]) => ({ ...p, [k]: v })));

describeOnBothDatabases('bad input on every write route', (getDb) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await testApp(getDb());
  });
  afterAll(async () => {
    await app.close();
  });

  it('answers random bodies with 4xx and a machine-readable error (never 500), and a refused request changes nothing', async () => {
    const k = await makeKommune(getDb());
    const planner = await login(app, k.users.planner);
    // The fingerprint does see a change (else "changes nothing" below could never fail).
    const empty = await dbFingerprint(getDb());
    const reg = await buildSmallRegistry(planner);
    expect(await dbFingerprint(getDb())).not.toBe(empty);
    const routes = app.routeTable.filter((r) => WRITE_METHODS.has(r.method) && r.url !== '/api/auth/logout');
    expect(routes.length).toBeGreaterThan(10);
    for (const route of routes) {
      const url = route.url.replace(':id', String(reg.positionIds[0]));
      await fc.assert(
        fc.asyncProperty(body, fc.constantFrom('', '?version=1', '?version=x'), async (payload, query) => {
          const before = await dbFingerprint(getDb());
          const res = await planner.request({
            method: route.method as 'POST',
            url: url + (route.method === 'DELETE' ? query : ''),
            payload: JSON.stringify(payload) ?? 'null',
            headers: { 'content-type': 'application/json' },
          });
          expect(res.statusCode, `${route.method} ${url} ${res.body}`).toBeLessThan(500);
          if (res.statusCode >= 400) {
            const err = res.json().error;
            expect(typeof err.code).toBe('string');
            expect(typeof err.message).toBe('string');
            expect(Array.isArray(err.fields)).toBe(true);
            expect(await dbFingerprint(getDb())).toBe(before);
          }
        }),
        { numRuns: 25, seed: 20261123 },
      );
    }
  }, 600_000);

  it('treats every whitespace and case variant of a username as that user: same login, same answers, one budget of tries', async () => {
    const limited = await testApp(getDb(), { loginMax: 3 });
    try {
      const k = await makeKommune(getDb());
      const users = (await (await login(limited, k.users.admin)).get('/api/users')).json().items as { id: number; username: string }[];
      const byName = new Map(users.map((u) => [u.username, u.id]));
      const names = fc.constantFrom(k.users.planner, k.users.readonly, k.users.doctor);
      // Right password: any variant signs in as the very user (each from its own address: the limiter counts successes too).
      let ip = 0;
      await fc.assert(
        fc.asyncProperty(names.chain((n) => fc.tuple(fc.constant(n), usernameVariant(n))), async ([name, variant]) => {
          const res = await limited.inject({ method: 'POST', url: '/api/auth/login', payload: { username: variant, password: TEST_PASSWORD }, remoteAddress: `10.9.0.${++ip}` });
          expect(res.statusCode, JSON.stringify(variant)).toBe(200);
          expect(res.json().user.id).toBe(byName.get(name));
        }),
        { numRuns: 30, seed: 20261207 },
      );
      // Wrong password from one address: the fourth try under any mix of variants meets the limit.
      await fc.assert(
        fc.asyncProperty(fc.array(usernameVariant(k.users.planner), { minLength: 4, maxLength: 4 }), async (variants) => {
          const from = `10.8.${Math.floor(++ip / 250)}.${ip % 250}`;
          // Only the per-IP limiter is under test here: the account's own backoff starts afresh each run.
          await getDb().query(`DELETE FROM login_failure WHERE username_key = $1`, [k.users.planner]);
          const statuses = [];
          for (const username of variants) {
            statuses.push((await limited.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: 'feil-passord' }, remoteAddress: from })).statusCode);
          }
          expect(statuses, JSON.stringify(variants)).toEqual([401, 401, 401, 429]);
        }),
        { numRuns: 15, seed: 20261208 },
      );
    } finally {
      await limited.close();
    }
  }, 300_000);
});
