export { getPopulation, getPopulationSeries, importPopulationFile, previewPopulationFile, removePopulationImport } from './population.ts';
export { compareSavedScenarios, getProjectionFacts, getScenarioResult, projectScenarios, runProjection } from './scenarios.ts';
