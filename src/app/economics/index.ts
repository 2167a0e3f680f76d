export { getCosts } from './costs.ts';
export { getGoals } from './goals.ts';
export { createMeasureFromPreset } from './measure-from-preset.ts';
export { buildPlanInputs } from './plan-inputs.ts';
export { getRateTable, replaceRateTable } from './rate-table.ts';
export { getSubsidyReport } from './subsidy-report.ts';
