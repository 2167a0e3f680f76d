/** The arenas of an ALIS education plan (DOMAIN.md §7). */
export type Arena = 'open_practice' | 'institution' | 'other_general';
export const ARENAS = ['open_practice', 'institution', 'other_general'] as const satisfies readonly Arena[];

/** Mandatory course kinds (S §5.2) and anything else. */
export type CourseKind = 'basic' | 'acute_medicine' | 'violence_abuse' | 'expert_witness' | 'other';
export const COURSE_KINDS = ['basic', 'acute_medicine', 'violence_abuse', 'expert_witness', 'other'] as const satisfies readonly CourseKind[];

/** A learning goal belongs to the specialty (allmennmedisin) or to the goals common to all specialties. */
export type GoalGroup = 'specialty' | 'common';
export const GOAL_GROUPS = ['specialty', 'common'] as const satisfies readonly GoalGroup[];

export type SessionKind = 'individual' | 'group';
export const SESSION_KINDS = ['individual', 'group'] as const satisfies readonly SessionKind[];

/** Red/amber/green, worst first. */
export type Rag = 'red' | 'amber' | 'green';

/** A doctor as training needs them: name and specialist status. */
export interface TrainingDoctor {
  id: number;
  name: string;
  specialistGp: boolean;
  specialistSince: string | null;
}

/** One ALIS agreement with its plan (full-time months per arena) and supervisor. */
export interface AlisAgreementFacts {
  id: number;
  doctorId: number;
  agreementDate: string;
  startDate: string;
  fte: number;
  supervisorId: number;
  supervisorFrom: string;
  supervisorExemptionUntil: string | null;
  supervisionGroup: string;
  planOpenMonths: number;
  planInstitutionMonths: number;
  planOtherMonths: number;
  grantFrom: string | null;
  specialistDate: string | null;
  leftDate: string | null;
}

export interface AlisPeriodFacts {
  agreementId: number;
  arena: Arena;
  fromDate: string;
  toDate: string | null;
}

export interface SupervisionSessionFacts {
  id: number;
  agreementId: number;
  sessionDate: string;
  minutes: number;
  sessionKind: SessionKind;
  confirmed: boolean;
}

export interface CourseFacts {
  id: number;
  doctorId: number;
  course: CourseKind;
  title: string;
  dueDate: string | null;
  completedDate: string | null;
}

export interface LearningGoalFacts {
  id: number;
  code: string;
  goalGroup: GoalGroup;
  title: string;
}

export interface GoalAssessmentFacts {
  agreementId: number;
  goalId: number;
  achieved: boolean;
  approved: boolean;
}

/** A goal assessment as recorded: the supervisor's verdict on a date, and the leader's approval once given. */
export interface GoalAssessmentRecord {
  id: number;
  version: number;
  agreementId: number;
  goalId: number;
  assessedDate: string;
  achieved: boolean;
  approvedAt: string | null;
}

export interface Lis1IntakeFacts {
  id: number;
  startDate: string;
  positions: number;
  goalPositions: number | null;
}

export interface Lis1PlacementFacts {
  id: number;
  intakeId: number;
  name: string;
  supervisorId: number;
  startDate: string;
  endDate: string;
  confirmed: boolean;
}

/** Everything the training overview is computed from, for one municipality. */
export interface TrainingFacts {
  doctors: readonly TrainingDoctor[];
  agreements: readonly AlisAgreementFacts[];
  periods: readonly AlisPeriodFacts[];
  sessions: readonly SupervisionSessionFacts[];
  courses: readonly CourseFacts[];
  goals: readonly LearningGoalFacts[];
  assessments: readonly GoalAssessmentFacts[];
  intakes: readonly Lis1IntakeFacts[];
  placements: readonly Lis1PlacementFacts[];
}
