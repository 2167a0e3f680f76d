import { ruleInForce } from '../rules/capacity-target.ts';
import { SPECIALIST_GOAL_RULES } from '../rules/municipal-doctor-rules.ts';
import { NFAS_2020_REFERENCE_STAY_WEEKS, NORM_PRESETS } from '../rules/nursing-home-norms.ts';
import { patientsPerFte, shortTermHoursPerPatientWeek, summariseActivityNorm, type ActivityNormSummary } from './activity-norm.ts';
import { NormDataError } from './errors.ts';
import { explainRow, normFormula } from './formula.ts';
import type {
  FteSplit,
  GapTotals,
  InstitutionReport,
  NormFacts,
  NormGapReport,
  NormInUse,
  PlaceRowReport,
  ServingDoctor,
  UnitReport,
  YearFigures,
} from './gap-types.ts';
import { dimensionedByNorm, placeModel } from './place-kinds.ts';
import { placesOn } from './places.ts';
import { specialistShare } from './specialists.ts';
import { activityPlaceDemand, requiredFte, type PlaceDemand, type PlaceLoad } from './staffing-norm.ts';
import type { NormVersionFacts, PlaceFacts, UnitFacts } from './types.ts';

export type * from './gap-types.ts';

const DAYS_PER_YEAR = 365;
const ZERO: FteSplit = { longTerm: 0, shortTerm: 0, total: 0 };
const addSplit = (a: FteSplit, b: FteSplit): FteSplit => ({ longTerm: a.longTerm + b.longTerm, shortTerm: a.shortTerm + b.shortTerm, total: a.total + b.total });
const sum = <T>(xs: readonly T[], f: (x: T) => number) => xs.reduce((s, x) => s + f(x), 0);

/** The date a year's figures are taken on: 31 December (S's table is "pr 31.12.20"). */
export function yearEnd(year: number): string {
  return `${String(year).padStart(4, '0')}-12-31`;
}

/** The municipality's norm version in force on a date, or null before its first. */
export function normInForce(norms: readonly NormVersionFacts[], date: string): NormVersionFacts | null {
  return norms.some((n) => n.validFrom <= date) ? ruleInForce(norms, date) : null;
}

/** Describes a norm version: its summary and what it gives for its reference stay. */
export function describeNorm(version: NormVersionFacts): NormInUse {
  const summary = summariseActivityNorm(version);
  const hours = shortTermHoursPerPatientWeek(summary, NFAS_2020_REFERENCE_STAY_WEEKS);
  return {
    id: version.id,
    validFrom: version.validFrom,
    name: version.name,
    source: version.source,
    summary,
    reference: { stayWeeks: NFAS_2020_REFERENCE_STAY_WEEKS, hoursPerPatientWeek: hours, patientsPerFte: patientsPerFte(summary.clinicalHoursPerWeek, hours) },
  };
}

interface Names {
  unit: (unitId: number) => string;
  norm: string;
  date: string;
}

