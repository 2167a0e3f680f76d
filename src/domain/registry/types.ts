/** Organisation form of a GP position (hjemmel). */
export type PositionOrgForm = 'self_employed' | 'fixed_salary' | 'section_8_2' | 'municipal';
export type PositionStatus = 'active' | 'vacant' | 'advertised' | 'substitute';
export type AssignmentRole = 'holder' | 'substitute' | 'shared';
export type Sex = 'F' | 'M';

export interface PositionFacts {
  id: number;
  officeId: number;
  orgForm: PositionOrgForm;
  status: PositionStatus;
}

export interface DoctorFacts {
  id: number;
  birthYear: number;
  sex: Sex;
  specialistGp: boolean;
  inSpecialisation: boolean;
}

export interface AssignmentFacts {
  positionId: number;
  doctorId: number;
  role: AssignmentRole;
  fromDate: string;
  toDate: string | null;
}

/** Upper limits on list counts, the same as the database's CHECK constraints: above them a figure is a typo. */
export const SNAPSHOT_LIMITS = { listLength: 10_000, listCap: 5_000, waitingList: 100_000 } as const;

/** A position's list counted on the 1st of a month. */
export interface ListSnapshotFacts {
  positionId: number;
  month: string; // YYYY-MM-01
  listLength: number;
  listCap: number;
  waitingList: number;
}

/** True when the assignment covers the date (from ≤ date, and to empty or ≥ date). */
export function assignmentCovers(a: AssignmentFacts, date: string): boolean {
  return a.fromDate <= date && (a.toDate === null || a.toDate >= date);
}

/** A GP who is responsible for the list on the date: a holder, or one of the doctors sharing a fellesliste. */
export function isListResponsible(a: AssignmentFacts): boolean {
  switch (a.role) {
    case 'holder':
    case 'shared':
      return true;
    case 'substitute':
      return false;
  }
}
