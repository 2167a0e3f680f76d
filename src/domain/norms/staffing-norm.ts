import { patientsPerFte, shortTermHoursPerPatientWeek, stayWeeks, summariseActivityNorm, type ActivityNormSummary } from './activity-norm.ts';
import { placeModel } from './place-kinds.ts';
import type { PlaceKind, PlaceModel, StaffingNorm } from './types.ts';

/** The places of one kind in one unit on a date, with the unit's length of stay. */
export interface PlaceLoad {
  placeKind: PlaceKind;
  places: number;
  occupancy: number;
  /** The unit's average stay in days; needed for short-term places that are occupied. */
  stayDays: number | null;
}

/** What one row of places needs under an activity norm, with the figures behind it. */
export interface PlaceDemand {
  model: PlaceModel;
  /** places × occupancy */
  occupied: number;
  stayWeeks: number | null;
  /** Clinical hours per occupied place per working week; null for empty short-term places without a stay. */
  hoursPerPatientWeek: number | null;
  patientsPerFte: number | null;
  /** occupied × hours per patient-week ÷ clinical hours per working week. */
  requiredFte: number;
}

/**
 * Required doctor FTE for one row of places under an activity norm. Long-term: occupied × hours per patient-year ÷
 * clinical hours per FTE-year. Short-term: occupied × (per-week hours + per-stay hours ÷ stay weeks) ÷ clinical hours
 * per working week — patient-weeks are counted over the working weeks, as the Nfas table does (2.25 h against 26.3 h
 * gives its ≈ 12 patients per FTE; counting 52 patient-weeks against 40 working weeks would give 9), because the FTE
 * itself covers holidays and courses (S §3.1: the 7.5 FTE "også skal dekke ferie, kurs og korttidsfravær").
 */
export function activityPlaceDemand(summary: ActivityNormSummary, load: PlaceLoad): PlaceDemand {
  const model = placeModel(load.placeKind);
  const occupied = load.places * load.occupancy;
  const demand = (hoursPerPatientWeek: number, weeks: number | null): PlaceDemand => ({
    model,
    occupied,
    stayWeeks: weeks,
    hoursPerPatientWeek,
    patientsPerFte: patientsPerFte(summary.clinicalHoursPerWeek, hoursPerPatientWeek),
    requiredFte: (occupied * hoursPerPatientWeek) / summary.clinicalHoursPerWeek,
  });
  switch (model) {
    case 'long_term':
      return demand(summary.longTermHoursPerPatientWeek, load.stayDays === null ? null : stayWeeks(load.stayDays));
    case 'short_term': {
      if (load.stayDays === null) {
        if (occupied > 0) throw new RangeError('Occupied short-term places need a length of stay');
        return { model, occupied, stayWeeks: null, hoursPerPatientWeek: null, patientsPerFte: null, requiredFte: 0 };
      }
      const weeks = stayWeeks(load.stayDays);
      return demand(shortTermHoursPerPatientWeek(summary, weeks), weeks);
    }
  }
}

/**
 * Required FTE for one row of places under any norm kind: the activity norm as above; a per-place norm as
 * places × hours per place-week ÷ a position's weekly hours; a per-resident norm as occupied places × hours per
 * resident-week ÷ a position's weekly hours (both presets count doctor hours in post, not clinical hours).
 */
export function requiredFte(norm: StaffingNorm, load: PlaceLoad): number {
  switch (norm.kind) {
    case 'activity':
      return activityPlaceDemand(summariseActivityNorm(norm), load).requiredFte;
    case 'per_place':
      return (load.places * norm.hoursPerPlaceWeek[load.placeKind]) / norm.weeklyHours;
    case 'per_resident':
      return (load.places * load.occupancy * norm.hoursPerResidentWeek) / norm.weeklyHours;
  }
}
