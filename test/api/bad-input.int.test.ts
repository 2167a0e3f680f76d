import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import fc from 'fast-check';
import { describeOnBothDatabases } from '../helpers/db.ts';
import { login, makeKommune, testApp } from '../helpers/app.ts';
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
});
