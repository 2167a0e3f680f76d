import type { TAllocationResponse, TExportTable, TGapResponse, TGapWhatIfResponse, TGpTasksResponse, TOhdResponse } from '../../contracts/norms/index.ts';
import { api } from '../api.ts';

/** The gap report for a year with every stay scaled; with a scale other than 1 also the report as registered. */
export interface GapResult {
  report: TGapResponse;
  baseline: TGapResponse | null;
}

/** GET /api/norms/gap (as registered) or POST /api/norms/gap/what-if (stays scaled: both reports in one answer). */
export async function fetchGap(year: number | undefined, stayScale: number): Promise<GapResult> {
  if (stayScale === 1) return { report: await api.get<TGapResponse>('/api/norms/gap', { year }), baseline: null };
  const r = await api.post<TGapWhatIfResponse>('/api/norms/gap/what-if', { year, stayScale });
  return { report: r.whatIf, baseline: r.baseline };
}

export const fetchAllocation = () => api.get<TAllocationResponse>('/api/norms/allocation');
export const fetchGpTasks = () => api.get<TGpTasksResponse>('/api/norms/gp-tasks');
export const fetchOhd = () => api.get<TOhdResponse>('/api/norms/ohd');

function query(params: Record<string, string | number | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined) q.set(k, String(v));
  return q.toString();
}

/** The gap report as PDF (a plain link: the browser downloads it with the session cookie). */
export const gapPdfUrl = (year: number, stayScale: number) => `/api/norms/gap.pdf?${query({ year, stayScale: stayScale === 1 ? undefined : stayScale })}`;

/** One computed table as .xlsx. */
export const exportUrl = (table: TExportTable, opts: { year?: number; stayScale?: number } = {}) =>
  `/api/norms/export.xlsx?${query({ table, year: opts.year, stayScale: opts.stayScale === 1 ? undefined : opts.stayScale })}`;
