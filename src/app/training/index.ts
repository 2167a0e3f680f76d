export { approveGoal, assessGoal, listAgreementAssessments } from './assessments.ts';
export { confirmLis1, confirmSession } from './confirm.ts';
export { importGoals } from './import-goals.ts';
export { logSession } from './log-session.ts';
export { getTrainingOverview } from './overview.ts';
