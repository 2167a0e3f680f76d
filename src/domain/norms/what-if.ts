import { NormDataError } from './errors.ts';
import { normGapReport, type FteSplit, type NormFacts, type NormGapReport } from './gap.ts';
import type { UnitFacts } from './types.ts';

/** A what-if on length of stay: every stay scaled, and some units given a stay of their own. */
export interface StayScenario {
  /** Multiplies every unit's stay (0.8 = stays 20 % shorter); 1 leaves them. */
  stayScale: number;
  /** Units whose stay is set outright (the scale does not apply to them). */
  stays: readonly { unitId: number; avgStayDays: number }[];
}

export interface StayWhatIf {
  scenario: StayScenario;
  baseline: NormGapReport;
  whatIf: NormGapReport;
  /** whatIf − baseline for the year asked about. */
  change: { requiredFte: FteSplit; gapFte: number; staysPerYear: number };
}

/** The units with the scenario's stays (new objects; the input is not changed). Refuses a unit that does not exist. */
export function withStays(units: readonly UnitFacts[], scenario: StayScenario): UnitFacts[] {
  const overrides = new Map(scenario.stays.map((s) => [s.unitId, s.avgStayDays]));
  const known = new Set(units.map((u) => u.id));
  scenario.stays.forEach((s, i) => {
    if (!known.has(s.unitId)) throw new NormDataError(`Fant ikke avdeling ${s.unitId}`, `stays.${i}.unitId`);
  });
  return units.map((u) => ({ ...u, avgStayDays: overrides.get(u.id) ?? (u.avgStayDays === null ? null : u.avgStayDays * scenario.stayScale) }));
}

/** The gap as it is and as it would be with other stays: shorter stays mean more admissions and discharges, so more doctor time. */
export function stayWhatIf(facts: NormFacts, opts: { year: number }, scenario: StayScenario): StayWhatIf {
  const baseline = normGapReport(facts, opts);
  const whatIf = normGapReport({ ...facts, units: withStays(facts.units, scenario) }, opts);
  const b = baseline.totals;
  const w = whatIf.totals;
  const stays = (r: NormGapReport) => r.institutions.reduce((s, i) => s + i.staysPerYear, 0);
  return {
    scenario,
    baseline,
    whatIf,
    change: {
      requiredFte: {
        longTerm: w.requiredFte.longTerm - b.requiredFte.longTerm,
        shortTerm: w.requiredFte.shortTerm - b.requiredFte.shortTerm,
        total: w.requiredFte.total - b.requiredFte.total,
      },
      gapFte: w.gapFte - b.gapFte,
      staysPerYear: stays(whatIf) - stays(baseline),
    },
  };
}
