import { NFAS_2020 } from '../rules/nursing-home-norms.ts';
import type { NormFacts } from './gap.ts';
import type { NormVersionFacts, StaffingNorm } from './types.ts';

const nfas = NFAS_2020.norm as Extract<StaffingNorm, { kind: 'activity' }>;

/** The Nfas 2020 default as a municipality's first norm version. */
export const NFAS_VERSION: NormVersionFacts = {
  id: 1,
  validFrom: NFAS_2020.validFrom,
  name: NFAS_2020.name,
  source: NFAS_2020.source,
  position: nfas.position,
  activities: nfas.activities,
};

/**
 * Two nursing homes and a legevakt for the unit tests: a long-term home of 80 places growing by 18 in 2025, and a
 * short-term centre with a 4-week unit and a 2.5-week unit; 1.5 FTE in post.
 */
export function smallFacts(): NormFacts {
  return {
    institutions: [
      { id: 1, name: 'Langtidshjemmet', institutionType: 'nursing_home', owner: 'municipal' },
      { id: 2, name: 'Korttidssenteret', institutionType: 'nursing_home', owner: 'municipal' },
      { id: 3, name: 'Legevakta', institutionType: 'legevakt', owner: 'municipal' },
    ],
    units: [
      { id: 11, institutionId: 1, name: 'Post 1', avgStayDays: null },
      { id: 21, institutionId: 2, name: 'Fire uker', avgStayDays: 28 },
      { id: 22, institutionId: 2, name: 'To og en halv uke', avgStayDays: 17.5 },
      { id: 31, institutionId: 3, name: 'ØHD', avgStayDays: 3 },
    ],
    places: [
      { unitId: 11, placeKind: 'long_term', places: 1050 / 13.1, occupancy: 1 },
      { unitId: 21, placeKind: 'short_term', places: 26.25 / 2.25, occupancy: 1 },
      { unitId: 22, placeKind: 'intermediate', places: 10, occupancy: 0.9 },
      { unitId: 22, placeKind: 'ohd', places: 2, occupancy: 0.5 },
      { unitId: 31, placeKind: 'ohd', places: 2, occupancy: 0.6 },
    ],
    changes: [{ unitId: 11, placeKind: 'long_term', change: 18, effectiveDate: '2025-01-01' }],
    doctors: [
      { id: 1, name: 'Lege A', specialty: 'general_practice', inSpecialisation: false },
      { id: 2, name: 'Lege B', specialty: 'none', inSpecialisation: true },
    ],
    staffing: [
      { institutionDoctorId: 1, institutionId: 1, fte: 0.5 },
      { institutionDoctorId: 1, institutionId: 2, fte: 0.2 },
      { institutionDoctorId: 2, institutionId: 2, fte: 0.8 },
    ],
    norms: [NFAS_VERSION],
  };
}
