import type { Queryable } from '../connection.ts';

export interface Kommune {
  id: number;
  nr: string;
  name: string;
}

/** Inserts a municipality; null when its number is taken. */
export async function insertKommune(db: Queryable, input: { nr: string; name: string }): Promise<Kommune | null> {
  const rows = await db.query<Kommune>(`INSERT INTO kommune (nr, name) VALUES ($1, $2) ON CONFLICT (nr) DO NOTHING RETURNING id, nr, name`, [input.nr, input.name]);
  return rows[0] ?? null;
}

/** How far an installation is set up: its municipalities, and how many user accounts each has. */
export function listKommunerWithUserCounts(db: Queryable): Promise<(Kommune & { users: number })[]> {
  return db.query<Kommune & { users: number }>(
    `SELECT k.id, k.nr, k.name, (SELECT count(*) FROM app_user u WHERE u.kommune_id = k.id)::int AS users FROM kommune k ORDER BY k.nr`,
  );
}
