import { AppError } from '../../contracts/errors.ts';
import type { TAssessRequest, TGoalAssessment, TGoalImportResponse, TSessionInput } from '../../contracts/training/index.ts';
import { parseGoalCatalogue } from '../../domain/training/index.ts';
import type { Queryable } from '../connection.ts';
import type { Scope } from '../scope.ts';
import { writeAudit } from './audit.ts';
import { createRow, getRow, type Row, type WriteContext } from './registry.ts';
import { osloDate } from '../../domain/rules/index.ts';
import { TRAINING_ENTITIES } from './training-entities.ts';

const E = TRAINING_ENTITIES;
const ASSESSMENTS = 'goal-assessments';

const invalid = (path: string, message: string) => new AppError('validation_failed', message, { fields: [{ path, message }] });
const conflict = (label: string, current: unknown) => new AppError('version_conflict', `Noen andre har endret posten (${label}) siden du åpnet den`, { current });

/** The agreement's parties, if the scope may see it (a doctor only their own or their candidates'); else not_found. */
async function agreementParties(db: Queryable, scope: Scope, agreementId: number): Promise<{ doctorId: number; supervisorId: number }> {
  const row = await getRow(db, E['alis-agreements'], scope, agreementId);
  return { doctorId: row.doctorId as number, supervisorId: row.supervisorId as number };
}

/** The caller must be the agreement's supervisor (a doctor-role user linked to that doctor). */
function requireSupervisor(scope: Scope, supervisorId: number, what: string): void {
  if (scope.ownDoctorId !== supervisorId) throw new AppError('forbidden', `Bare veilederen kan ${what}`);
}

/**
 * The doctor logs a supervision session on their own agreement (a planner or admin may log on any); same contract
 * and checks (not in the future, not before the start) as the registry.
 */
export async function logSession(ctx: WriteContext, input: TSessionInput, canWriteAll: boolean): Promise<Row> {
  if (!canWriteAll) {
    const parties = await agreementParties(ctx.db, ctx.scope, input.agreementId).catch((err: unknown) => {
      if (err instanceof AppError && err.code === 'not_found') return null;
      throw err;
    });
    if (parties === null || parties.doctorId !== ctx.scope.ownDoctorId) {
      throw new AppError('invalid_reference', 'Du kan bare føre veiledning på din egen ALIS-avtale', { fields: [{ path: 'agreementId', message: 'ALIS-avtalen er ikke din' }] });
    }
  }
  return createRow(ctx, E['supervision-sessions'], input);
}

/** Marks a row confirmed by the caller at `now`, if the caller saw its current version; audits before and after. */
async function confirmRow(
  tx: Queryable,
  ctx: WriteContext,
  def: (typeof E)['supervision-sessions'] | (typeof E)['lis1-placements'],
  before: Row,
  version: number,
  alreadyMessage: string,
): Promise<Row> {
  if (before.version !== version) throw conflict(def.label, before);
  if (before.confirmedAt !== null) throw invalid('version', alreadyMessage);
  await tx.query(`UPDATE ${def.table} SET confirmed_at = $3, confirmed_by = $4, version = version + 1 WHERE id = $1 AND kommune_id = $2`, [
    before.id,
    ctx.scope.kommuneId,
    ctx.now,
    ctx.scope.userId,
  ]);
  const after = await getRow(tx, def, { ...ctx.scope, ownDoctorId: null }, before.id);
  await writeAudit(tx, ctx.scope, { at: ctx.now, entity: def.name, entityId: before.id, action: 'update', before, after });
  return after;
}

/** The supervisor confirms a session their candidate logged. */
export async function confirmSession(ctx: WriteContext, id: number, version: number): Promise<Row> {
  return ctx.db.transaction(async (tx) => {
    const before = await getRow(tx, E['supervision-sessions'], ctx.scope, id, true);
    const { supervisorId } = await agreementParties(tx, ctx.scope, before.agreementId as number);
    requireSupervisor(ctx.scope, supervisorId, 'bekrefte veiledningen');
    return confirmRow(tx, ctx, E['supervision-sessions'], before, version, 'Økten er allerede bekreftet');
  });
}

/** The leader signs the confirmation of a LIS1's completed service, once the service has ended. */
export async function confirmLis1(ctx: WriteContext, id: number, version: number): Promise<Row> {
  return ctx.db.transaction(async (tx) => {
    const before = await getRow(tx, E['lis1-placements'], ctx.scope, id, true);
    if ((before.endDate as string) > osloDate(ctx.now)) throw invalid('endDate', `Tjenesten er ikke avsluttet ennå (slutter ${before.endDate as string})`);
    return confirmRow(tx, ctx, E['lis1-placements'], before, version, 'Gjennomført tjeneste er allerede bekreftet');
  });
}

const ASSESSMENT_COLUMNS = `id, version, agreement_id AS "agreementId", goal_id AS "goalId", assessed_date AS "assessedDate", achieved, approved_at AS "approvedAt"`;

/** The goal assessments of an agreement the scope may see. */
export async function listAssessments(db: Queryable, scope: Scope, agreementId: number): Promise<TGoalAssessment[]> {
  await agreementParties(db, scope, agreementId);
  return db.query<TGoalAssessment>(`SELECT ${ASSESSMENT_COLUMNS} FROM goal_assessment WHERE kommune_id = $1 AND agreement_id = $2 ORDER BY goal_id`, [
    scope.kommuneId,
    agreementId,
  ]);
}

