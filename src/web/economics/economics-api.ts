import type { TCostsResponse, TGoalsResponse, TRateTableResponse, TSubsidyResponse } from '../../contracts/economics/index.ts';
import type { PlanChapter } from '../../contracts/economics/index.ts';
import { api } from '../api.ts';

export const fetchCosts = () => api.get<TCostsResponse>('/api/economics/costs');
export const fetchSubsidy = () => api.get<TSubsidyResponse>('/api/economics/basistilskudd');
export const fetchRates = () => api.get<TRateTableResponse>('/api/economics/rates');
export const fetchGoals = () => api.get<TGoalsResponse>('/api/economics/goals');
export const measureFromPreset = (packageId: number, preset: string) => api.post<{ id: number }>('/api/economics/measures/from-preset', { packageId, preset });

/** The plan document with the chosen chapters (a plain link: the browser downloads it with the session cookie). */
export const planUrl = (kind: 'docx' | 'pdf', chapters: readonly PlanChapter[]) => `/api/economics/plan.${kind}?chapters=${chapters.join(',')}`;
