import type { Specialty } from './types.ts';

/** How many of the doctors serving the institutions are specialists, by head count and by FTE, against the goal. */
export interface SpecialistShare {
  doctors: number;
  specialists: number;
  /** specialists ÷ doctors; null with no doctors. */
  share: number | null;
  fte: number;
  specialistFte: number;
  fteShare: number | null;
  /** The goal's minimum share (S §3.1: 50 %). */
  goal: number;
  /** share ≥ goal; null with no doctors. */
  met: boolean | null;
}

/** True for every specialty (the goal asks for specialist competence, not a given specialty). */
export function isSpecialist(specialty: Specialty): boolean {
  switch (specialty) {
    case 'none':
      return false;
    case 'general_practice':
    case 'geriatrics':
    case 'psychiatry':
    case 'internal_medicine':
    case 'other':
      return true;
  }
}

/** The specialist share of a set of doctors, each with the FTE they serve. */
export function specialistShare(doctors: readonly { specialty: Specialty; fte: number }[], goal: number): SpecialistShare {
  const specialists = doctors.filter((d) => isSpecialist(d.specialty));
  const fte = doctors.reduce((s, d) => s + d.fte, 0);
  const specialistFte = specialists.reduce((s, d) => s + d.fte, 0);
  const share = doctors.length > 0 ? specialists.length / doctors.length : null;
  return {
    doctors: doctors.length,
    specialists: specialists.length,
    share,
    fte,
    specialistFte,
    fteShare: fte > 0 ? specialistFte / fte : null,
    goal,
    met: share === null ? null : share >= goal,
  };
}
