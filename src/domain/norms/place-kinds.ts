import type { InstitutionType, PlaceKind, PlaceModel } from './types.ts';

/**
 * Which Nfas model staffs a place kind. Long-term, dementia and the special places for the young are long-term
 * places (hours per patient-year); every kind with stays counted in days or weeks uses the short-term model with its
 * unit's own length of stay — S §3.1 treats Sandefjord medisinske senter (rehabilitation, intermediate, ØHD,
 * palliative) as short-term places with an average stay of about 2.5 weeks.
 */
export function placeModel(kind: PlaceKind): PlaceModel {
  switch (kind) {
    case 'long_term':
    case 'dementia':
    case 'young_special':
      return 'long_term';
    case 'short_term':
    case 'rehabilitation':
    case 'intermediate':
    case 'ohd':
    case 'palliative':
    case 'respite':
      return 'short_term';
  }
}

/** True for institutions the nursing-home norm dimensions; ØHD beds at the legevakt are staffed by its duty doctors. */
export function dimensionedByNorm(type: InstitutionType): boolean {
  switch (type) {
    case 'nursing_home':
      return true;
    case 'legevakt':
      return false;
  }
}