/** The supervisor assesses one learning goal (again, until the leader has approved it). */
export async function assessGoal(ctx: WriteContext, agreementId: number, req: TAssessRequest): Promise<TGoalAssessment> {
  if (req.assessedDate > osloDate(ctx.now)) throw invalid('assessedDate', 'Vurderingen kan ikke dateres fram i tid');
  return ctx.db.transaction(async (tx) => {
    const { supervisorId } = await agreementParties(tx, ctx.scope, agreementId);
    requireSupervisor(ctx.scope, supervisorId, 'vurdere læringsmål');
    const goal = await tx.query(`SELECT 1 FROM learning_goal WHERE id = $1 AND kommune_id = $2`, [req.goalId, ctx.scope.kommuneId]);
    if (goal.length === 0) throw new AppError('invalid_reference', 'Læringsmålet finnes ikke', { fields: [{ path: 'goalId', message: 'Læringsmålet finnes ikke' }] });
    const [before] = await tx.query<TGoalAssessment>(`SELECT ${ASSESSMENT_COLUMNS} FROM goal_assessment WHERE agreement_id = $1 AND goal_id = $2 FOR UPDATE`, [
      agreementId,
      req.goalId,
    ]);
    if (before?.approvedAt) throw invalid('goalId', 'Læringsmålet er allerede godkjent av leder');
    const values = [ctx.scope.kommuneId, agreementId, req.goalId, req.assessedDate, req.achieved, ctx.scope.userId];
    const [row] = before
      ? await tx.query<TGoalAssessment>(
          `UPDATE goal_assessment SET assessed_date = $4, achieved = $5, assessed_by = $6, version = version + 1
            WHERE kommune_id = $1 AND agreement_id = $2 AND goal_id = $3 RETURNING ${ASSESSMENT_COLUMNS}`,
          values,
        )
      : await tx.query<TGoalAssessment>(
          `INSERT INTO goal_assessment (kommune_id, agreement_id, goal_id, assessed_date, achieved, assessed_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${ASSESSMENT_COLUMNS}`,
          values,
        );
    await writeAudit(tx, ctx.scope, { at: ctx.now, entity: ASSESSMENTS, entityId: row!.id, action: before ? 'update' : 'create', before: before ?? null, after: row });
    return row!;
  });
}

/** The leader approves a learning goal the supervisor has assessed as achieved. */
export async function approveGoal(ctx: WriteContext, id: number, version: number): Promise<TGoalAssessment> {
  return ctx.db.transaction(async (tx) => {
    const [before] = await tx.query<TGoalAssessment>(`SELECT ${ASSESSMENT_COLUMNS} FROM goal_assessment WHERE id = $1 AND kommune_id = $2 FOR UPDATE`, [id, ctx.scope.kommuneId]);
    if (!before) throw new AppError('not_found', `Fant ikke vurderingen ${id}`);
    if (before.version !== version) throw conflict('vurdering av læringsmål', before);
    if (!before.achieved) throw invalid('goalId', 'Veilederen har ikke vurdert læringsmålet som oppnådd');
    if (before.approvedAt) throw invalid('goalId', 'Læringsmålet er allerede godkjent');
    const [after] = await tx.query<TGoalAssessment>(
      `UPDATE goal_assessment SET approved_at = $3, approved_by = $4, version = version + 1 WHERE id = $1 AND kommune_id = $2 RETURNING ${ASSESSMENT_COLUMNS}`,
      [id, ctx.scope.kommuneId, ctx.now, ctx.scope.userId],
    );
    await writeAudit(tx, ctx.scope, { at: ctx.now, entity: ASSESSMENTS, entityId: id, action: 'update', before, after });
    return after!;
  });
}

/** Imports a learning-goal catalogue file: new codes are added, known codes left as they are; one audit row. */
export async function importGoals(ctx: WriteContext, content: string): Promise<TGoalImportResponse> {
  const parsed = parseGoalCatalogue(content);
  if (parsed.errors.length > 0) {
    throw new AppError('validation_failed', parsed.errors.slice(0, 5).join('; '), { fields: parsed.errors.slice(0, 20).map((message) => ({ path: 'content', message })) });
  }
  return ctx.db.transaction(async (tx) => {
    const known = new Set((await tx.query<{ code: string }>(`SELECT upper(code) AS code FROM learning_goal WHERE kommune_id = $1`, [ctx.scope.kommuneId])).map((r) => r.code));
    const fresh = parsed.goals.filter((g) => !known.has(g.code.toUpperCase()));
    for (const g of fresh) {
      await tx.query(`INSERT INTO learning_goal (kommune_id, code, goal_group, title) VALUES ($1, $2, $3, $4)`, [ctx.scope.kommuneId, g.code, g.goalGroup, g.title]);
    }
    await writeAudit(tx, ctx.scope, { at: ctx.now, entity: E['learning-goals'].name, entityId: null, action: 'import', before: null, after: { created: fresh.map((g) => g.code) } });
    return { created: fresh.length, unchanged: parsed.goals.length - fresh.length };
  });
}
