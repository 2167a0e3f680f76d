import type {
  AllocationFacts,
  GpFacts,
  GpTaskFacts,
  InstitutionDoctorFacts,
  InstitutionFacts,
  NormActivity,
  NormFacts,
  NormVersionFacts,
  OhdRequestFacts,
  PlaceChangeFacts,
  PlaceFacts,
  StaffingFacts,
  UnitFacts,
} from '../../domain/norms/index.ts';
import type { Queryable } from '../connection.ts';

type NormRow = Omit<NormVersionFacts, 'position' | 'activities'> & { weeklyHours: number; nonClinicalShare: number; workingWeeks: number };

/** The municipality's norm versions with their activity tables, oldest first. */
export async function loadNormVersions(db: Queryable, kommuneId: number): Promise<NormVersionFacts[]> {
  const [norms, activities] = await Promise.all([
    db.query<NormRow>(
      `SELECT id, valid_from AS "validFrom", name, source, weekly_hours AS "weeklyHours",
              non_clinical_share AS "nonClinicalShare", working_weeks AS "workingWeeks"
         FROM staffing_norm WHERE kommune_id = $1 ORDER BY valid_from`,
      [kommuneId],
    ),
    db.query<NormActivity & { normId: number }>(
      `SELECT norm_id AS "normId", activity, hours, per_unit AS unit, comment, reference
         FROM norm_activity WHERE kommune_id = $1 ORDER BY norm_id, sort_order, id`,
      [kommuneId],
    ),
  ]);
  return norms.map(({ weeklyHours, nonClinicalShare, workingWeeks, ...n }) => ({
    ...n,
    position: { weeklyHours, nonClinicalShare, workingWeeks },
    activities: activities.filter((a) => a.normId === n.id).map(({ normId: _normId, ...a }) => a),
  }));
}

/** Everything the norm gap is computed from, for one municipality (aggregates: no doctor filter). */
export async function loadNormFacts(db: Queryable, kommuneId: number): Promise<NormFacts> {
  const [institutions, units, places, changes, doctors, staffing, norms] = await Promise.all([
    db.query<InstitutionFacts>(
      `SELECT id, name, institution_type AS "institutionType", owner FROM institution WHERE kommune_id = $1 ORDER BY id`,
      [kommuneId],
    ),
    db.query<UnitFacts>(
      `SELECT id, institution_id AS "institutionId", name, avg_stay_days AS "avgStayDays" FROM institution_unit WHERE kommune_id = $1 ORDER BY id`,
      [kommuneId],
    ),
    db.query<PlaceFacts>(
      `SELECT unit_id AS "unitId", place_kind AS "placeKind", places, occupancy FROM unit_places WHERE kommune_id = $1 ORDER BY unit_id, id`,
      [kommuneId],
    ),
    db.query<PlaceChangeFacts>(
      `SELECT unit_id AS "unitId", place_kind AS "placeKind", delta AS change, effective_date AS "effectiveDate"
         FROM place_change WHERE kommune_id = $1 ORDER BY effective_date, id`,
      [kommuneId],
    ),
    db.query<InstitutionDoctorFacts>(
      `SELECT id, name, specialty, in_specialisation AS "inSpecialisation" FROM institution_doctor WHERE kommune_id = $1 ORDER BY name, id`,
      [kommuneId],
    ),
    db.query<StaffingFacts>(
      `SELECT s.institution_doctor_id AS "institutionDoctorId", s.institution_id AS "institutionId", s.fte
         FROM institution_staffing s JOIN institution_doctor d ON d.id = s.institution_doctor_id
        WHERE s.kommune_id = $1 ORDER BY d.name, s.id`,
      [kommuneId],
    ),
    loadNormVersions(db, kommuneId),
  ]);
  return { institutions, units, places, changes, doctors, staffing, norms };
}

/** The ØHD requests of a municipality dated from–to (inclusive). */
export async function loadOhdRequests(db: Queryable, kommuneId: number, from: string, to: string): Promise<OhdRequestFacts[]> {
  return db.query<OhdRequestFacts>(
    `SELECT request_date AS "requestDate", referrer, admitted,
            criterion_acute AS "criterionAcute", criterion_home_care AS "criterionHomeCare", criterion_home_soon AS "criterionHomeSoon",
            criterion_as_good AS "criterionAsGood", criterion_examined AS "criterionExamined"
       FROM ohd_request WHERE kommune_id = $1 AND request_date BETWEEN $2 AND $3 ORDER BY request_date, id`,
    [kommuneId, from, to],
  );
}

/** The municipal doctor FTE allocation rows, in the order they were entered. */
export async function loadAllocations(db: Queryable, kommuneId: number): Promise<AllocationFacts[]> {
  return db.query<AllocationFacts>(
    `SELECT id, area, note, fte, covered_by AS "coveredBy", need_basis AS "needBasis", need_fte AS "needFte"
       FROM doctor_allocation WHERE kommune_id = $1 ORDER BY id`,
    [kommuneId],
  );
}

/** Every GP task and the registry doctors' names and status, for the GP-task view. */
export async function loadGpTasks(db: Queryable, kommuneId: number): Promise<{ tasks: GpTaskFacts[]; gps: GpFacts[] }> {
  const [tasks, gps] = await Promise.all([
    db.query<GpTaskFacts>(
      `SELECT id, doctor_id AS "doctorId", area, hours_per_week AS "hoursPerWeek", basis, from_date AS "fromDate", to_date AS "toDate", note
         FROM gp_task WHERE kommune_id = $1 ORDER BY doctor_id, from_date, id`,
      [kommuneId],
    ),
    db.query<GpFacts>(
      `SELECT id, name, specialist_gp AS "specialistGp", in_specialisation AS "inSpecialisation" FROM doctor WHERE kommune_id = $1 ORDER BY name, id`,
      [kommuneId],
    ),
  ]);
  return { tasks, gps };
}
