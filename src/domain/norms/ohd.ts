import { placesOn } from './places.ts';
import type { InstitutionFacts, PlaceChangeFacts, PlaceFacts, UnitFacts } from './types.ts';

/** Who asked for an ØHD bed: only municipal doctors may admit (S §3.2), and the emergency department after a diagnostic loop (S §3.2.1). */
export type OhdReferrer = 'gp' | 'legevakt' | 'institution' | 'hospital_emergency' | 'other';

/** The five admission criteria (S §3.2), all of which must hold. */
export const OHD_CRITERIA = ['criterionAcute', 'criterionHomeCare', 'criterionHomeSoon', 'criterionAsGood', 'criterionExamined'] as const;
export type OhdCriterion = (typeof OHD_CRITERIA)[number];

/** One request for an ØHD bed, as a checklist — no patient identity. */
export type OhdRequestFacts = { requestDate: string; referrer: OhdReferrer; admitted: boolean } & Record<OhdCriterion, boolean>;

export interface OhdBeds {
  institutionId: number;
  institution: string;
  unitId: number;
  unit: string;
  beds: number;
  occupancy: number;
}

interface Tally {
  requests: number;
  allCriteriaMet: number;
  admitted: number;
}

export interface OhdSummary {
  from: string;
  to: string;
  beds: { total: number; occupied: number; occupancy: number | null; units: OhdBeds[] };
  requests: number;
  allCriteriaMet: number;
  /** Share of requests that met all five criteria; null with no requests. */
  allCriteriaShare: number | null;
  admitted: number;
  admittedShare: number | null;
  admittedWithoutAllCriteria: number;
  refusedDespiteAllCriteria: number;
  byCriterion: { criterion: OhdCriterion; met: number; share: number | null }[];
  byReferrer: (Tally & { referrer: OhdReferrer })[];
  byMonth: (Tally & { month: string })[];
}

/** True when the request meets all five criteria. */
export function meetsAllCriteria(r: Record<OhdCriterion, boolean>): boolean {
  return OHD_CRITERIA.every((c) => r[c]);
}

const share = (n: number, of: number) => (of > 0 ? n / of : null);

function tally(rows: readonly OhdRequestFacts[]): Tally {
  return { requests: rows.length, allCriteriaMet: rows.filter(meetsAllCriteria).length, admitted: rows.filter((r) => r.admitted).length };
}

function groupBy<K extends string>(rows: readonly OhdRequestFacts[], key: (r: OhdRequestFacts) => K): Map<K, OhdRequestFacts[]> {
  const groups = new Map<K, OhdRequestFacts[]>();
  for (const r of rows) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
  return groups;
}

/** ØHD beds in force on `to` (every institution, the legevakt's included) and the requests dated from–to (inclusive). */
export function ohdSummary(input: {
  from: string;
  to: string;
  institutions: readonly InstitutionFacts[];
  units: readonly UnitFacts[];
  places: readonly PlaceFacts[];
  changes: readonly PlaceChangeFacts[];
  requests: readonly OhdRequestFacts[];
}): OhdSummary {
  const unitById = new Map(input.units.map((u) => [u.id, u]));
  const instById = new Map(input.institutions.map((i) => [i.id, i]));
  const unitName = (id: number) => `avdeling «${unitById.get(id)?.name ?? id}»`;
  const units = placesOn(input.places, input.changes, input.to, unitName)
    .filter((p) => p.placeKind === 'ohd')
    .flatMap((p): OhdBeds[] => {
      const unit = unitById.get(p.unitId);
      const inst = unit && instById.get(unit.institutionId);
      return unit && inst ? [{ institutionId: inst.id, institution: inst.name, unitId: unit.id, unit: unit.name, beds: p.places, occupancy: p.occupancy }] : [];
    });
  const total = units.reduce((s, u) => s + u.beds, 0);
  const occupied = units.reduce((s, u) => s + u.beds * u.occupancy, 0);
  const rows = input.requests.filter((r) => r.requestDate >= input.from && r.requestDate <= input.to);
  const all = tally(rows);
  return {
    from: input.from,
    to: input.to,
    beds: { total, occupied, occupancy: share(occupied, total), units },
    ...all,
    allCriteriaShare: share(all.allCriteriaMet, all.requests),
    admittedShare: share(all.admitted, all.requests),
    admittedWithoutAllCriteria: rows.filter((r) => r.admitted && !meetsAllCriteria(r)).length,
    refusedDespiteAllCriteria: rows.filter((r) => !r.admitted && meetsAllCriteria(r)).length,
    byCriterion: OHD_CRITERIA.map((criterion) => {
      const met = rows.filter((r) => r[criterion]).length;
      return { criterion, met, share: share(met, rows.length) };
    }),
    byReferrer: [...groupBy(rows, (r) => r.referrer)].map(([referrer, rs]) => ({ referrer, ...tally(rs) })),
    byMonth: [...groupBy(rows, (r) => `${r.requestDate.slice(0, 7)}-01`)].sort(([a], [b]) => a.localeCompare(b)).map(([month, rs]) => ({ month, ...tally(rs) })),
  };
}
