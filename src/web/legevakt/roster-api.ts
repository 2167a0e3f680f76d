// The legevakt roster API at /api/legevakt, typed from the roster contracts.
import type {
  TAbsenceRequest,
  TCandidate,
  TCheckResponse,
  TEditRequest,
  TFeedResponse,
  TGenerateRequest,
  TJob,
  TMyShift,
  TOpenShift,
  TRepairRequest,
  TResolveRequest,
  TRosterDetail,
  TRosterSummary,
  TSwap,
  TSwapDecision,
  TSwapOffer,
} from '../../contracts/roster/index.ts';
import { api } from '../api.ts';

const BASE = '/api/legevakt';

/** A roster and the job that is (re)making it, as the 202 of generate, solve and repair answer. */
export interface TStartedJob {
  roster: TRosterSummary;
  job: TJob;
}

export const fetchRosters = async () => (await api.get<{ items: TRosterSummary[] }>(`${BASE}/rosters`)).items;
export const generateRoster = (body: TGenerateRequest) => api.post<TStartedJob>(`${BASE}/rosters`, body);
export const fetchRoster = (id: number) => api.get<TRosterDetail>(`${BASE}/rosters/${id}`);
export const deleteRoster = (id: number, version: number) => api.del<unknown>(`${BASE}/rosters/${id}`, { version });

export const fetchJob = (id: number) => api.get<TJob>(`${BASE}/jobs/${id}`);
export const cancelJob = (id: number) => api.post<TJob>(`${BASE}/jobs/${id}/cancel`, undefined);

/** Who could take a shift instead (participants off that day), allowed ones first, best first, with why not. */
export const fetchCandidates = async (id: number, q: { date: string; templateId: number; fromDoctorId: number | null }) =>
  (await api.get<{ items: TCandidate[] }>(`${BASE}/rosters/${id}/candidates`, { date: q.date, templateId: q.templateId, fromDoctorId: q.fromDoctorId ?? undefined })).items;
export const checkEdit = (id: number, body: TEditRequest) => api.post<TCheckResponse>(`${BASE}/rosters/${id}/check`, body);
export const saveEdit = (id: number, body: TEditRequest) => api.post<TRosterDetail>(`${BASE}/rosters/${id}/edit`, body);
export const resolveRange = (id: number, body: TResolveRequest) => api.post<TStartedJob>(`${BASE}/rosters/${id}/solve`, body);
export const publishRoster = (id: number, version: number) => api.post<TRosterDetail>(`${BASE}/rosters/${id}/publish`, { version });
export const reportAbsence = (id: number, body: TAbsenceRequest) => api.post<TRosterDetail>(`${BASE}/rosters/${id}/absences`, body);
export const repairRoster = (id: number, body: TRepairRequest) => api.post<TStartedJob>(`${BASE}/rosters/${id}/repair`, body);

/** Export links (plain links: the browser downloads them with the session cookie). */
export const rosterXlsxUrl = (id: number) => `${BASE}/rosters/${id}/export.xlsx`;
export const rosterPdfUrl = (id: number, by: 'week' | 'doctor') => `${BASE}/rosters/${id}/export.pdf?by=${by}`;

export const fetchMyShifts = async () => (await api.get<{ items: TMyShift[] }>(`${BASE}/my/shifts`)).items;
export const fetchFeed = () => api.get<TFeedResponse>(`${BASE}/my/feed`);
export const createFeed = () => api.post<TFeedResponse>(`${BASE}/my/feed`, undefined);
export const revokeFeed = () => api.post<TFeedResponse>(`${BASE}/my/feed/revoke`, undefined);

export const fetchOpenShifts = async () => (await api.get<{ items: TOpenShift[] }>(`${BASE}/open-shifts`)).items;
export const takeOpenShift = (shiftId: number) => api.post<TMyShift>(`${BASE}/open-shifts/${shiftId}/take`, undefined);

export const fetchSwaps = async () => (await api.get<{ items: TSwap[] }>(`${BASE}/swaps`)).items;
export const offerSwap = (body: TSwapOffer) => api.post<TSwap>(`${BASE}/swaps`, body);
export type SwapAction = 'accept' | 'approve' | 'refuse' | 'withdraw';
export const decideSwap = (id: number, action: SwapAction, body: TSwapDecision) => api.post<TSwap>(`${BASE}/swaps/${id}/${action}`, body);
