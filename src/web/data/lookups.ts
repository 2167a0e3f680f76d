// Small pure helpers the pages use to show foreign keys as names and each position's current state.
import type { TAssignment, TDoctor, TPosition, TSnapshot } from '../../contracts/registry/index.ts';
import { ASSIGNMENT_ROLE_LABELS } from '../../contracts/registry/index.ts';
import { assignmentCovers } from '../../domain/registry/index.ts';
import type { Option } from '../forms/field-spec.ts';
import { formatMonth } from '../format.ts';

/** Rows by id. */
export function byId<T extends { id: number }>(rows: readonly T[] | undefined): Map<number, T> {
  return new Map((rows ?? []).map((r) => [r.id, r]));
}

/** Rows grouped by a numeric key. */
export function groupBy<T>(rows: readonly T[] | undefined, key: (row: T) => number): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const r of rows ?? []) {
    const k = key(r);
    const list = map.get(k);
    if (list) list.push(r);
    else map.set(k, [r]);
  }
  return map;
}

/** Each position's newest list snapshot. */
export function latestSnapshots(snapshots: readonly TSnapshot[] | undefined): Map<number, TSnapshot> {
  const map = new Map<number, TSnapshot>();
  for (const s of snapshots ?? []) {
    const seen = map.get(s.positionId);
    if (!seen || s.month > seen.month) map.set(s.positionId, s);
  }
  return map;
}

/** The assignments in force on a date, by position. */
export function assignmentsOn(assignments: readonly TAssignment[] | undefined, date: string): Map<number, TAssignment[]> {
  return groupBy(
    (assignments ?? []).filter((a) => assignmentCovers(a, date)),
    (a) => a.positionId,
  );
}

/** "Lege SF-07 (syntetisk)", with the role when it is not the holder: "… (vikar)". */
export function doctorWithRole(a: TAssignment, doctors: Map<number, TDoctor>): string {
  const name = doctors.get(a.doctorId)?.name ?? `Lege ${a.doctorId}`;
  return a.role === 'holder' ? name : `${name} (${ASSIGNMENT_ROLE_LABELS[a.role].toLocaleLowerCase('nb-NO')})`;
}

/** A doctor as a choice in a form: "Lege SF-07 (syntetisk) (f. 1971)" (two doctors may share a name). */
export const doctorOptionLabel = (d: TDoctor): string => `${d.name} (f. ${d.birthYear})`;

/** Options for selecting a row by its name, sorted by name. */
export function optionsOf<T extends { id: number }>(rows: readonly T[] | undefined, label: (row: T) => string): Option[] {
  const collator = new Intl.Collator('nb-NO', { numeric: true });
  return (rows ?? []).map((r) => ({ value: String(r.id), label: label(r) })).sort((a, b) => collator.compare(a.label, b.label));
}

/** The distinct months of some rows, newest first, as select options ("feb. 2021"). */
export function monthOptions(rows: readonly { month: string }[] | undefined): Option[] {
  return [...new Set((rows ?? []).map((r) => r.month))]
    .sort()
    .reverse()
    .map((m) => ({ value: m, label: formatMonth(m) }));
}

/** A position's code and office: "SF-H01 – Torvet legesenter". */
export function positionLabel(p: TPosition, offices: Map<number, { name: string }>): string {
  const office = offices.get(p.officeId)?.name;
  return office ? `${p.code} – ${office}` : p.code;
}
