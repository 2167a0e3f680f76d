import type { CapacityTargetRule } from '../../domain/rules/index.ts';
import type { PostingFacts } from '../../domain/capacity/index.ts';
import type { AssignmentFacts, DoctorFacts, ListSnapshotFacts, PositionFacts } from '../../domain/registry/index.ts';
import type { Queryable } from '../connection.ts';

export interface CapacityFacts {
  positions: PositionFacts[];
  doctors: DoctorFacts[];
  assignments: AssignmentFacts[];
  snapshots: ListSnapshotFacts[];
  /** The municipality's own rules; empty when it has set none. */
  targets: CapacityTargetRule[];
  /** Postings of positions, for the "advertised without applicants" alert. */
  postings: PostingFacts[];
}

/** Loads everything the capacity calculators need for one municipality (aggregates: no doctor filter). */
export async function loadCapacityFacts(db: Queryable, kommuneId: number): Promise<CapacityFacts> {
  const [positions, doctors, assignments, snapshots, targets, postings] = await Promise.all([
    db.query<PositionFacts>(
      `SELECT id, office_id AS "officeId", org_form AS "orgForm", status FROM gp_position WHERE kommune_id = $1`,
      [kommuneId],
    ),
    db.query<DoctorFacts>(
      `SELECT id, birth_year AS "birthYear", sex, specialist_gp AS "specialistGp", in_specialisation AS "inSpecialisation"
         FROM doctor WHERE kommune_id = $1`,
      [kommuneId],
    ),
    db.query<AssignmentFacts>(
      `SELECT position_id AS "positionId", doctor_id AS "doctorId", role, from_date AS "fromDate", to_date AS "toDate"
         FROM position_doctor WHERE kommune_id = $1`,
      [kommuneId],
    ),
    db.query<ListSnapshotFacts>(
      `SELECT position_id AS "positionId", month, list_length AS "listLength", list_cap AS "listCap", waiting_list AS "waitingList"
         FROM list_snapshot WHERE kommune_id = $1`,
      [kommuneId],
    ),
    db.query<CapacityTargetRule>(
      `SELECT valid_from AS "validFrom", free_share_target AS "freeShareTarget", free_places_min AS "freePlacesMin"
         FROM capacity_target WHERE kommune_id = $1 ORDER BY valid_from`,
      [kommuneId],
    ),
    db.query<PostingFacts>(
      `SELECT id, position_id AS "positionId", advertised_from AS "advertisedFrom", deadline, applicants
         FROM position_posting WHERE kommune_id = $1 ORDER BY id`,
      [kommuneId],
    ),
  ]);
  return { positions, doctors, assignments, snapshots, targets, postings };
}
