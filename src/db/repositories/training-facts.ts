import type { TrainingFacts } from '../../domain/training/index.ts';
import type { Queryable } from '../connection.ts';

/** Everything the training overview is computed from, for one municipality (the server narrows it per viewer). */
export async function loadTrainingFacts(db: Queryable, kommuneId: number): Promise<TrainingFacts> {
  const q = <T>(sql: string) => db.query<T>(sql, [kommuneId]);
  const [doctors, agreements, periods, sessions, courses, goals, assessments, intakes, placements] = await Promise.all([
    q<TrainingFacts['doctors'][number]>(`SELECT id, name, specialist_gp AS "specialistGp", specialist_since AS "specialistSince" FROM doctor WHERE kommune_id = $1 ORDER BY id`),
    q<TrainingFacts['agreements'][number]>(
      `SELECT id, doctor_id AS "doctorId", agreement_date AS "agreementDate", start_date AS "startDate", fte, supervisor_id AS "supervisorId",
              supervisor_from AS "supervisorFrom", supervisor_exemption_until AS "supervisorExemptionUntil", supervision_group AS "supervisionGroup",
              plan_open_months AS "planOpenMonths", plan_institution_months AS "planInstitutionMonths", plan_other_months AS "planOtherMonths",
              grant_from AS "grantFrom", specialist_date AS "specialistDate", left_date AS "leftDate"
         FROM alis_agreement WHERE kommune_id = $1 ORDER BY id`,
    ),
    q<TrainingFacts['periods'][number]>(`SELECT agreement_id AS "agreementId", arena, from_date AS "fromDate", to_date AS "toDate" FROM alis_period WHERE kommune_id = $1 ORDER BY id`),
    q<TrainingFacts['sessions'][number]>(
      `SELECT id, agreement_id AS "agreementId", session_date AS "sessionDate", minutes, session_kind AS "sessionKind", confirmed_at IS NOT NULL AS confirmed
         FROM supervision_session WHERE kommune_id = $1 ORDER BY id`,
    ),
    q<TrainingFacts['courses'][number]>(
      `SELECT id, doctor_id AS "doctorId", course, title, due_date AS "dueDate", completed_date AS "completedDate" FROM doctor_course WHERE kommune_id = $1 ORDER BY id`,
    ),
    q<TrainingFacts['goals'][number]>(`SELECT id, code, goal_group AS "goalGroup", title FROM learning_goal WHERE kommune_id = $1 ORDER BY code`),
    q<TrainingFacts['assessments'][number]>(
      `SELECT agreement_id AS "agreementId", goal_id AS "goalId", achieved, approved_at IS NOT NULL AS approved FROM goal_assessment WHERE kommune_id = $1 ORDER BY id`,
    ),
    q<TrainingFacts['intakes'][number]>(`SELECT id, start_date AS "startDate", positions, goal_positions AS "goalPositions" FROM lis1_intake WHERE kommune_id = $1 ORDER BY start_date`),
    q<TrainingFacts['placements'][number]>(
      `SELECT id, intake_id AS "intakeId", name, supervisor_id AS "supervisorId", start_date AS "startDate", end_date AS "endDate", confirmed_at IS NOT NULL AS confirmed
         FROM lis1_placement WHERE kommune_id = $1 ORDER BY start_date, id`,
    ),
  ]);
  return { doctors, agreements, periods, sessions, courses, goals, assessments, intakes, placements };
}
