import type { Db } from '../../src/db/connection.ts';

const TABLES = ['kommune', 'capacity_target', 'app_user', 'office', 'doctor', 'gp_position', 'position_doctor', 'list_snapshot', 'kommune_month', 'import_mapping', 'audit_log'];

/** Every row of every data table (sessions excluded), as one string: equal before and after = nothing changed. */
export async function dbFingerprint(db: Db): Promise<string> {
  const parts: string[] = [];
  for (const t of TABLES) {
    const rows = await db.query<{ r: unknown }>(`SELECT to_jsonb(x) AS r FROM ${t} x ORDER BY (to_jsonb(x))::text`);
    parts.push(`${t}:${JSON.stringify(rows.map((r) => r.r))}`);
  }
  return parts.join('\n');
}
