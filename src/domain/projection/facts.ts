import {
  assignmentCovers,
  isListResponsible,
  type AssignmentFacts,
  type DoctorFacts,
  type ListSnapshotFacts,
  type PositionFacts,
  type Sex,
} from '../registry/index.ts';
import type { PopulationGroup, PopulationSeries, ProjectionPosition } from './types.ts';


/** The positions with a list snapshot on the month, each with its cap, length and the GPs responsible for it that day. */
export function projectionPositions(input: {
  month: string;
  positions: readonly PositionFacts[];
  snapshots: readonly ListSnapshotFacts[];
  assignments: readonly AssignmentFacts[];
  doctors: readonly DoctorFacts[];
}): ProjectionPosition[] {
  const positions = new Map(input.positions.map((p) => [p.id, p]));
  const doctors = new Map(input.doctors.map((d) => [d.id, d]));
  return input.snapshots
    .filter((s) => s.month === input.month)
    .sort((a, b) => a.positionId - b.positionId)
    .map((s) => {
      const p = positions.get(s.positionId);
      if (!p) throw new RangeError(`Snapshot for unknown position ${s.positionId}`);
      const gps = input.assignments
        .filter((a) => a.positionId === s.positionId && isListResponsible(a) && assignmentCovers(a, input.month))
        .map((a) => doctors.get(a.doctorId))
        .filter((d): d is DoctorFacts => d !== undefined)
        .map((d) => ({ birthYear: d.birthYear, inSpecialisation: d.inSpecialisation }));
      return { positionId: s.positionId, officeId: p.officeId, orgForm: p.orgForm, listCap: s.listCap, listLength: s.listLength, gps };
    });
}

/** A stored population figure of one municipality, with where it came from. */
export interface PopulationRowFacts {
  series: string;
  year: number;
  sex: Sex;
  ageFrom: number;
  ageTo: number | null;
  persons: number;
  source: string;
}

const groupKey = (g: PopulationGroup) => `${g.sex}|${g.ageFrom}|${g.ageTo}`;

/** Groups stored rows into series: every group any year has, and per year its figures (null where a year lacks a group). */
export function seriesFromRows(rows: readonly PopulationRowFacts[]): PopulationSeries[] {
  const bySeries = new Map<string, PopulationRowFacts[]>();
  for (const r of rows) {
    const list = bySeries.get(r.series) ?? [];
    list.push(r);
    bySeries.set(r.series, list);
  }
  return [...bySeries.entries()]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([code, list]) => {
      const groups = new Map<string, PopulationGroup>();
      for (const r of list) groups.set(groupKey(r), { sex: r.sex, ageFrom: r.ageFrom, ageTo: r.ageTo });
      const ordered = [...groups.values()].sort((a, b) => a.sex.localeCompare(b.sex) || a.ageFrom - b.ageFrom);
      const index = new Map(ordered.map((g, i) => [groupKey(g), i]));
      const years = new Map<number, (number | null)[]>();
      for (const r of list) {
        const persons = years.get(r.year) ?? ordered.map(() => null);
        persons[index.get(groupKey(r))!] = r.persons;
        years.set(r.year, persons);
      }
      return {
        code,
        source: [...new Set(list.map((r) => r.source))].sort().join('; '),
        groups: ordered,
        years: [...years.entries()].sort((a, b) => a[0] - b[0]).map(([year, persons]) => ({ year, persons })),
      };
    });
}
