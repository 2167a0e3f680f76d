export { DEFAULT_CAPACITY_TARGETS, DEFAULT_RETIREMENT_AGE, ruleInForce, type CapacityTargetRule } from './capacity-target.ts';
export { CONSULTATION_RATES, newestConsultationRates, type AgeBandRate, type ConsultationRates } from './consultation-rates.ts';
export { PROJECTION_DEFAULTS, type ProjectionDefaults } from './projection-defaults.ts';
export { ALERT_THRESHOLDS, type AlertThresholds } from './alert-thresholds.ts';
export { LEGEVAKT_COMPETENCE_RULES, NIGHT_EXEMPTION_AGE_RULES, type CompetenceCourse, type LegevaktCompetenceRule, type NightExemptionAgeRule } from './legevakt-competence.ts';
