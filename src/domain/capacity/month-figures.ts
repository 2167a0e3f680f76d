import {
  assignmentCovers,
  isListResponsible,
  type AssignmentFacts,
  type DoctorFacts,
  type ListSnapshotFacts,
} from '../registry/index.ts';

/** Capacity figures of one month, over the positions that have a list snapshot that month. */
export interface CapacityFigures {
  month: string;
  positions: number;
  /** Positions with no GP responsible for the list on the 1st (Helsedirektoratet: "liste uten fast lege"). */
  withoutGp: number;
  patientsWithoutGp: number;
  patients: number;
  sumListCap: number;
  /** Σ max(0, cap − length): places a patient can actually move to. */
  openPlaces: number;
  openShare: number | null;
  /** Helsedirektoratet's "ledige plasser": Σ cap − Σ length (a list over its cap offsets free places elsewhere). */
  netFreePlaces: number;
  openLists: number;
  waitingList: number;
  averageList: number | null;
}

/** Computes a month's capacity figures from its list snapshots and who held each position on the 1st. */
export function capacityFigures(input: {
  month: string;
  snapshots: readonly ListSnapshotFacts[];
  assignments: readonly AssignmentFacts[];
}): CapacityFigures {
  const { month } = input;
  const rows = input.snapshots.filter((s) => s.month === month);
  const staffed = new Set(
    input.assignments.filter((a) => isListResponsible(a) && assignmentCovers(a, month)).map((a) => a.positionId),
  );
  let patients = 0;
  let sumListCap = 0;
  let openPlaces = 0;
  let openLists = 0;
  let waitingList = 0;
  let withoutGp = 0;
  let patientsWithoutGp = 0;
  for (const s of rows) {
    patients += s.listLength;
    sumListCap += s.listCap;
    const free = Math.max(0, s.listCap - s.listLength);
    openPlaces += free;
    if (free > 0) openLists += 1;
    waitingList += s.waitingList;
    if (!staffed.has(s.positionId)) {
      withoutGp += 1;
      patientsWithoutGp += s.listLength;
    }
  }
  return {
    month,
    positions: rows.length,
    withoutGp,
    patientsWithoutGp,
    patients,
    sumListCap,
    openPlaces,
    openShare: sumListCap > 0 ? openPlaces / sumListCap : null,
    netFreePlaces: sumListCap - patients,
    openLists,
    waitingList,
    averageList: rows.length > 0 ? patients / rows.length : null,
  };
}

/** Age bands used for the GP age profile. */
export const AGE_BANDS = [
  { label: 'under 40', min: 0, max: 39 },
  { label: '40–49', min: 40, max: 49 },
  { label: '50–59', min: 50, max: 59 },
  { label: '60–66', min: 60, max: 66 },
  { label: '67 og over', min: 67, max: 200 },
] as const;

export interface GpProfile {
  doctors: number;
  specialists: number;
  specialistShare: number | null;
  women: number;
  averageAge: number | null;
  aged50OrMore: number;
  ageBands: { label: string; count: number }[];
  /** GPs reaching the planning retirement age by each of the next ten years (cumulative, from the month's year). */
  reachingRetirementAge: { age: number; byYear: { year: number; count: number }[] };
}

/** Profile of the GPs responsible for a list on the 1st of the month; age = the month's year − birth year. */
export function gpProfile(input: {
  month: string;
  doctors: readonly DoctorFacts[];
  assignments: readonly AssignmentFacts[];
  retirementAge: number;
}): GpProfile {
  const ids = new Set(
    input.assignments.filter((a) => isListResponsible(a) && assignmentCovers(a, input.month)).map((a) => a.doctorId),
  );
  const gps = input.doctors.filter((d) => ids.has(d.id));
  const year = Number(input.month.slice(0, 4));
  const ages = gps.map((d) => year - d.birthYear);
  const specialists = gps.filter((d) => d.specialistGp).length;
  return {
    doctors: gps.length,
    specialists,
    specialistShare: gps.length > 0 ? specialists / gps.length : null,
    women: gps.filter((d) => d.sex === 'F').length,
    averageAge: ages.length > 0 ? ages.reduce((a, b) => a + b, 0) / ages.length : null,
    aged50OrMore: ages.filter((a) => a >= 50).length,
    ageBands: AGE_BANDS.map((b) => ({ label: b.label, count: ages.filter((a) => a >= b.min && a <= b.max).length })),
    reachingRetirementAge: {
      age: input.retirementAge,
      byYear: Array.from({ length: 11 }, (_, i) => ({
        year: year + i,
        count: gps.filter((d) => d.birthYear + input.retirementAge <= year + i).length,
      })),
    },
  };
}
