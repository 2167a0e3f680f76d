import type { Queryable } from '../../db/connection.ts';
import type { EntityDef } from '../../db/entity-def.ts';
import { createRow, deleteRow, getRow, listRows, updateRow, type Row } from '../../db/repositories/registry.ts';
import type { Scope } from '../../db/scope.ts';
import type { UseCaseContext } from '../context.ts';

/**
 * The plain records of every area (offices, positions, doctors, institutions, agreements, measures, scenarios …): the
 * input is checked against the entity's own schema here; the repository writes the row, its checks and its audit row
 * in one transaction and refuses a stale version.
 */
export function listRecords(db: Queryable, def: EntityDef, scope: Scope): Promise<Row[]> {
  return listRows(db, def, scope);
}

/** One record the scope may see, or not_found. */
export function getRecord(db: Queryable, def: EntityDef, scope: Scope, id: number): Promise<Row> {
  return getRow(db, def, scope, id);
}

/** Creates a record from unchecked input. */
export function createRecord(ctx: UseCaseContext, def: EntityDef, body: unknown): Promise<Row> {
  return createRow(ctx, def, def.input.parse(body) as Record<string, unknown>);
}

/** Updates a record the caller saw at `version`, from unchecked input. */
export function updateRecord(ctx: UseCaseContext, def: EntityDef, id: number, version: number, body: unknown): Promise<Row> {
  return updateRow(ctx, def, id, version, def.input.parse(body) as Record<string, unknown>);
}

/** Deletes a record the caller saw at `version`. */
export function deleteRecord(ctx: UseCaseContext, def: EntityDef, id: number, version: number): Promise<void> {
  return deleteRow(ctx, def, id, version);
}
