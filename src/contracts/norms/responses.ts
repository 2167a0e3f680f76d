import type {
  AllocationSummary,
  GpTaskSummary,
  NormGapReport,
  NormPreset,
  OhdSummary,
  StayWhatIf,
} from '../../domain/norms/index.ts';
import type { TStaffingNorm } from './staffing-norm.ts';

// The computed views answer with the domain's own result types: one computation, one shape, in the API, the PDF and the CLI.

/** GET /api/norms/gap */
export type TGapResponse = NormGapReport;
/** POST /api/norms/gap/what-if */
export type TGapWhatIfResponse = StayWhatIf;
/** GET /api/norms/allocation */
export type TAllocationResponse = AllocationSummary;
/** GET /api/norms/gp-tasks */
export type TGpTasksResponse = GpTaskSummary;
/** GET /api/norms/ohd */
export type TOhdResponse = OhdSummary;
/** GET /api/norms/presets */
export interface TPresetsResponse {
  items: NormPreset[];
}
/** POST /api/norms/versions */
export interface TCreateNormVersionResponse {
  norm: TStaffingNorm;
  activities: number;
}
