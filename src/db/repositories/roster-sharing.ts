/** Shifts of published rosters as doctors see them, and shift swaps; every query limited to the municipality. */
import type { TMyShift, TSwap } from '../../contracts/roster/index.ts';
import { addDays, osloInstant } from '../../domain/roster/index.ts';
import type { Queryable } from '../connection.ts';

export interface ShiftRow {
  id: number;
  rosterId: number;
  date: string;
  templateId: number;
  doctorId: number | null;
}

interface ShiftJoin extends ShiftRow {
  rosterName: string;
  templateName: string;
  kind: TMyShift['kind'];
  start: string;
  end: string;
}

const SHIFT_SELECT = `SELECT s.id, s.roster_id AS "rosterId", s.shift_date::text AS date, s.template_id AS "templateId", s.doctor_id AS "doctorId",
         r.name AS "rosterName", t.name AS "templateName", t.kind, t.start_time AS start, t.end_time AS "end"
    FROM roster_shift s JOIN roster r ON r.id = s.roster_id JOIN duty_template t ON t.id = s.template_id`;

const instant = (date: string, time: string) => new Date(osloInstant(date, time) * 60_000).toISOString();

/** A shift with its real start and end (a shift ending at or before its start ends the next day). */
export function myShiftView(s: ShiftJoin): TMyShift {
  return {
    id: s.id,
    rosterId: s.rosterId,
    rosterName: s.rosterName,
    date: s.date,
    templateId: s.templateId,
    templateName: s.templateName,
    kind: s.kind,
    startsAt: instant(s.date, s.start),
    endsAt: instant(s.end <= s.start ? addDays(s.date, 1) : s.date, s.end),
  };
}

/** Shifts of published rosters: one doctor's, or the open ones; from a date when given. */
export async function publishedShifts(db: Queryable, kommuneId: number, f: { doctorId?: number; open?: boolean; from?: string }): Promise<TMyShift[]> {
  const rows = await db.query<ShiftJoin>(
    `${SHIFT_SELECT}
      WHERE s.kommune_id = $1 AND r.status = 'published'
        AND ($2::int IS NULL OR s.doctor_id = $2) AND (NOT $3::boolean OR s.doctor_id IS NULL) AND ($4::date IS NULL OR s.shift_date >= $4)
      ORDER BY s.shift_date, t.start_time, s.id`,
    [kommuneId, f.doctorId ?? null, f.open ?? false, f.from ?? null],
  );
  return rows.map(myShiftView);
}

/** One shift of a published roster of the municipality, or null. */
export async function findPublishedShift(db: Queryable, kommuneId: number, id: number): Promise<(ShiftRow & TMyShift) | null> {
  const [row] = await db.query<ShiftJoin>(`${SHIFT_SELECT} WHERE s.id = $1 AND s.kommune_id = $2 AND r.status = 'published'`, [id, kommuneId]);
  return row ? { ...myShiftView(row), doctorId: row.doctorId } : null;
}

const SWAP_SELECT = `SELECT w.id, w.roster_id AS "rosterId", w.from_doctor_id AS "fromDoctorId", fd.name AS "fromDoctorName",
         w.to_doctor_id AS "toDoctorId", td.name AS "toDoctorName", w.taker_doctor_id AS "takerDoctorId", kd.name AS "takerDoctorName",
         w.status, w.note, w.reason, w.version, w.created_at AS "createdAt",
         s.id AS "shiftId", s.shift_date::text AS date, s.template_id AS "templateId", s.doctor_id AS "doctorId",
         r.name AS "rosterName", t.name AS "templateName", t.kind, t.start_time AS start, t.end_time AS "end"
    FROM roster_swap w JOIN roster_shift s ON s.id = w.shift_id JOIN roster r ON r.id = w.roster_id JOIN duty_template t ON t.id = s.template_id
    JOIN doctor fd ON fd.id = w.from_doctor_id LEFT JOIN doctor td ON td.id = w.to_doctor_id LEFT JOIN doctor kd ON kd.id = w.taker_doctor_id`;

type SwapJoin = Omit<TSwap, 'shift'> & ShiftJoin & { shiftId: number };

function swapView(w: SwapJoin): TSwap {
  const shift = myShiftView({ ...w, id: w.shiftId });
  return {
    id: w.id,
    rosterId: w.rosterId,
    shift: { id: w.shiftId, date: w.date, templateId: w.templateId, doctorId: w.doctorId, templateName: w.templateName, start: shift.startsAt, end: shift.endsAt },
    fromDoctorId: w.fromDoctorId,
    fromDoctorName: w.fromDoctorName,
    toDoctorId: w.toDoctorId,
    toDoctorName: w.toDoctorName,
    takerDoctorId: w.takerDoctorId,
    takerDoctorName: w.takerDoctorName,
    status: w.status,
    note: w.note,
    reason: w.reason,
    version: w.version,
    createdAt: new Date(w.createdAt).toISOString(),
  };
}

export async function listSwaps(db: Queryable, kommuneId: number): Promise<TSwap[]> {
  const rows = await db.query<SwapJoin>(`${SWAP_SELECT} WHERE w.kommune_id = $1 ORDER BY w.id DESC`, [kommuneId]);
  return rows.map(swapView);
}

/** One swap of the municipality, or null (locked for update inside a transaction when `lock`). */
export async function findSwap(db: Queryable, kommuneId: number, id: number, lock = false): Promise<TSwap | null> {
  const [row] = await db.query<SwapJoin>(`${SWAP_SELECT} WHERE w.id = $1 AND w.kommune_id = $2${lock ? ' FOR UPDATE OF w' : ''}`, [id, kommuneId]);
  return row ? swapView(row) : null;
}

export async function insertSwap(tx: Queryable, kommuneId: number, s: { rosterId: number; shiftId: number; fromDoctorId: number; toDoctorId: number | null; note: string; now: string }): Promise<number> {
  const [row] = await tx.query<{ id: number }>(
    `INSERT INTO roster_swap (kommune_id, roster_id, shift_id, from_doctor_id, to_doctor_id, status, note, created_at) VALUES ($1, $2, $3, $4, $5, 'offered', $6, $7) RETURNING id`,
    [kommuneId, s.rosterId, s.shiftId, s.fromDoctorId, s.toDoctorId, s.note, s.now],
  );
  return row!.id;
}

export async function setSwap(tx: Queryable, id: number, set: Partial<Pick<TSwap, 'status' | 'takerDoctorId' | 'reason'>>): Promise<void> {
  await tx.query(
    `UPDATE roster_swap SET status = COALESCE($2, status), taker_doctor_id = COALESCE($3, taker_doctor_id), reason = COALESCE($4, reason), version = version + 1 WHERE id = $1`,
    [id, set.status ?? null, set.takerDoctorId ?? null, set.reason ?? null],
  );
}
