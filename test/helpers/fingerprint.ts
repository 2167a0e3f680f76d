import type { Db } from '../../src/db/connection.ts';

/**
 * Every row of every data table (sessions and the migration log excluded), as one string: equal before and
 * after = nothing changed. The tables are read from the catalogue, so new migrations are covered by themselves.
 */
export async function dbFingerprint(db: Db): Promise<string> {
  const tables = await db.query<{ t: string }>(
    `SELECT table_name AS t FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('user_session', 'schema_migration')
      ORDER BY table_name`,
  );
  const parts: string[] = [];
  for (const { t } of tables) {
    const rows = await db.query<{ r: unknown }>(`SELECT to_jsonb(x) AS r FROM ${t} x ORDER BY (to_jsonb(x))::text`);
    parts.push(`${t}:${JSON.stringify(rows.map((r) => r.r))}`);
  }
  return parts.join('\n');
}
