export { createNormVersion, deleteNormVersion } from './norm-versions.ts';
export { getAllocation, getGpTasks, getNormGap, getOhd, getStayWhatIf } from './views.ts';