function rowDemand(summary: ActivityNormSummary | null, load: PlaceLoad, names: Names & { unitId: number }): PlaceDemand {
  const model = placeModel(load.placeKind);
  const occupied = load.places * load.occupancy;
  if (occupied === 0 && (summary === null || (model === 'short_term' && load.stayDays === null))) {
    return { model, occupied, stayWeeks: null, hoursPerPatientWeek: null, patientsPerFte: null, requiredFte: 0 };
  }
  if (summary === null) throw new NormDataError(`Ingen bemanningsnorm gjelder per ${names.date}. Legg inn en norm som gjelder fra denne datoen eller tidligere.`, 'year');
  const modelHours = model === 'long_term' ? summary.longTermHoursPerPatientYear : summary.shortTermHoursPerStay + summary.shortTermHoursPerWeek;
  if (modelHours <= 0) {
    const what = model === 'long_term' ? 'langtidsplasser (timer per pasient per år)' : 'korttidsplasser (timer per opphold eller per pasientuke)';
    throw new NormDataError(`Normen «${names.norm}» har ingen aktiviteter for ${what}, men ${names.unit(names.unitId)} har slike plasser.`, 'unit');
  }
  if (model === 'short_term' && load.stayDays === null) {
    throw new NormDataError(`${capitalise(names.unit(names.unitId))} har korttidsplasser, men mangler gjennomsnittlig liggetid.`, 'avgStayDays');
  }
  return activityPlaceDemand(summary, load);
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function unitReport(unit: UnitFacts, rows: readonly PlaceFacts[], summary: ActivityNormSummary | null, names: Names): UnitReport {
  const reports = rows.map((r): PlaceRowReport => {
    const demand = rowDemand(summary, { ...r, stayDays: unit.avgStayDays }, { ...names, unitId: unit.id });
    const staysPerYear = demand.model === 'short_term' && unit.avgStayDays !== null ? (demand.occupied * DAYS_PER_YEAR) / unit.avgStayDays : null;
    return {
      ...demand,
      placeKind: r.placeKind,
      places: r.places,
      occupancy: r.occupancy,
      staysPerYear,
      explanation: explainRow(demand, summary?.clinicalHoursPerWeek ?? 0),
    };
  });
  const split = (model: 'long_term' | 'short_term') => sum(reports.filter((r) => r.model === model), (r) => r.requiredFte);
  const longTerm = split('long_term');
  const shortTerm = split('short_term');
  return {
    id: unit.id,
    name: unit.name,
    avgStayDays: unit.avgStayDays,
    places: sum(reports, (r) => r.places),
    occupied: sum(reports, (r) => r.occupied),
    staysPerYear: sum(reports, (r) => r.staysPerYear ?? 0),
    requiredFte: { longTerm, shortTerm, total: longTerm + shortTerm },
    rows: reports,
  };
}

function institutionsOn(facts: NormFacts, version: NormVersionFacts | null, date: string): InstitutionReport[] {
  const summary = version === null ? null : summariseActivityNorm(version);
  const institutionName = new Map(facts.institutions.map((i) => [i.id, i.name]));
  const unitById = new Map(facts.units.map((u) => [u.id, u]));
  const unitName = (id: number) => {
    const u = unitById.get(id);
    return u ? `avdeling «${u.name}» ved ${institutionName.get(u.institutionId) ?? 'ukjent institusjon'}` : `avdeling ${id}`;
  };
  const names: Names = { unit: unitName, norm: version?.name ?? '', date };
  const rows = placesOn(facts.places, facts.changes, date, unitName);
  const doctorById = new Map(facts.doctors.map((d) => [d.id, d]));
  const goal = ruleInForce(SPECIALIST_GOAL_RULES, date).minShare;
  return facts.institutions
    .filter((i) => dimensionedByNorm(i.institutionType))
    .map((inst): InstitutionReport => {
      const unitRows = facts.units.filter((u) => u.institutionId === inst.id);
      const units = unitRows.map((u) => unitReport(u, rows.filter((r) => r.unitId === u.id), summary, names));
      const loads = unitRows.flatMap((u) => rows.filter((r) => r.unitId === u.id).map((r) => ({ ...r, stayDays: u.avgStayDays })));
      const doctors = facts.staffing
        .filter((s) => s.institutionId === inst.id)
        .flatMap((s): ServingDoctor[] => {
          const d = doctorById.get(s.institutionDoctorId);
          return d ? [{ id: d.id, name: d.name, specialty: d.specialty, inSpecialisation: d.inSpecialisation, fte: s.fte }] : [];
        });
      const required = units.reduce((acc, u) => addSplit(acc, u.requiredFte), ZERO);
      const fteInPost = sum(doctors, (d) => d.fte);
      return {
        id: inst.id,
        name: inst.name,
        institutionType: inst.institutionType,
        owner: inst.owner,
        places: sum(units, (u) => u.places),
        occupied: sum(units, (u) => u.occupied),
        staysPerYear: sum(units, (u) => u.staysPerYear),
        requiredFte: required,
        fteInPost,
        gapFte: required.total - fteInPost,
        doctors,
        specialists: specialistShare(doctors, goal),
        presets: NORM_PRESETS.map((p) => ({ key: p.key, name: p.name, requiredFte: sum(loads, (l) => (l.places === 0 ? 0 : requiredFte(p.norm, l))) })),
        units,
      };
    });
}

function totalsOf(institutions: readonly InstitutionReport[]): GapTotals {
  const requiredFte = institutions.reduce((acc, i) => addSplit(acc, i.requiredFte), ZERO);
  const fteInPost = sum(institutions, (i) => i.fteInPost);
  return {
    institutions: institutions.length,
    places: sum(institutions, (i) => i.places),
    occupied: sum(institutions, (i) => i.occupied),
    requiredFte,
    fteInPost,
    gapFte: requiredFte.total - fteInPost,
    presets: NORM_PRESETS.map((p) => ({ key: p.key, name: p.name, requiredFte: sum(institutions, (i) => i.presets.find((x) => x.key === p.key)?.requiredFte ?? 0) })),
  };
}

/** All doctors serving the institutions, each once with the FTE summed over the institutions. */
function servingDoctors(institutions: readonly InstitutionReport[]): ServingDoctor[] {
  const byId = new Map<number, ServingDoctor>();
  for (const d of institutions.flatMap((i) => i.doctors)) {
    const seen = byId.get(d.id);
    byId.set(d.id, seen ? { ...seen, fte: seen.fte + d.fte } : { ...d });
  }
  return [...byId.values()];
}

/** The last year the series shows: at least `minYears` ahead, and through the last planned change. */
function lastYear(facts: NormFacts, year: number, minYears: number): number {
  const changeYears = facts.changes.map((c) => Number(c.effectiveDate.slice(0, 4)));
  return Math.min(year + 30, Math.max(year + minYears, ...changeYears));
}

/**
 * The staffing gap for a year: required doctor FTE per unit, institution and in total (places × occupancy, the norm
 * in force on 31 December, each unit's stay) against the FTE in post, with the specialist share, the shipped presets
 * for comparison, and the same totals for every year through the last planned change in places (at least 4 ahead).
 * Throws NormDataError when the stored facts cannot give a figure.
 */
export function normGapReport(facts: NormFacts, opts: { year: number; minYearsAhead?: number }): NormGapReport {
  const date = yearEnd(opts.year);
  const version = normInForce(facts.norms, date);
  const institutions = institutionsOn(facts, version, date);
  const years: YearFigures[] = [];
  for (let y = opts.year; y <= lastYear(facts, opts.year, opts.minYearsAhead ?? 4); y++) {
    const d = yearEnd(y);
    const v = normInForce(facts.norms, d);
    const insts = y === opts.year ? institutions : institutionsOn(facts, v, d);
    const t = totalsOf(insts);
    years.push({
      year: y,
      date: d,
      normId: v?.id ?? null,
      places: t.places,
      occupied: t.occupied,
      requiredFte: t.requiredFte,
      fteInPost: t.fteInPost,
      gapFte: t.gapFte,
      institutions: insts.map((i) => ({ id: i.id, name: i.name, places: i.places, requiredFte: i.requiredFte.total, gapFte: i.gapFte })),
    });
  }
  const goal = ruleInForce(SPECIALIST_GOAL_RULES, date).minShare;
  const described = version === null ? null : describeNorm(version);
  return {
    year: opts.year,
    date,
    norm: described,
    formula: described === null ? null : normFormula(described.summary),
    institutions,
    totals: totalsOf(institutions),
    specialists: specialistShare(servingDoctors(institutions), goal),
    years,
  };
}
