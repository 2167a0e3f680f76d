import type { Db } from '../../src/db/connection.ts';

const queries = new WeakMap<Db, Promise<string>>();

/** One query that digests every data table (sessions and the migration log excluded), read from the catalogue once per database. */
function fingerprintQuery(db: Db): Promise<string> {
  let q = queries.get(db);
  if (!q) {
    q = db
      .query<{ t: string }>(
        `SELECT table_name AS t FROM information_schema.tables
          WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('user_session', 'schema_migration')
          ORDER BY table_name`,
      )
      .then((tables) =>
        tables
          .map(({ t }) => `SELECT '${t}' AS t, count(*) AS n, md5(coalesce(string_agg(to_jsonb(x)::text, ',' ORDER BY to_jsonb(x)::text), '')) AS h FROM ${t} x`)
          .join('\nUNION ALL\n'),
      )
      .then((union) => `SELECT * FROM (${union}) f ORDER BY t`);
    queries.set(db, q);
  }
  return q;
}

/**
 * Every row of every data table, digested per table, as one string (`table rows digest` per line): equal before and
 * after = nothing changed; when not, the line shows which table changed. New migrations are covered by themselves.
 */
export async function dbFingerprint(db: Db): Promise<string> {
  const rows = await db.query<{ t: string; n: number; h: string }>(await fingerprintQuery(db));
  return rows.map((r) => `${r.t} ${r.n} ${r.h}`).join('\n');
}
