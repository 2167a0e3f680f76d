/** Areas of municipal doctor work (S §3.0): the FTE allocation and the GPs' municipal tasks use the same list. */
export type MunicipalTaskArea =
  | 'legevakt'
  | 'nursing_homes'
  | 'child_health'
  | 'lis1_supervision'
  | 'alis_supervision'
  | 'alis_coordination'
  | 'leadership'
  | 'community_medicine'
  | 'other';

/** Every area, in the order S §3.0 lists them. */
export const MUNICIPAL_TASK_AREAS = [
  'legevakt',
  'lis1_supervision',
  'alis_supervision',
  'alis_coordination',
  'child_health',
  'nursing_homes',
  'leadership',
  'community_medicine',
  'other',
] as const satisfies readonly MunicipalTaskArea[];
