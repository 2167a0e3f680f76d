import type { Overview } from '../../domain/capacity/index.ts';
import { api } from '../api.ts';

/** GET /api/overview: the Oversikt figures, computed by the domain's overview(). */
export const fetchOverview = () => api.get<Overview>('/api/overview');
