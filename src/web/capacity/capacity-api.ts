import type { TimelineMonth } from '../../domain/capacity/index.ts';
import { api } from '../api.ts';

export interface CapacityTimeline {
  offices: { id: number; name: string }[];
  months: TimelineMonth[];
}

/** GET /api/capacity/timeline: capacity per month, in total and per office. */
export const fetchTimeline = () => api.get<CapacityTimeline>('/api/capacity/timeline');

export const TIMELINE_XLSX = '/api/capacity/timeline/export.xlsx';
