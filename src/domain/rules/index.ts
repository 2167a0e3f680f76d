export { DEFAULT_CAPACITY_TARGETS, ruleInForce, type CapacityTargetRule } from './capacity-target.ts';
export { CONSULTATION_RATES, newestConsultationRates, type AgeBandRate, type ConsultationRates } from './consultation-rates.ts';
export { PROJECTION_DEFAULTS, type ProjectionDefaults } from './projection-defaults.ts';
export { ALERT_THRESHOLDS, type AlertThresholds } from './alert-thresholds.ts';
export {
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
} from './training-rules.ts';
export { BASISTILSKUDD_RATES, type MinimumListRule, type PatientWeight, type RateModel, type SubsidyRate } from './basistilskudd-rates.ts';
export { LEGEVAKT_COMPETENCE_RULES, NIGHT_EXEMPTION_AGE_RULES, type CompetenceCourse, type LegevaktCompetenceRule, type NightExemptionAgeRule } from './legevakt-competence.ts';
export { osloDate } from './oslo-date.ts';
