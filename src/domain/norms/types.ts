/** Kind of place in a nursing-home unit (S §3.1 and its table of units). */
export type PlaceKind =
  | 'long_term'
  | 'short_term'
  | 'rehabilitation'
  | 'intermediate'
  | 'ohd'
  | 'palliative'
  | 'respite'
  | 'dementia'
  | 'young_special';

/** Every place kind, in the order the UI lists them. */
export const PLACE_KINDS = [
  'long_term',
  'dementia',
  'young_special',
  'short_term',
  'rehabilitation',
  'intermediate',
  'ohd',
  'palliative',
  'respite',
] as const satisfies readonly PlaceKind[];

/** The Nfas 2020 norm has two patient models: long-term (hours per patient-year) and short-term (per stay + per week). */
export type PlaceModel = 'long_term' | 'short_term';

/** A nursing home is dimensioned by the norm; ØHD beds at the out-of-hours service (legevakt) are not. */
export type InstitutionType = 'nursing_home' | 'legevakt';
export type InstitutionOwner = 'municipal' | 'private';

/** A doctor's specialist status; any specialty counts towards the ≥ 50 % goal (S §3.1). */
export type Specialty = 'none' | 'general_practice' | 'geriatrics' | 'psychiatry' | 'internal_medicine' | 'other';

/**
 * What an activity's hours are counted per: a full position's week (non-clinical work), a long-term patient's
 * year, a short-term stay, or a short-term patient's week.
 */
export type ActivityUnit = 'position_week' | 'long_term_year' | 'short_term_stay' | 'short_term_week';

export interface InstitutionFacts {
  id: number;
  name: string;
  institutionType: InstitutionType;
  owner: InstitutionOwner;
}

export interface UnitFacts {
  id: number;
  institutionId: number;
  name: string;
  /** Average length of stay in days; null when the unit has no short-term places. */
  avgStayDays: number | null;
}

/** The places of one kind in a unit as registered today, with their occupancy (0–1). */
export interface PlaceFacts {
  unitId: number;
  placeKind: PlaceKind;
  places: number;
  occupancy: number;
}

/** A planned change in the number of places of one kind in a unit, from a date. */
export interface PlaceChangeFacts {
  unitId: number;
  placeKind: PlaceKind;
  change: number;
  effectiveDate: string;
}

export interface InstitutionDoctorFacts {
  id: number;
  name: string;
  specialty: Specialty;
  inSpecialisation: boolean;
}

/** How much of a doctor's time (FTE) serves one institution. */
export interface StaffingFacts {
  institutionDoctorId: number;
  institutionId: number;
  fte: number;
}

/** The hours of a full position: weekly hours, the non-clinical share of them, and the working weeks of a year. */
export interface PositionHours {
  weeklyHours: number;
  nonClinicalShare: number;
  workingWeeks: number;
}

export interface NormActivity {
  activity: string;
  hours: number;
  unit: ActivityUnit;
  comment: string;
  reference: string;
}

/**
 * A staffing norm for nursing-home doctors, by how it counts:
 * - `activity`: timed activities per patient (Nfas 2020), converted with the clinical hours of a full position;
 * - `per_place`: doctor hours per week per place, by place kind (Legeforeningen's 2002 draft);
 * - `per_resident`: doctor hours per week per resident (the national average).
 */
export type StaffingNorm =
  | { kind: 'activity'; position: PositionHours; activities: readonly NormActivity[] }
  | { kind: 'per_place'; weeklyHours: number; hoursPerPlaceWeek: Readonly<Record<PlaceKind, number>> }
  | { kind: 'per_resident'; weeklyHours: number; hoursPerResidentWeek: number };

/** A municipality's own activity norm from a date: its versions make the norm's history. */
export interface NormVersionFacts {
  id: number;
  validFrom: string;
  name: string;
  source: string;
  position: PositionHours;
  activities: readonly NormActivity[];
}

/** A shipped norm preset (rule data with its source). */
export interface NormPreset {
  key: string;
  name: string;
  validFrom: string;
  source: string;
  norm: StaffingNorm;
}
