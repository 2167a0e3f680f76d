import type { TAssessmentsResponse, TGoalAssessment, TGoalImportResponse, TSession, TSessionInput, TTrainingOverviewResponse, TLis1Placement } from '../../contracts/training/index.ts';
import { api } from '../api.ts';

const BASE = '/api/training';

export const fetchOverview = (date?: string) => api.get<TTrainingOverviewResponse>(`${BASE}/overview`, { date });
export const overviewXlsxUrl = (date: string) => `${BASE}/overview.xlsx?date=${date}`;
export const logSession = (input: TSessionInput) => api.post<TSession>(`${BASE}/sessions`, input);
export const confirmSession = (id: number, version: number) => api.post<TSession>(`${BASE}/sessions/${id}/confirm`, { version });
export const fetchAssessments = (agreementId: number) => api.get<TAssessmentsResponse>(`${BASE}/agreements/${agreementId}/assessments`);
export const assessGoal = (agreementId: number, body: { goalId: number; assessedDate: string; achieved: boolean }) =>
  api.post<TGoalAssessment>(`${BASE}/agreements/${agreementId}/assessments`, body);
export const approveAssessment = (id: number, version: number) => api.post<TGoalAssessment>(`${BASE}/assessments/${id}/approve`, { version });
export const confirmLis1 = (id: number, version: number) => api.post<TLis1Placement>(`${BASE}/lis1-placements/${id}/confirm`, { version });
export const importGoals = (fileName: string, content: string) => api.post<TGoalImportResponse>(`${BASE}/learning-goals/import`, { fileName, content });
