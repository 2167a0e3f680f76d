import { z } from 'zod';
import { ZDate, ZId, ZText, ZVersion } from '../common.ts';
import { ZChoice } from '../norms/index.ts';
import { GOAL_GROUPS, type GoalAssessmentRecord, type GoalGroup } from '../../domain/training/index.ts';

export const GOAL_GROUP_LABELS: Record<GoalGroup, string> = { specialty: 'Allmennmedisin (spesialitetens mål)', common: 'Felles kompetansemål' };

const ZCode = z.string({ error: 'Må være tekst' }).trim().regex(/^[A-ZÆØÅ0-9][A-ZÆØÅ0-9._-]{0,29}$/i, 'Kode: bokstaver, tall, punktum eller bindestrek, høyst 30 tegn');

/** Body of POST/PUT /api/registry/learning-goals: one goal of the catalogue. */
export const ZLearningGoalInput = z.strictObject({
  code: ZCode,
  goalGroup: ZChoice(GOAL_GROUPS, 'Velg gruppe: allmennmedisin eller felles'),
  title: ZText(500),
});
export type TLearningGoalInput = z.infer<typeof ZLearningGoalInput>;
export type TLearningGoal = TLearningGoalInput & { id: number; version: number };

/** Body of POST /api/training/learning-goals/import: the catalogue as a file (CSV: kode;gruppe;tittel), replacing nothing. */
export const ZGoalImportRequest = z.strictObject({
  fileName: ZText(200),
  content: z.string({ error: 'Må være tekst' }).min(1, 'Filen er tom').max(1_000_000, 'Filen er for stor (høyst 1 MB)'),
});
export interface TGoalImportResponse {
  created: number;
  unchanged: number;
}

/** Body of POST /api/training/agreements/:id/assessments: the supervisor's assessment of one goal. */
export const ZAssessRequest = z.strictObject({
  goalId: ZId,
  assessedDate: ZDate,
  achieved: z.boolean({ error: 'Velg oppnådd eller ikke oppnådd' }),
});
export type TAssessRequest = z.infer<typeof ZAssessRequest>;

/** Body of the confirm/approve actions: the version the user saw. */
export const ZVersionBody = z.strictObject({ version: ZVersion });

/** One goal assessment as the candidate detail shows it. */
export type TGoalAssessment = GoalAssessmentRecord;
