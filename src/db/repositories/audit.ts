import type { Queryable } from '../connection.ts';
import type { Scope } from '../scope.ts';

/** What a change did to a record (or, for an import, to a table). */
export type AuditAction = 'create' | 'update' | 'delete' | 'import' | 'login' | 'logout';

/** One change as the audit log stores it: who (display name; null for a system change), when, before and after. */
export interface AuditRow {
  id: number;
  at: string;
  entity: string;
  entityId: number | null;
  action: AuditAction;
  user: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** Writes one audit row; call inside the transaction that makes the change. */
export async function writeAudit(
  tx: Queryable,
  scope: Scope,
  entry: { at: string; entity: string; entityId: number | null; action: AuditAction; before: unknown; after: unknown },
): Promise<void> {
  await tx.query(
    `INSERT INTO audit_log (kommune_id, user_id, at, entity, entity_id, action, before, after)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      scope.kommuneId,
      scope.userId,
      entry.at,
      entry.entity,
      entry.entityId,
      entry.action,
      entry.before === null ? null : JSON.stringify(entry.before),
      entry.after === null ? null : JSON.stringify(entry.after),
    ],
  );
}

/** The audit trail of one record, or of a whole entity kind when entityId is null; newest first. */
export async function listAudit(
  db: Queryable,
  scope: Scope,
  filter: { entity?: string | undefined; entityId?: number | undefined; limit: number; excludeEntities?: string[] },
): Promise<AuditRow[]> {
  return db.query<AuditRow>(
    `SELECT a.id, a.at, a.entity, a.entity_id AS "entityId", a.action, u.display_name AS "user", a.before, a.after
       FROM audit_log a LEFT JOIN app_user u ON u.id = a.user_id
      WHERE a.kommune_id = $1 AND ($2::text IS NULL OR a.entity = $2) AND ($3::int IS NULL OR a.entity_id = $3)
        AND NOT (a.entity = ANY($5::text[]))
      ORDER BY a.id DESC LIMIT $4`,
    [scope.kommuneId, filter.entity ?? null, filter.entityId ?? null, filter.limit, filter.excludeEntities ?? []],
  );
}
