import type { GoalAssessmentRecord, ParsedGoal } from '../../domain/training/index.ts';
import type { Queryable } from '../connection.ts';
import type { Scope } from '../scope.ts';
import { getRow } from './registry.ts';
import { TRAINING_ENTITIES } from './training-entities.ts';

const E = TRAINING_ENTITIES;

/** The agreement's parties, if the scope may see it (a doctor only their own or their candidates'); else not_found. */
export async function agreementParties(db: Queryable, scope: Scope, agreementId: number): Promise<{ doctorId: number; supervisorId: number }> {
  const row = await getRow(db, E['alis-agreements'], scope, agreementId);
  return { doctorId: row.doctorId as number, supervisorId: row.supervisorId as number };
}

/** Marks a session or LIS1 placement confirmed by the scope's user at `now`. */
export async function markConfirmed(tx: Queryable, def: (typeof E)['supervision-sessions'] | (typeof E)['lis1-placements'], scope: Scope, id: number, now: string): Promise<void> {
  await tx.query(`UPDATE ${def.table} SET confirmed_at = $3, confirmed_by = $4, version = version + 1 WHERE id = $1 AND kommune_id = $2`, [id, scope.kommuneId, now, scope.userId]);
}

const ASSESSMENT_COLUMNS = `id, version, agreement_id AS "agreementId", goal_id AS "goalId", assessed_date AS "assessedDate", achieved, approved_at AS "approvedAt"`;

/** The goal assessments of an agreement, in goal order. */
export async function listAssessments(db: Queryable, kommuneId: number, agreementId: number): Promise<GoalAssessmentRecord[]> {
  return db.query<GoalAssessmentRecord>(`SELECT ${ASSESSMENT_COLUMNS} FROM goal_assessment WHERE kommune_id = $1 AND agreement_id = $2 ORDER BY goal_id`, [kommuneId, agreementId]);
}

/** Whether the municipality has the learning goal. */
export async function learningGoalExists(db: Queryable, kommuneId: number, goalId: number): Promise<boolean> {
  return (await db.query(`SELECT 1 FROM learning_goal WHERE id = $1 AND kommune_id = $2`, [goalId, kommuneId])).length > 0;
}

/** The assessment of one goal on an agreement, locked for the transaction, or null. */
export async function lockAssessmentOfGoal(tx: Queryable, kommuneId: number, agreementId: number, goalId: number): Promise<GoalAssessmentRecord | null> {
  const [row] = await tx.query<GoalAssessmentRecord>(`SELECT ${ASSESSMENT_COLUMNS} FROM goal_assessment WHERE kommune_id = $1 AND agreement_id = $2 AND goal_id = $3 FOR UPDATE`, [
    kommuneId,
    agreementId,
    goalId,
  ]);
  return row ?? null;
}

/** An assessment by id, locked for the transaction, or null. */
export async function lockAssessment(tx: Queryable, kommuneId: number, id: number): Promise<GoalAssessmentRecord | null> {
  const [row] = await tx.query<GoalAssessmentRecord>(`SELECT ${ASSESSMENT_COLUMNS} FROM goal_assessment WHERE id = $1 AND kommune_id = $2 FOR UPDATE`, [id, kommuneId]);
  return row ?? null;
}

/** Writes the supervisor's assessment of a goal (a new row, or the existing one with a new version). */
export async function saveAssessment(
  tx: Queryable,
  scope: Scope,
  a: { agreementId: number; goalId: number; assessedDate: string; achieved: boolean; exists: boolean },
): Promise<GoalAssessmentRecord> {
  const values = [scope.kommuneId, a.agreementId, a.goalId, a.assessedDate, a.achieved, scope.userId];
  const [row] = a.exists
    ? await tx.query<GoalAssessmentRecord>(
        `UPDATE goal_assessment SET assessed_date = $4, achieved = $5, assessed_by = $6, version = version + 1
          WHERE kommune_id = $1 AND agreement_id = $2 AND goal_id = $3 RETURNING ${ASSESSMENT_COLUMNS}`,
        values,
      )
    : await tx.query<GoalAssessmentRecord>(
        `INSERT INTO goal_assessment (kommune_id, agreement_id, goal_id, assessed_date, achieved, assessed_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${ASSESSMENT_COLUMNS}`,
        values,
      );
  return row!;
}

/** Records the leader's approval of an assessment. */
export async function markApproved(tx: Queryable, scope: Scope, id: number, now: string): Promise<GoalAssessmentRecord> {
  const [row] = await tx.query<GoalAssessmentRecord>(
    `UPDATE goal_assessment SET approved_at = $3, approved_by = $4, version = version + 1 WHERE id = $1 AND kommune_id = $2 RETURNING ${ASSESSMENT_COLUMNS}`,
    [id, scope.kommuneId, now, scope.userId],
  );
  return row!;
}

/** The learning-goal codes the municipality has, upper-cased. */
export async function learningGoalCodes(db: Queryable, kommuneId: number): Promise<Set<string>> {
  return new Set((await db.query<{ code: string }>(`SELECT upper(code) AS code FROM learning_goal WHERE kommune_id = $1`, [kommuneId])).map((r) => r.code));
}

/** Adds learning goals to the municipality's catalogue. */
export async function insertLearningGoals(tx: Queryable, kommuneId: number, goals: readonly ParsedGoal[]): Promise<void> {
  for (const g of goals) {
    await tx.query(`INSERT INTO learning_goal (kommune_id, code, goal_group, title) VALUES ($1, $2, $3, $4)`, [kommuneId, g.code, g.goalGroup, g.title]);
  }
}
