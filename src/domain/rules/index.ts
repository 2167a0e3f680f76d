export { DEFAULT_CAPACITY_TARGETS, ruleInForce, type CapacityTargetRule } from './capacity-target.ts';
