export { DEFAULT_CAPACITY_TARGETS, DEFAULT_RETIREMENT_AGE, ruleInForce, type CapacityTargetRule } from './capacity-target.ts';
