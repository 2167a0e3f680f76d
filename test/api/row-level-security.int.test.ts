import { expect, it } from 'vitest';
import Fastify from 'fastify';
import { describeOnBothDatabases } from '../helpers/db.ts';
import { makeKommune } from '../helpers/app.ts';
import { requestDb } from '../../src/db/request-scope.ts';
import { scopeRequests } from '../../src/server/context.ts';

// The second wall of tenancy (issue 13 item 3): whatever SQL a scoped handle runs, row-level security limits it to
// its municipality. Each query below deliberately forgets the `kommune_id` clause the repositories write.
describeOnBothDatabases('row-level security on every tenant table', (getDb) => {
  it('covers every table with kommune_id: enabled, forced, one policy on the current municipality for reads and writes', async () => {
    const tables = await getDb().query<{ table: string; enabled: boolean; forced: boolean; using: string | null; check: string | null }>(
      `SELECT c.relname AS table, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced, p.qual AS using, p.with_check AS check
         FROM pg_class c
         JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
         JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'kommune_id' AND NOT a.attisdropped
         LEFT JOIN pg_policies p ON p.schemaname = 'public' AND p.tablename = c.relname
        WHERE c.relkind = 'r'
        ORDER BY c.relname`,
    );
    expect(tables.length).toBeGreaterThanOrEqual(49);
    expect(tables.map((t) => t.table)).toContain('doctor');
    const tenantRule = /^\(kommune_id = \(current_setting\('legeplan\.kommune_id'::text\)\)::integer\)$/;
    const wrong = tables.filter((t) => !t.enabled || !t.forced || !tenantRule.test(t.using ?? '') || !tenantRule.test(t.check ?? ''));
    expect(wrong).toEqual([]);
    // One policy per table: a second, permissive one would widen what the first allows.
    expect(new Set(tables.map((t) => t.table)).size).toBe(tables.length);
  });

  it('the app runs as a role that cannot bypass the policies', async () => {
    const [role] = await getDb().query<{ rolsuper: boolean; rolbypassrls: boolean; rolcanlogin: boolean }>(
      `SELECT rolsuper, rolbypassrls, rolcanlogin FROM pg_roles WHERE rolname = 'legeplan_app'`,
    );
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false, rolcanlogin: false });
    const a = await makeKommune(getDb());
    const scoped = getDb().withScope({ kommuneId: a.id });
    expect(await scoped.query(`SELECT current_user AS "user", current_setting('legeplan.kommune_id') AS kommune`)).toEqual([{ user: 'legeplan_app', kommune: String(a.id) }]);
    expect(await scoped.transaction((tx) => tx.query(`SELECT current_user AS "user", current_setting('legeplan.kommune_id') AS kommune`))).toEqual([
      { user: 'legeplan_app', kommune: String(a.id) },
    ]);
    // Scoped use leaves the unscoped path as it was.
    expect(await getDb().query(`SELECT current_user AS "user"`)).toEqual([{ user: 'postgres' }]);
  });

  it('a query without the kommune_id clause returns only the current municipality’s rows, in and out of a transaction', async () => {
    const a = await makeKommune(getDb());
    const b = await makeKommune(getDb());
    const all = await getDb().query<{ kommune_id: number }>(`SELECT kommune_id FROM doctor WHERE kommune_id IN ($1, $2)`, [a.id, b.id]);
    expect(new Set(all.map((r) => r.kommune_id))).toEqual(new Set([a.id, b.id]));

    const inA = getDb().withScope({ kommuneId: a.id });
    const doctors = await inA.query<{ kommune_id: number }>(`SELECT * FROM doctor`);
    expect(doctors.length).toBeGreaterThan(0);
    expect(doctors.every((d) => d.kommune_id === a.id)).toBe(true);
    const users = await inA.transaction((tx) => tx.query<{ kommune_id: number; username: string }>(`SELECT kommune_id, username FROM app_user`));
    expect(users.map((u) => u.username).sort()).toEqual(Object.values(a.users).sort());
    // Another municipality's row is not there even when asked for by its id.
    expect(await inA.query(`SELECT id FROM app_user WHERE username = $1`, [b.users.admin])).toEqual([]);
  });

  it('a write with another municipality’s kommune_id is refused, and another municipality’s rows cannot be changed', async () => {
    const a = await makeKommune(getDb());
    const b = await makeKommune(getDb());
    const inA = getDb().withScope({ kommuneId: a.id });
    const insert = `INSERT INTO office (kommune_id, name, address, org_form) VALUES ($1, $2, 'Storgata 1', 'municipal')`;
    await expect(inA.query(insert, [b.id, 'Fremmed kontor'])).rejects.toThrow(/row-level security/);
    await expect(inA.transaction((tx) => tx.query(insert, [b.id, 'Fremmed kontor']))).rejects.toThrow(/row-level security/);
    expect(await getDb().query(`SELECT id FROM office WHERE kommune_id = $1`, [b.id])).toEqual([]);

    await inA.query(insert, [a.id, 'Eget kontor']);
    // Moving an own row to another municipality is refused; another municipality's rows are out of reach.
    await expect(inA.query(`UPDATE office SET kommune_id = $1`, [b.id])).rejects.toThrow(/row-level security/);
    const [bDoctor] = await getDb().query<{ id: number; name: string }>(`SELECT id, name FROM doctor WHERE kommune_id = $1`, [b.id]);
    expect(await inA.query(`UPDATE doctor SET name = 'Endret' WHERE id = $1 RETURNING id`, [bDoctor!.id])).toEqual([]);
    expect(await inA.query(`DELETE FROM app_user WHERE kommune_id = $1 RETURNING id`, [b.id])).toEqual([]);
    expect(await getDb().query(`SELECT name FROM doctor WHERE id = $1`, [bDoctor!.id])).toEqual([{ name: bDoctor!.name }]);
    expect(await getDb().query<{ n: number }>(`SELECT count(*)::int AS n FROM app_user WHERE kommune_id = $1`, [b.id])).toEqual([{ n: 4 }]);
  });

  it('work across municipalities needs the unscoped path', async () => {
    const a = await makeKommune(getDb());
    const b = await makeKommune(getDb());
    const count = `SELECT count(DISTINCT kommune_id)::int AS n FROM app_user WHERE kommune_id IN (${a.id}, ${b.id})`;
    expect(await getDb().withScope({ kommuneId: a.id }).query(count)).toEqual([{ n: 1 }]);
    expect(await getDb().query(count)).toEqual([{ n: 2 }]);
    // The server's handle outside a signed-in request has no municipality and refuses rather than guesses.
    const db = requestDb(getDb());
    await expect(db.query(count)).rejects.toThrow(/No municipality scope/);
    await expect(db.transaction((tx) => tx.query(count))).rejects.toThrow(/No municipality scope/);
    expect(await db.unscoped.query(count)).toEqual([{ n: 2 }]);
    // Reference data without kommune_id stays readable in a scope.
    expect(await getDb().withScope({ kommuneId: a.id }).query(`SELECT count(*)::int AS n FROM kommune WHERE id IN ($1, $2)`, [a.id, b.id])).toEqual([{ n: 2 }]);
  });

  it('concurrent scoped queries of two municipalities never see each other’s rows', async () => {
    const a = await makeKommune(getDb());
    const b = await makeKommune(getDb());
    const scopes = Array.from({ length: 24 }, (_, i) => (i % 2 === 0 ? a.id : b.id));
    const seen = await Promise.all(
      scopes.map(async (kommuneId, i) => {
        const scoped = getDb().withScope({ kommuneId });
        const rows = i % 3 === 0 ? await scoped.transaction((tx) => tx.query<{ kommune_id: number }>(`SELECT kommune_id FROM app_user`)) : await scoped.query<{ kommune_id: number }>(`SELECT kommune_id FROM app_user`);
        return { kommuneId, kommuner: [...new Set(rows.map((r) => r.kommune_id))] };
      }),
    );
    expect(seen.filter((s) => s.kommuner.length !== 1 || s.kommuner[0] !== s.kommuneId)).toEqual([]);
  });

  it('a server route is scoped to its request’s municipality, also in work that continues after the first await', async () => {
    const a = await makeKommune(getDb());
    const b = await makeKommune(getDb());
    const db = requestDb(getDb());
    const app = Fastify();
    scopeRequests(app, db, (request) => {
      const kommuneId = Number(request.headers['x-kommune']);
      return kommuneId ? { kommuneId, userId: null, ownDoctorId: null } : null;
    });
    app.get('/doctors', async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      const rows = await db.query<{ kommune_id: number }>(`SELECT kommune_id FROM doctor`);
      const again = await db.transaction((tx) => tx.query<{ kommune_id: number }>(`SELECT kommune_id FROM doctor`));
      return [...new Set([...rows, ...again].map((r) => r.kommune_id))];
    });
    try {
      const [resA, resB, none] = await Promise.all([
        app.inject({ method: 'GET', url: '/doctors', headers: { 'x-kommune': String(a.id) } }),
        app.inject({ method: 'GET', url: '/doctors', headers: { 'x-kommune': String(b.id) } }),
        app.inject({ method: 'GET', url: '/doctors' }),
      ]);
      expect(resA.json()).toEqual([a.id]);
      expect(resB.json()).toEqual([b.id]);
      expect(none.statusCode).toBe(500);
    } finally {
      await app.close();
    }
  });
});
