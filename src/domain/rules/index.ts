export { DEFAULT_CAPACITY_TARGETS, ruleInForce, type CapacityTargetRule } from './capacity-target.ts';
export { CONSULTATION_RATES, newestConsultationRates, type ConsultationRates } from './consultation-rates.ts';
export { PROJECTION_DEFAULTS, type ProjectionDefaults } from './projection-defaults.ts';
export { ALERT_THRESHOLDS, type AlertThresholds } from './alert-thresholds.ts';
export { ALIS_PLAN_RULES } from './training-rules.ts';
export { LEGEVAKT_COMPETENCE_RULES, type CompetenceCourse, type LegevaktCompetenceRule } from './legevakt-competence.ts';
export { osloDate } from './oslo-date.ts';
