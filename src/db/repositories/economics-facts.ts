import { DomainError } from '../../domain/errors.ts';
import type { ListComposition, MeasureModel, MeasurePackage, MeasureStatus, StoredGoal, SubsidyPosition, SubsidyRate, SubsidySnapshot } from '../../domain/economics/index.ts';
import type { Db, Queryable } from '../connection.ts';
import type { Scope } from '../scope.ts';
import { writeAudit } from './audit.ts';

/** The municipality's stored rate table, or null when it uses the shipped defaults. */
export async function loadRateTable(db: Queryable, kommuneId: number): Promise<{ version: number; rates: SubsidyRate[] } | null> {
  const [row] = await db.query<{ version: number; rates: SubsidyRate[] }>(`SELECT version, rates FROM subsidy_rate_table WHERE kommune_id = $1`, [kommuneId]);
  return row ?? null;
}

/**
 * Replaces the municipality's rate table if the caller saw its current version (null = none stored yet), with an
 * audit row in the same transaction. The caller has checked the table (validity periods) first.
 */
export async function saveRateTable(ctx: { db: Db; scope: Scope; now: string }, version: number | null, rates: readonly SubsidyRate[]): Promise<{ version: number }> {
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx.query<{ id: number; version: number; rates: unknown }>(`SELECT id, version, rates FROM subsidy_rate_table WHERE kommune_id = $1 FOR UPDATE`, [ctx.scope.kommuneId]);
    if ((before?.version ?? null) !== version) {
      throw new DomainError('version_conflict', 'Noen andre har endret satstabellen siden du åpnet den', { current: before ?? null });
    }
    const json = JSON.stringify(rates);
    const [after] = before
      ? await tx.query<{ id: number; version: number }>(`UPDATE subsidy_rate_table SET rates = $2::jsonb, version = version + 1 WHERE id = $1 RETURNING id, version`, [before.id, json])
      : await tx.query<{ id: number; version: number }>(`INSERT INTO subsidy_rate_table (kommune_id, rates) VALUES ($1, $2::jsonb) RETURNING id, version`, [ctx.scope.kommuneId, json]);
    await writeAudit(tx, ctx.scope, { at: ctx.now, entity: 'subsidy-rates', entityId: after!.id, action: before ? 'update' : 'create', before: before ?? null, after: { ...after, rates } });
    return { version: after!.version };
  });
}

/** Positions (with the current holder's agreement date) and list counts, for basistilskudd and top-ups. */
export async function loadSubsidyFacts(db: Queryable, kommuneId: number): Promise<{ positions: SubsidyPosition[]; snapshots: SubsidySnapshot[] }> {
  const [positions, snapshots] = await Promise.all([
    db.query<SubsidyPosition>(
      `SELECT p.id, p.code, p.org_form AS "orgForm",
              (SELECT max(a.from_date) FROM position_doctor a WHERE a.position_id = p.id AND a.role = 'holder') AS "agreementDate"
         FROM gp_position p WHERE p.kommune_id = $1 ORDER BY p.code`,
      [kommuneId],
    ),
    db.query<SubsidySnapshot>(
      `SELECT position_id AS "positionId", month, list_length AS "listLength", list_cap AS "listCap" FROM list_snapshot WHERE kommune_id = $1 ORDER BY month`,
      [kommuneId],
    ),
  ]);
  return { positions, snapshots };
}

/**
 * The composition of the municipality's registered population by sex and age on the latest year (SSB 07459), the
 * list composition the patient-weighted model is applied to (model: lists mirror the population); null when none.
 */
export async function loadComposition(db: Queryable, kommuneId: number): Promise<ListComposition | null> {
  const rows = await db.query<{ sex: 'F' | 'M'; ageFrom: number; ageTo: number | null; persons: number }>(
    `SELECT p.sex, p.age_from AS "ageFrom", p.age_to AS "ageTo", p.persons
       FROM population p JOIN kommune k ON k.id = p.kommune_id AND k.nr = p.kommune_nr
      WHERE p.kommune_id = $1 AND p.series = 'REG'
        AND p.year = (SELECT max(year) FROM population WHERE kommune_id = $1 AND series = 'REG')`,
    [kommuneId],
  );
  const total = rows.reduce((a, r) => a + r.persons, 0);
  return total === 0 ? null : { groups: rows.map((r) => ({ sex: r.sex, ageFrom: r.ageFrom, ageTo: r.ageTo, share: r.persons / total })) };
}

/** Every package of the municipality with its measures in order. */
export async function loadPackages(db: Queryable, kommuneId: number): Promise<MeasurePackage[]> {
  const [packages, measures] = await Promise.all([
    db.query<{ id: number; name: string; startDate: string }>(`SELECT id, name, start_date AS "startDate" FROM measure_package WHERE kommune_id = $1 ORDER BY start_date, name, id`, [kommuneId]),
    db.query<{ id: number; packageId: number; name: string; kind: MeasureModel['kind']; params: MeasureModel['params']; startDate: string | null; endDate: string | null; status: MeasureStatus; reason: string }>(
      `SELECT id, package_id AS "packageId", name, kind, params, start_date AS "startDate", end_date AS "endDate", status, reason
         FROM measure WHERE kommune_id = $1 ORDER BY sort_order, id`,
      [kommuneId],
    ),
  ]);
  return packages.map((p) => ({
    ...p,
    measures: measures
      .filter((m) => m.packageId === p.id)
      .map((m) => ({ id: m.id, name: m.name, model: { kind: m.kind, params: m.params } as MeasureModel, startDate: m.startDate, endDate: m.endDate, status: m.status, reason: m.reason })),
  }));
}

/** The plan's goals in order. */
export async function loadGoals(db: Queryable, kommuneId: number): Promise<StoredGoal[]> {
  return db.query<StoredGoal>(
    `SELECT id, number, area, goal, measure, owner, due, cost_ore AS "costOre", cost_note AS "costNote", status, note, indicator, target, direction
       FROM plan_goal WHERE kommune_id = $1 ORDER BY number`,
    [kommuneId],
  );
}
