/**
 * Rosters and their shifts in the database: every query limited to the caller's municipality. Saving a new grid
 * keeps the rows of shifts that did not change (their ids, and so their swaps and calendar UIDs, survive a
 * re-solve), moves the doctor of a changed shift in place, and inserts or deletes only what the new roster adds
 * or drops.
 */
import type { LegevaktPlan, SheetShift } from '../../domain/roster/index.ts';
import type { Queryable } from '../connection.ts';

export interface RosterRow {
  id: number;
  name: string;
  start: string;
  days: number;
  status: 'draft' | 'published';
  plan: LegevaktPlan;
  version: number;
  createdAt: string;
  publishedAt: string | null;
}

const ROSTER_COLUMNS = `id, name, start_date::text AS start, days, status, plan, version, created_at AS "createdAt", published_at AS "publishedAt"`;

const iso = (v: unknown): string | null => (v === null || v === undefined ? null : new Date(v as string).toISOString());
const normalise = (r: RosterRow): RosterRow => ({
  ...r,
  plan: typeof r.plan === 'string' ? (JSON.parse(r.plan) as LegevaktPlan) : r.plan,
  createdAt: iso(r.createdAt)!,
  publishedAt: iso(r.publishedAt),
});

/** One roster of the municipality, or null (locked for update inside a transaction when `lock`). */
export async function findRoster(db: Queryable, kommuneId: number, id: number, lock = false): Promise<RosterRow | null> {
  const [row] = await db.query<RosterRow>(`SELECT ${ROSTER_COLUMNS} FROM roster WHERE id = $1 AND kommune_id = $2${lock ? ' FOR UPDATE' : ''}`, [id, kommuneId]);
  return row ? normalise(row) : null;
}

/** Every roster of the municipality, newest period first (drafts only when `withDrafts`). */
export async function listRosterRows(db: Queryable, kommuneId: number, withDrafts: boolean): Promise<(RosterRow & { openShifts: number })[]> {
  const rows = await db.query<RosterRow & { openShifts: number }>(
    `SELECT ${ROSTER_COLUMNS}, (SELECT count(*)::int FROM roster_shift s WHERE s.roster_id = roster.id AND s.doctor_id IS NULL) AS "openShifts"
       FROM roster WHERE kommune_id = $1 ${withDrafts ? '' : `AND status = 'published'`} ORDER BY start_date DESC, id DESC`,
    [kommuneId],
  );
  return rows.map((r) => ({ ...normalise(r), openShifts: r.openShifts }));
}

/** Is the name used by a roster of the municipality? */
export async function rosterNameTaken(db: Queryable, kommuneId: number, name: string): Promise<boolean> {
  return (await db.query(`SELECT 1 FROM roster WHERE kommune_id = $1 AND name = $2`, [kommuneId, name])).length > 0;
}

/** Creates a draft roster. */
export async function insertRoster(tx: Queryable, kommuneId: number, r: { name: string; start: string; days: number; plan: LegevaktPlan; now: string }): Promise<number> {
  const [row] = await tx.query<{ id: number }>(
    `INSERT INTO roster (kommune_id, name, start_date, days, status, plan, created_at) VALUES ($1, $2, $3, $4, 'draft', $5, $6) RETURNING id`,
    [kommuneId, r.name, r.start, r.days, JSON.stringify(r.plan), r.now],
  );
  return row!.id;
}

/** Deletes a roster (its shifts, jobs and swaps go with it). */
export async function deleteRoster(tx: Queryable, kommuneId: number, id: number): Promise<void> {
  await tx.query(`DELETE FROM roster WHERE id = $1 AND kommune_id = $2`, [id, kommuneId]);
}

/** Bumps the roster's version (and sets what else changes); call inside the transaction of the change. */
export async function touchRoster(tx: Queryable, kommuneId: number, id: number, set: { status?: 'published'; publishedAt?: string; plan?: LegevaktPlan } = {}): Promise<void> {
  await tx.query(
    `UPDATE roster SET version = version + 1,
            status = COALESCE($3, status), published_at = COALESCE($4, published_at), plan = COALESCE($5, plan)
      WHERE id = $1 AND kommune_id = $2`,
    [id, kommuneId, set.status ?? null, set.publishedAt ?? null, set.plan ? JSON.stringify(set.plan) : null],
  );
}

/** The shifts of a roster in date and template order (ids as text, as the plan holds them). */
export async function rosterShiftRows(db: Queryable, kommuneId: number, rosterId: number): Promise<SheetShift[]> {
  const rows = await db.query<{ id: number; date: string; templateId: number; doctorId: number | null }>(
    `SELECT id, shift_date::text AS date, template_id AS "templateId", doctor_id AS "doctorId" FROM roster_shift
      WHERE roster_id = $1 AND kommune_id = $2 ORDER BY shift_date, template_id, id`,
    [rosterId, kommuneId],
  );
  return rows.map((r) => ({ id: r.id, date: r.date, templateId: String(r.templateId), doctorId: r.doctorId === null ? null : String(r.doctorId) }));
}

const slotKey = (s: SheetShift) => `${s.date}|${s.templateId}`;

/**
 * Stores `next` as the roster's shifts, changing as few rows as possible: unchanged shifts keep their row; a shift
 * whose doctor changed keeps its row with the new doctor; the rest is inserted or deleted.
 */
export async function saveShifts(tx: Queryable, kommuneId: number, rosterId: number, next: readonly SheetShift[]): Promise<void> {
  const old = await rosterShiftRows(tx, kommuneId, rosterId);
  const unmatchedOld = new Map<string, SheetShift[]>();
  const exact = new Map<string, SheetShift[]>();
  for (const s of old) {
    const k = `${slotKey(s)}|${s.doctorId}`;
    exact.set(k, [...(exact.get(k) ?? []), s]);
  }
  const toPlace: SheetShift[] = [];
  for (const s of next) {
    const k = `${slotKey(s)}|${s.doctorId}`;
    const same = exact.get(k);
    if (same && same.length > 0) same.pop();
    else toPlace.push(s);
  }
  for (const list of exact.values()) for (const s of list) unmatchedOld.set(slotKey(s), [...(unmatchedOld.get(slotKey(s)) ?? []), s]);
  const inserts: SheetShift[] = [];
  for (const s of toPlace) {
    const reuse = unmatchedOld.get(slotKey(s))?.pop();
    if (reuse) await tx.query(`UPDATE roster_shift SET doctor_id = $2 WHERE id = $1`, [reuse.id, s.doctorId === null ? null : Number(s.doctorId)]);
    else inserts.push(s);
  }
  const deletes = [...unmatchedOld.values()].flat().map((s) => s.id);
  if (deletes.length > 0) await tx.query(`DELETE FROM roster_shift WHERE id = ANY($1::int[])`, [deletes]);
  for (let i = 0; i < inserts.length; i += 500) {
    const chunk = inserts.slice(i, i + 500);
    const values = chunk.map((_, j) => `($1, $2, $${3 + j * 3}, $${4 + j * 3}, $${5 + j * 3})`).join(', ');
    await tx.query(
      `INSERT INTO roster_shift (kommune_id, roster_id, shift_date, template_id, doctor_id) VALUES ${values}`,
      [kommuneId, rosterId, ...chunk.flatMap((s) => [s.date, Number(s.templateId), s.doctorId === null ? null : Number(s.doctorId)])],
    );
  }
}
