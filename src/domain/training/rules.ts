import { ALIS_SUPERVISION_RULES, type AlisSupervisionRule } from '../rules/municipal-doctor-rules.ts';
import {
  ALIS_GRANT_RULES,
  ALIS_PLAN_RULES,
  LIS1_RULES,
  RECERTIFICATION_RULES,
  SUPERVISION_HOUR_RULES,
  TRAINING_ALERT_RULES,
  type AlisGrantRule,
  type AlisPlanRule,
  type Lis1Rule,
  type RecertificationRule,
  type SupervisionHourRule,
  type TrainingAlertRule,
} from '../rules/training-rules.ts';

/** The dated rule sets training is computed with; tests pass their own, the app the shipped ones. */
export interface TrainingRules {
  supervisionHours: readonly SupervisionHourRule[];
  plan: readonly AlisPlanRule[];
  grant: readonly AlisGrantRule[];
  recertification: readonly RecertificationRule[];
  lis1: readonly Lis1Rule[];
  alerts: readonly TrainingAlertRule[];
  supervisorFte: readonly AlisSupervisionRule[];
}

export const TRAINING_RULES: TrainingRules = {
  supervisionHours: SUPERVISION_HOUR_RULES,
  plan: ALIS_PLAN_RULES,
  grant: ALIS_GRANT_RULES,
  recertification: RECERTIFICATION_RULES,
  lis1: LIS1_RULES,
  alerts: TRAINING_ALERT_RULES,
  supervisorFte: ALIS_SUPERVISION_RULES,
};
