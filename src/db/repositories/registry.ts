import { DomainError } from '../../domain/errors.ts';
import type { Db, Queryable } from '../connection.ts';
import type { EntityDef } from '../entity-def.ts';
import type { Scope } from '../scope.ts';
import { writeAudit } from './audit.ts';

export type Row = Record<string, unknown> & { id: number; version: number };

function selectList(def: EntityDef): string {
  const cols = Object.entries(def.columns).map(([api, col]) => `t.${col} AS "${api}"`);
  return ['t.id', 't.version', ...cols].join(', ');
}

/** WHERE clause limiting rows to the scope: municipality always, own rows for the doctor role. */
function scopeWhere(def: EntityDef, scope: Scope, params: unknown[]): string {
  params.push(scope.kommuneId);
  let where = `t.kommune_id = $${params.length}`;
  if (scope.ownDoctorId !== null && def.doctorScope !== null) {
    params.push(scope.ownDoctorId);
    where += ` AND ${def.doctorScope.replaceAll('$D', `$${params.length}`)}`;
  }
  return where;
}

/** Every row of the entity the scope may see. */
export async function listRows(db: Queryable, def: EntityDef, scope: Scope): Promise<Row[]> {
  const params: unknown[] = [];
  const where = scopeWhere(def, scope, params);
  return db.query<Row>(`SELECT ${selectList(def)} FROM ${def.table} t WHERE ${where} ORDER BY ${def.orderBy}, t.id`, params);
}

/** One row, or not_found (also for another municipality's row: its existence is not revealed). */
export async function getRow(db: Queryable, def: EntityDef, scope: Scope, id: number, lock = false): Promise<Row> {
  const params: unknown[] = [id];
  const where = scopeWhere(def, scope, params);
  const rows = await db.query<Row>(
    `SELECT ${selectList(def)} FROM ${def.table} t WHERE t.id = $1 AND ${where}${lock ? ' FOR UPDATE' : ''}`,
    params,
  );
  const row = rows[0];
  if (!row) throw new DomainError('not_found', `Fant ikke ${def.label} ${id}`);
  return row;
}

/** References to other tables must point at rows of the same municipality. */
async function checkRefs(tx: Queryable, def: EntityDef, scope: Scope, input: Record<string, unknown>): Promise<void> {
  const fields = [];
  for (const [path, ref] of Object.entries(def.refs)) {
    if (input[path] === null) continue; // an optional reference left empty
    const rows = await tx.query(`SELECT 1 FROM ${ref.table} WHERE id = $1 AND kommune_id = $2`, [input[path], scope.kommuneId]);
    if (rows.length === 0) fields.push({ path, message: `${ref.label} finnes ikke` });
  }
  if (fields.length > 0) throw new DomainError('invalid_reference', fields.map((f) => f.message).join('; '), { fields });
}

/** Translates a PostgreSQL constraint error into a precise DomainError, or rethrows. */
export function translateDbError(def: EntityDef, err: unknown): never {
  const e = err as { code?: string; constraint?: string; message?: string };
  if (e.code === '23505') {
    const u = def.unique.find((x) => x.constraint === e.constraint || e.message?.includes(x.constraint));
    throw new DomainError('duplicate', u?.message ?? `Finnes allerede`, { fields: u ? [{ path: u.path, message: u.message }] : [] });
  }
  if (e.code === '23503') throw new DomainError('in_use', `Kan ikke slettes: ${def.label} er i bruk i andre registreringer`);
  if (e.code === '23514') throw new DomainError('invalid_input', `Ugyldige verdier for ${def.label}`);
  throw err;
}

function columnValues(def: EntityDef, input: Record<string, unknown>): { cols: string[]; values: unknown[] } {
  const entries = Object.entries(def.columns);
  return { cols: entries.map(([, col]) => col), values: entries.map(([api]) => input[api] ?? null) };
}

const TABLES_WITH_UPDATED_AT = new Set(['office', 'doctor', 'gp_position']);

export interface WriteContext {
  db: Db;
  scope: Scope;
  now: string;
}

/** Inserts a row and its audit entry in one transaction. */
export async function createRow(ctx: WriteContext, def: EntityDef, input: Record<string, unknown>): Promise<Row> {
  try {
    return await ctx.db.transaction(async (tx) => {
      await checkRefs(tx, def, ctx.scope, input);
      await def.check?.(tx, ctx.scope, input, ctx.now);
      const { cols, values } = columnValues(def, input);
      const placeholders = values.map((_, i) => `$${i + 2}`);
      const inserted = await tx.query<{ id: number }>(
        `INSERT INTO ${def.table} (kommune_id, ${cols.join(', ')}) VALUES ($1, ${placeholders.join(', ')}) RETURNING id`,
        [ctx.scope.kommuneId, ...values],
      );
      const row = await getRow(tx, def, { ...ctx.scope, ownDoctorId: null }, inserted[0]!.id);
      await writeAudit(tx, ctx.scope, { at: ctx.now, entity: def.name, entityId: row.id, action: 'create', before: null, after: row });
      return row;
    });
  } catch (err) {
    translateDbError(def, err);
  }
}

/** Updates a row only if the caller saw its current version; otherwise version_conflict with the current row. */
export async function updateRow(
  ctx: WriteContext,
  def: EntityDef,
  id: number,
  version: number,
  input: Record<string, unknown>,
): Promise<Row> {
  try {
    return await ctx.db.transaction(async (tx) => {
      const before = await getRow(tx, def, ctx.scope, id, true);
      if (before.version !== version) {
        throw new DomainError('version_conflict', `Noen andre har endret posten (${def.label}) siden du åpnet den`, { current: before });
      }
      // Saving what is already stored changes nothing: no new version, no empty audit entry.
      if (Object.keys(def.columns).every((api) => (before[api] ?? null) === (input[api] ?? null))) return before;
      await checkRefs(tx, def, ctx.scope, input);
      await def.check?.(tx, ctx.scope, input, ctx.now);
      const { cols, values } = columnValues(def, input);
      const sets = cols.map((c, i) => `${c} = $${i + 4}`);
      if (TABLES_WITH_UPDATED_AT.has(def.table)) {
        values.push(ctx.now);
        sets.push(`updated_at = $${values.length + 3}`);
      }
      await tx.query(
        `UPDATE ${def.table} SET ${sets.join(', ')}, version = version + 1 WHERE id = $1 AND kommune_id = $2 AND version = $3`,
        [id, ctx.scope.kommuneId, version, ...values],
      );
      const after = await getRow(tx, def, ctx.scope, id);
      await writeAudit(tx, ctx.scope, { at: ctx.now, entity: def.name, entityId: id, action: 'update', before, after });
      return after;
    });
  } catch (err) {
    translateDbError(def, err);
  }
}

/** Deletes a row the caller saw at its current version. */
export async function deleteRow(ctx: WriteContext, def: EntityDef, id: number, version: number): Promise<void> {
  try {
    await ctx.db.transaction(async (tx) => {
      const before = await getRow(tx, def, ctx.scope, id, true);
      if (before.version !== version) {
        throw new DomainError('version_conflict', `Noen andre har endret posten (${def.label}) siden du åpnet den`, { current: before });
      }
      await tx.query(`DELETE FROM ${def.table} WHERE id = $1 AND kommune_id = $2`, [id, ctx.scope.kommuneId]);
      await writeAudit(tx, ctx.scope, { at: ctx.now, entity: def.name, entityId: id, action: 'delete', before, after: null });
    });
  } catch (err) {
    translateDbError(def, err);
  }
}
