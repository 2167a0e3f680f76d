import type { TAssessRequest } from '../../contracts/training/index.ts';
import { DomainError, invalidInput } from '../../domain/errors.ts';
import { osloDate } from '../../domain/rules/index.ts';
import type { GoalAssessmentRecord } from '../../domain/training/index.ts';
import type { Queryable } from '../../db/connection.ts';
import { writeAudit } from '../../db/repositories/audit.ts';
import { agreementParties, learningGoalExists, listAssessments, lockAssessment, lockAssessmentOfGoal, markApproved, saveAssessment } from '../../db/repositories/training-actions.ts';
import type { Scope } from '../../db/scope.ts';
import type { UseCaseContext } from '../context.ts';
import { requireSupervisor, staleVersion } from './access.ts';

const ASSESSMENTS = 'goal-assessments';

/** The goal assessments of an agreement the scope may see. */
export async function listAgreementAssessments(db: Queryable, scope: Scope, agreementId: number): Promise<GoalAssessmentRecord[]> {
  await agreementParties(db, scope, agreementId);
  return listAssessments(db, scope.kommuneId, agreementId);
}

/** The supervisor assesses one learning goal (again, until the leader has approved it). */
export async function assessGoal(ctx: UseCaseContext, agreementId: number, req: TAssessRequest): Promise<GoalAssessmentRecord> {
  if (req.assessedDate > osloDate(ctx.now)) throw invalidInput('assessedDate', 'Vurderingen kan ikke dateres fram i tid');
  return ctx.db.transaction(async (tx) => {
    const { supervisorId } = await agreementParties(tx, ctx.scope, agreementId);
    requireSupervisor(ctx.scope, supervisorId, 'vurdere læringsmål');
    if (!(await learningGoalExists(tx, ctx.scope.kommuneId, req.goalId))) {
      throw new DomainError('invalid_reference', 'Læringsmålet finnes ikke', { fields: [{ path: 'goalId', message: 'Læringsmålet finnes ikke' }] });
    }
    const before = await lockAssessmentOfGoal(tx, ctx.scope.kommuneId, agreementId, req.goalId);
    if (before?.approvedAt) throw invalidInput('goalId', 'Læringsmålet er allerede godkjent av leder');
    const row = await saveAssessment(tx, ctx.scope, { agreementId, ...req, exists: before !== null });
    await writeAudit(tx, ctx.scope, { at: ctx.now, entity: ASSESSMENTS, entityId: row.id, action: before ? 'update' : 'create', before, after: row });
    return row;
  });
}

/** The leader approves a learning goal the supervisor has assessed as achieved. */
export async function approveGoal(ctx: UseCaseContext, id: number, version: number): Promise<GoalAssessmentRecord> {
  return ctx.db.transaction(async (tx) => {
    const before = await lockAssessment(tx, ctx.scope.kommuneId, id);
    if (!before) throw new DomainError('not_found', `Fant ikke vurderingen ${id}`);
    if (before.version !== version) throw staleVersion('vurdering av læringsmål', before);
    if (!before.achieved) throw invalidInput('goalId', 'Veilederen har ikke vurdert læringsmålet som oppnådd');
    if (before.approvedAt) throw invalidInput('goalId', 'Læringsmålet er allerede godkjent');
    const after = await markApproved(tx, ctx.scope, id, ctx.now);
    await writeAudit(tx, ctx.scope, { at: ctx.now, entity: ASSESSMENTS, entityId: id, action: 'update', before, after });
    return after;
  });
}
