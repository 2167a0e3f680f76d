import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import fc from 'fast-check';
import { describeOnBothDatabases } from '../helpers/db.ts';
import { login, makeKommune, testApp, TEST_PASSWORD } from '../helpers/app.ts';
import { buildSmallRegistry } from '../helpers/fixtures.ts';
import { dbFingerprint } from '../helpers/fingerprint.ts';

const WRITE_METHODS = new Set(['POST', 'PUT', 'DELETE']);

/** Characters PostgreSQL or the Office files cannot hold: control characters (NUL first), lone surrogates, U+FFFE/U+FFFF. */
const unsafeChar = fc.oneof(
  fc.constant('\u0000'),
  fc.integer({ min: 0, max: 0x1f }).filter((c) => ![9, 10, 13].includes(c)).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)),
  fc.constantFrom('\uFFFE', '\uFFFF'),
);
const withUnsafe = fc.tuple(fc.string(), unsafeChar, fc.string()).map(([a, c, b]) => a + c + b);
/** Text as an attacker types it: any code point, an unsafe character somewhere, or very long. */
const nasty = fc.oneof(fc.string({ unit: 'binary' }), withUnsafe, fc.integer({ min: 1_000, max: 20_000 }).map((n) => 'æ'.repeat(n)));

/** Random JSON, plus near-valid bodies: a plausible record with one field swapped for junk. */
const junk = fc.oneof(nasty, fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.anything(), { maxLength: 3 }), fc.object());
const plausible = fc.record({
  name: nasty,
  address: nasty,
  orgForm: fc.constantFrom('private', 'self_employed', 'municipal', 'x'),
  officeId: fc.oneof(fc.integer(), fc.string()),
  code: nasty,
  listCap: fc.oneof(fc.integer({ min: -10, max: 10_000 }), fc.double()),
  status: fc.constantFrom('active', 'vacant', 'nope'),
  sharedList: fc.oneof(fc.boolean(), fc.string()),
  month: fc.oneof(fc.constantFrom('2026-11-01', '2026-13-01', '2026-11-15', ''), fc.string()),
  version: fc.oneof(fc.integer(), fc.string()),
  fileName: nasty,
  contentBase64: fc.oneof(fc.base64String(), fc.string()),
  username: nasty,
  password: nasty,
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

/** Valid bodies (unique by n) of routes that store text, so a nasty string in one of their text fields reaches the database. */
const VALID_BODIES: { url: string; body: (n: number) => Record<string, unknown>; text: string[] }[] = [
  { url: '/api/registry/offices', body: (n) => ({ name: `Legesenter ${n}`, address: 'Veien 1', orgForm: 'private' }), text: ['name', 'address'] },
  {
    url: '/api/registry/doctors',
    body: (n) => ({ name: `Lege ${n} (syntetisk)`, birthYear: 1970, sex: 'F', specialistGp: true, specialistSince: '2010-01-01', authorisedDate: '2000-01-01', inSpecialisation: false }),
    text: ['name'],
  },
];
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
    // Logging out (either way) ends the session the rest of the run needs.
    const routes = app.routeTable.filter((r) => WRITE_METHODS.has(r.method) && r.url !== '/api/auth/logout' && r.url !== '/api/auth/oidc/logout');
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
  it('refuses NUL, control characters and lone surrogates in any field of every write route with 400 naming the field', async () => {
    const k = await makeKommune(getDb());
    const planner = await login(app, k.users.planner);
    const reg = await buildSmallRegistry(planner);
    const routes = app.routeTable.filter((r) => WRITE_METHODS.has(r.method) && r.url !== '/api/auth/logout');
    const placed = fc.oneof(
      fc.tuple(fc.object(), fc.stringMatching(/^[a-z]{1,12}$/), withUnsafe).map(([o, key, bad]) => ({ body: { ...o, [key]: bad }, path: key })),
      fc.tuple(fc.stringMatching(/^[a-z]{1,12}$/), withUnsafe).map(([key, bad]) => ({ body: { items: [{ [key]: bad }] }, path: `items.0.${key}` })),
    );
    for (const route of routes) {
      const url = route.url.replace(':id', String(reg.positionIds[0]));
      await fc.assert(
        fc.asyncProperty(placed, async ({ body, path }) => {
          const before = await dbFingerprint(getDb());
          const res = await planner.request({ method: route.method as 'POST', url, payload: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
          expect(res.statusCode, `${route.method} ${url} ${res.body}`).toBe(400);
          const err = res.json().error;
          expect(err.code).toBe('validation_failed');
          expect(err.fields, `${route.method} ${url}`).toContainEqual({ path, message: expect.stringContaining('Inneholder et tegn som ikke kan lagres') });
          expect(await dbFingerprint(getDb())).toBe(before);
        }),
        { numRuns: 4, seed: 20261207 },
      );
    }
    // The query string too: an audit filter with NUL would reach PostgreSQL.
    const audit = await planner.get('/api/audit?entity=%00');
    expect(audit.statusCode, audit.body).toBe(400);
  }, 600_000);

  it('a nasty string in a text field of a valid body is stored as typed or refused with 400, never 500', async () => {
    const k = await makeKommune(getDb());
    const planner = await login(app, k.users.planner);
    let n = 0;
    for (const { url, body, text } of VALID_BODIES) {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...text), nasty, async (field, value) => {
          const res = await planner.post(url, { ...body(n++), [field]: value });
          expect(res.statusCode, `${url} ${field} ${res.body.slice(0, 300)}`).toBeLessThan(500);
          if (res.statusCode === 201) expect(res.json()[field]).toBe(value.trim());
          else expect(res.json().error.fields.map((f: { path: string }) => f.path)).toContain(field);
        }),
        { numRuns: 40, seed: 20261207 },
      );
    }
  }, 600_000);
});
