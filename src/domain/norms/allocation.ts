import { assignmentCovers, isListResponsible, type AssignmentFacts, type DoctorFacts } from '../registry/index.ts';
import { ruleInForce } from '../rules/capacity-target.ts';
import { ALIS_SUPERVISION_RULES, GP_OBLIGATION_RULES } from '../rules/municipal-doctor-rules.ts';
import type { MunicipalTaskArea } from './municipal-tasks.ts';

/**
 * How the need for an allocation row is found: not assessed; set by the municipality; the nursing-home norm's
 * required FTE; or the number of ALIS × the supervision FTE per ALIS.
 */
export type NeedBasis = 'not_assessed' | 'manual' | 'nursing_home_norm' | 'alis_supervision_rule';
/** Who does the work: municipally employed doctors, or GPs (e.g. LIS-1 supervision at their own office). */
export type CoveredBy = 'municipal_employees' | 'gps';

export interface AllocationFacts {
  id: number;
  area: MunicipalTaskArea;
  note: string;
  fte: number;
  coveredBy: CoveredBy;
  needBasis: NeedBasis;
  /** Set only when needBasis is 'manual'. */
  needFte: number | null;
}

export interface AllocationNeed {
  basis: NeedBasis;
  /** null: not assessed. */
  fte: number | null;
  explanation: string;
}

export interface AllocationRow extends AllocationFacts {
  need: AllocationNeed;
  /** need − allocated; null when the need is not assessed. */
  gapFte: number | null;
  share: number | null;
}

export interface AreaFigures {
  area: MunicipalTaskArea;
  fte: number;
  share: number | null;
  needFte: number | null;
  gapFte: number | null;
  /** Hours of GPs' municipal tasks in the area on the date, as FTE of a full position. */
  gpTaskFte: number;
}

export interface AllocationSummary {
  date: string;
  rows: AllocationRow[];
  byArea: AreaFigures[];
  totals: {
    fte: number;
    byCoveredBy: Record<CoveredBy, number>;
    /** Σ need of the assessed rows, and the allocated FTE of those same rows. */
    assessedNeedFte: number;
    assessedFte: number;
    gapFte: number;
  };
}

const num = (x: number, digits = 2) => new Intl.NumberFormat('nb-NO', { maximumFractionDigits: digits }).format(x);

/** GPs in specialisation (ALIS) responsible for a list on the date. */
export function alisOn(doctors: readonly DoctorFacts[], assignments: readonly AssignmentFacts[], date: string): number {
  const alis = new Set(doctors.filter((d) => d.inSpecialisation).map((d) => d.id));
  return new Set(assignments.filter((a) => alis.has(a.doctorId) && isListResponsible(a) && assignmentCovers(a, date)).map((a) => a.doctorId)).size;
}

function needOf(row: AllocationFacts, ctx: { date: string; nursingHomeRequiredFte: number | null; alis: number }): AllocationNeed {
  switch (row.needBasis) {
    case 'not_assessed':
      return { basis: row.needBasis, fte: null, explanation: 'Behovet er ikke vurdert' };
    case 'manual':
      return { basis: row.needBasis, fte: row.needFte, explanation: 'Behov satt av kommunen' };
    case 'nursing_home_norm':
      return {
        basis: row.needBasis,
        fte: ctx.nursingHomeRequiredFte,
        explanation: ctx.nursingHomeRequiredFte === null ? 'Ingen sykehjem registrert' : `Bemanningsnormen: ${num(ctx.nursingHomeRequiredFte)} årsverk per ${ctx.date.slice(0, 4)}`,
      };
    case 'alis_supervision_rule': {
      const rule = ruleInForce(ALIS_SUPERVISION_RULES, ctx.date);
      return { basis: row.needBasis, fte: ctx.alis * rule.ftePerAlis, explanation: `${ctx.alis} ALIS × ${num(rule.ftePerAlis, 3)} årsverk` };
    }
  }
}

/**
 * The municipal doctor FTE by area against need on a date. The caller gives the nursing-home norm's required FTE for
 * the date's year, the GP registry (to count ALIS) and the GPs' task hours per area.
 */
export function allocationSummary(input: {
  date: string;
  allocations: readonly AllocationFacts[];
  nursingHomeRequiredFte: number | null;
  doctors: readonly DoctorFacts[];
  assignments: readonly AssignmentFacts[];
  gpTaskHours: readonly { area: MunicipalTaskArea; hoursPerWeek: number }[];
}): AllocationSummary {
  const ctx = { date: input.date, nursingHomeRequiredFte: input.nursingHomeRequiredFte, alis: alisOn(input.doctors, input.assignments, input.date) };
  const fullTime = ruleInForce(GP_OBLIGATION_RULES, input.date).fullTimeHoursPerWeek;
  const total = input.allocations.reduce((s, a) => s + a.fte, 0);
  const share = (x: number) => (total > 0 ? x / total : null);
  const rows = input.allocations.map((a): AllocationRow => {
    const need = needOf(a, ctx);
    return { ...a, need, gapFte: need.fte === null ? null : need.fte - a.fte, share: share(a.fte) };
  });
  const areas = [...new Set([...rows.map((r) => r.area), ...input.gpTaskHours.map((t) => t.area)])];
  const byArea = areas.map((area): AreaFigures => {
    const here = rows.filter((r) => r.area === area);
    const fte = here.reduce((s, r) => s + r.fte, 0);
    const assessed = here.filter((r) => r.need.fte !== null);
    const needFte = assessed.length > 0 ? assessed.reduce((s, r) => s + (r.need.fte ?? 0), 0) : null;
    const assessedFte = assessed.reduce((s, r) => s + r.fte, 0);
    const gpHours = input.gpTaskHours.filter((t) => t.area === area).reduce((s, t) => s + t.hoursPerWeek, 0);
    return { area, fte, share: share(fte), needFte, gapFte: needFte === null ? null : needFte - assessedFte, gpTaskFte: gpHours / fullTime };
  });
  const assessed = rows.filter((r) => r.need.fte !== null);
  const assessedNeedFte = assessed.reduce((s, r) => s + (r.need.fte ?? 0), 0);
  const assessedFte = assessed.reduce((s, r) => s + r.fte, 0);
  const covered = (by: CoveredBy) => rows.filter((r) => r.coveredBy === by).reduce((s, r) => s + r.fte, 0);
  return {
    date: input.date,
    rows,
    byArea,
    totals: {
      fte: total,
      byCoveredBy: { municipal_employees: covered('municipal_employees'), gps: covered('gps') },
      assessedNeedFte,
      assessedFte,
      gapFte: assessedNeedFte - assessedFte,
    },
  };
}
