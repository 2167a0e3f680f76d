import { DomainError } from '../../domain/errors.ts';
import type { ExistingSnapshot, SnapshotChange, SnapshotRegister } from '../../domain/imports/index.ts';
import type { ListSnapshotFacts } from '../../domain/registry/index.ts';
import type { Queryable } from '../connection.ts';
import { ENTITIES } from '../entities.ts';
import type { Scope } from '../scope.ts';

/** The kinds of import whose column mapping is remembered. */
export type ImportKind = 'list-snapshots';

/** A list_snapshot row (alias s) as the registry API and the audit log show it. */
const SNAPSHOT_COLUMNS = `s.id, s.version, s.position_id AS "positionId", s.month, s.list_length AS "listLength", s.list_cap AS "listCap", s.waiting_list AS "waitingList"`;
/** The shape jsonb_to_recordset reads a batch of snapshots in. */
const SNAPSHOT_RECORD = `r(id int, version int, position_id int, month date, list_length int, list_cap int, waiting_list int)`;

const conflict = () =>
  new DomainError('version_conflict', 'Noen andre endret listetallene mens importen pågikk. Last forhåndsvisningen på nytt og prøv igjen.');

/**
 * What the scope's municipality holds for a file: its positions with the given codes, and its snapshots in the
 * given months. With lock (inside the commit's transaction) the positions are share-locked and the snapshots
 * locked for update, so what was checked is what gets written.
 */
export async function loadSnapshotRegister(
  q: Queryable,
  scope: Scope,
  file: { codes: readonly string[]; months: readonly string[]; lock: boolean },
): Promise<SnapshotRegister> {
  const positions = await q.query<{ id: number; code: string }>(
    `SELECT id, code FROM gp_position WHERE kommune_id = $1 AND code = ANY($2::text[]) ORDER BY id${file.lock ? ' FOR SHARE' : ''}`,
    [scope.kommuneId, file.codes],
  );
  const existing = await q.query<ExistingSnapshot>(
    `SELECT ${SNAPSHOT_COLUMNS} FROM list_snapshot s
      WHERE s.kommune_id = $1 AND s.month = ANY($2::date[]) ORDER BY s.id${file.lock ? ' FOR UPDATE' : ''}`,
    [scope.kommuneId, file.months],
  );
  return { positionIdByCode: new Map(positions.map((p) => [p.code, p.id])), existing };
}

const record = (s: ListSnapshotFacts, stored?: ExistingSnapshot) => ({
  id: stored?.id ?? null,
  version: stored?.version ?? null,
  position_id: s.positionId,
  month: s.month,
  list_length: s.listLength,
  list_cap: s.listCap,
  waiting_list: s.waitingList,
});

/**
 * Writes a planned import inside the caller's transaction: inserts and updates (bumping version) in one
 * statement each, and one audit row ('import', before/after) per snapshot inserted or changed.
 * Throws version_conflict if someone else wrote the same snapshots meanwhile.
 */
export async function applySnapshotChanges(tx: Queryable, ctx: { scope: Scope; now: string }, changes: readonly SnapshotChange[]): Promise<void> {
  const inserts: ListSnapshotFacts[] = [];
  const updates: { before: ExistingSnapshot; after: ListSnapshotFacts }[] = [];
  for (const change of changes) {
    switch (change.kind) {
      case 'insert':
        inserts.push(change.after);
        break;
      case 'update':
        updates.push(change);
        break;
      case 'unchanged':
        break;
    }
  }
  const inserted =
    inserts.length === 0
      ? []
      : await tx
          .query<ExistingSnapshot>(
            `INSERT INTO list_snapshot AS s (kommune_id, position_id, month, list_length, list_cap, waiting_list)
             SELECT $1, r.position_id, r.month, r.list_length, r.list_cap, r.waiting_list FROM jsonb_to_recordset($2::jsonb) AS ${SNAPSHOT_RECORD}
             RETURNING ${SNAPSHOT_COLUMNS}`,
            [ctx.scope.kommuneId, JSON.stringify(inserts.map((s) => record(s)))],
          )
          .catch((err: unknown) => {
            // Someone added the same position and month after this transaction loaded the register.
            if ((err as { code?: string }).code === '23505') throw conflict();
            throw err;
          });
  const updated =
    updates.length === 0
      ? []
      : await tx.query<ExistingSnapshot>(
          `UPDATE list_snapshot s
              SET list_length = r.list_length, list_cap = r.list_cap, waiting_list = r.waiting_list, version = s.version + 1
             FROM jsonb_to_recordset($2::jsonb) AS ${SNAPSHOT_RECORD}
            WHERE s.id = r.id AND s.version = r.version AND s.kommune_id = $1
           RETURNING ${SNAPSHOT_COLUMNS}`,
          [ctx.scope.kommuneId, JSON.stringify(updates.map((u) => record(u.after, u.before)))],
        );
  if (updated.length !== updates.length) throw conflict();
  const beforeById = new Map(updates.map((u) => [u.before.id, u.before]));
  const audits = [
    ...inserted.map((after) => ({ entity_id: after.id, before: null, after })),
    ...updated.map((after) => ({ entity_id: after.id, before: beforeById.get(after.id) ?? null, after })),
  ];
  // One statement for all audit rows: a row-by-row writeAudit takes seconds for a large file.
  await tx.query(
    `INSERT INTO audit_log (kommune_id, user_id, at, entity, entity_id, action, before, after)
     SELECT $1, $2, $3, $4, a.entity_id, 'import', a.before, a.after FROM jsonb_to_recordset($5::jsonb) AS a(entity_id int, before jsonb, after jsonb)`,
    [ctx.scope.kommuneId, ctx.scope.userId, ctx.now, ENTITIES.snapshots.name, JSON.stringify(audits)],
  );
}

/** The column mapping the municipality last imported this kind of file with, as stored (the caller validates it). */
export async function getImportMapping(q: Queryable, scope: Scope, kind: ImportKind): Promise<unknown> {
  const rows = await q.query<{ mapping: unknown }>(`SELECT mapping FROM import_mapping WHERE kommune_id = $1 AND kind = $2`, [scope.kommuneId, kind]);
  return rows[0]?.mapping ?? null;
}

/** Remembers the mapping an import was committed with. */
export async function saveImportMapping(tx: Queryable, scope: Scope, entry: { kind: ImportKind; mapping: unknown; now: string }): Promise<void> {
  await tx.query(
    `INSERT INTO import_mapping (kommune_id, kind, mapping, updated_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (kommune_id, kind) DO UPDATE SET mapping = EXCLUDED.mapping, updated_at = EXCLUDED.updated_at`,
    [scope.kommuneId, entry.kind, JSON.stringify(entry.mapping), entry.now],
  );
}
