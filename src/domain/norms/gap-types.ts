import type { ActivityNormSummary } from './activity-norm.ts';
import type { NormFormula } from './formula.ts';
import type { SpecialistShare } from './specialists.ts';
import type { PlaceDemand } from './staffing-norm.ts';
import type {
  InstitutionDoctorFacts,
  InstitutionFacts,
  InstitutionOwner,
  InstitutionType,
  NormVersionFacts,
  PlaceChangeFacts,
  PlaceFacts,
  PlaceKind,
  Specialty,
  StaffingFacts,
  UnitFacts,
} from './types.ts';

/** Everything the gap is computed from, for one municipality. */
export interface NormFacts {
  institutions: readonly InstitutionFacts[];
  units: readonly UnitFacts[];
  places: readonly PlaceFacts[];
  changes: readonly PlaceChangeFacts[];
  doctors: readonly InstitutionDoctorFacts[];
  staffing: readonly StaffingFacts[];
  /** The municipality's norm versions. */
  norms: readonly NormVersionFacts[];
}

/** Required FTE split by the norm's two patient models. */
export interface FteSplit {
  longTerm: number;
  shortTerm: number;
  total: number;
}

export interface PlaceRowReport extends PlaceDemand {
  placeKind: PlaceKind;
  places: number;
  occupancy: number;
  /** Short-term stays a year (occupied × 365 ÷ stay days): shorter stays mean more admissions and discharges. Null for long-term rows. */
  staysPerYear: number | null;
  /** The row's arithmetic in words. */
  explanation: string;
}

export interface UnitReport {
  id: number;
  name: string;
  avgStayDays: number | null;
  places: number;
  occupied: number;
  staysPerYear: number;
  requiredFte: FteSplit;
  rows: PlaceRowReport[];
}

export interface PresetFigure {
  key: string;
  name: string;
  requiredFte: number;
}

export interface ServingDoctor {
  id: number;
  name: string;
  specialty: Specialty;
  inSpecialisation: boolean;
  fte: number;
}

export interface InstitutionReport {
  id: number;
  name: string;
  institutionType: InstitutionType;
  owner: InstitutionOwner;
  places: number;
  occupied: number;
  staysPerYear: number;
  requiredFte: FteSplit;
  fteInPost: number;
  /** required − in post: positive means too few FTE. */
  gapFte: number;
  doctors: ServingDoctor[];
  specialists: SpecialistShare;
  /** What the other shipped norms would require, for comparison. */
  presets: PresetFigure[];
  units: UnitReport[];
}

export interface GapTotals {
  institutions: number;
  places: number;
  occupied: number;
  requiredFte: FteSplit;
  fteInPost: number;
  gapFte: number;
  presets: PresetFigure[];
}

/** The norm version a year was computed with, and what it comes to. */
export interface NormInUse {
  id: number;
  validFrom: string;
  name: string;
  source: string;
  summary: ActivityNormSummary;
  /** The short-term table's own stay (Nfas: 4 weeks) and what the norm gives for it. */
  reference: { stayWeeks: number; hoursPerPatientWeek: number; patientsPerFte: number | null };
}

export interface YearFigures {
  year: number;
  date: string;
  normId: number | null;
  places: number;
  occupied: number;
  requiredFte: FteSplit;
  fteInPost: number;
  gapFte: number;
  institutions: { id: number; name: string; places: number; requiredFte: number; gapFte: number }[];
}

/** The gap page: the norm, each institution with its units, the totals, the specialist share and the years ahead. */
export interface NormGapReport {
  year: number;
  /** Places and norm are taken as in force on this date (31 December of the year). */
  date: string;
  norm: NormInUse | null;
  formula: NormFormula | null;
  institutions: InstitutionReport[];
  totals: GapTotals;
  specialists: SpecialistShare;
  years: YearFigures[];
}
