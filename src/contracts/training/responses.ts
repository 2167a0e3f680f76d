import { z } from 'zod';
import { ZDate } from '../common.ts';
import type { TrainingOverview } from '../../domain/training/index.ts';
import type { TGoalAssessment } from './learning-goal.ts';

/** Query of GET /api/training/overview and /api/training/overview.xlsx: the date (default today). */
export const ZTrainingQuery = z.strictObject({ date: ZDate.optional() });

/** GET /api/training/overview: the domain's own result, the same the CLI prints. */
export type TTrainingOverviewResponse = TrainingOverview;

/** GET /api/training/agreements/:id/assessments */
export interface TAssessmentsResponse {
  items: TGoalAssessment[];
}
