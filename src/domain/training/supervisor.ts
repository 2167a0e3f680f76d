import { formatDate } from '../format/index.ts';
import type { TrainingDoctor } from './types.ts';

/** Why a doctor may (or may not) supervise an ALIS on a date. */
export type SupervisorBasis = 'specialist' | 'exemption' | 'none';

export interface SupervisorEligibility {
  basis: SupervisorBasis;
  eligible: boolean;
  /** Norwegian explanation, naming the dates. */
  message: string;
}

/**
 * A supervisor must be a specialist in general practice on the date, or hold a time-limited exemption still valid
 * then (S §5.2: Helsedirektoratet may grant one on the municipality's application).
 */
export function supervisorEligibility(supervisor: Pick<TrainingDoctor, 'name' | 'specialistGp' | 'specialistSince'>, exemptionUntil: string | null, date: string): SupervisorEligibility {
  if (supervisor.specialistGp && supervisor.specialistSince !== null && supervisor.specialistSince <= date) {
    return { basis: 'specialist', eligible: true, message: `${supervisor.name} er spesialist i allmennmedisin fra ${supervisor.specialistSince}` };
  }
  if (exemptionUntil !== null && exemptionUntil >= date) {
    return { basis: 'exemption', eligible: true, message: `${supervisor.name} er ikke spesialist, men har fritak til ${formatDate(exemptionUntil)}` };
  }
  const why = exemptionUntil === null ? 'og har ikke fritak' : `og fritaket gikk ut ${formatDate(exemptionUntil)}`;
  return { basis: 'none', eligible: false, message: `${supervisor.name} er ikke spesialist i allmennmedisin ${formatDate(date)} ${why}` };
}
