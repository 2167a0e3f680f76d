import type { PatientWeight, SubsidyRate } from '../rules/basistilskudd-rates.ts';
import { EconomicsDataError } from './errors.ts';
import { addYears, dayBefore } from './months.ts';
import type { Ore } from './money.ts';

/** A list's composition by sex and age group, as shares summing to 1 (never individual patients). */
export interface ListComposition {
  groups: readonly { sex: 'F' | 'M'; ageFrom: number; ageTo: number | null; share: number }[];
}

/** Where each entry's validity ends: its validTo, else the day before the next entry starts, else open. */
function effectiveEnd(sorted: readonly SubsidyRate[], i: number): string | null {
  const own = sorted[i]!.validTo;
  const next = sorted[i + 1];
  const beforeNext = next ? dayBefore(next.validFrom) : null;
  if (own === null) return beforeNext;
  return beforeNext === null || own < beforeNext ? own : beforeNext;
}

/**
 * Checks a rate table: validTo not before validFrom, no two entries whose explicit periods overlap (an entry with
 * validTo must end before the next one starts), a banded model's rates and limit present, weights that cover each sex
 * without overlapping age groups. Throws EconomicsDataError naming the entry (path `rates.<i>.<field>`).
 */
export function validateRateTable(rates: readonly SubsidyRate[]): void {
  const order = rates.map((r, i) => ({ r, i })).sort((a, b) => (a.r.validFrom < b.r.validFrom ? -1 : a.r.validFrom > b.r.validFrom ? 1 : 0));
  for (const [k, { r, i }] of order.entries()) {
    if (r.validTo !== null && r.validTo < r.validFrom) throw new EconomicsDataError(`Sats ${i + 1} («${r.name}») slutter før den begynner`, `rates.${i}.validTo`);
    const next = order[k + 1];
    if (next && next.r.validFrom === r.validFrom) {
      throw new EconomicsDataError(`Sats ${i + 1} og ${next.i + 1} gjelder fra samme dato (${r.validFrom}): gyldighetsperiodene overlapper`, `rates.${next.i}.validFrom`);
    }
    if (next && r.validTo !== null && r.validTo >= next.r.validFrom) {
      throw new EconomicsDataError(
        `Sats ${i + 1} («${r.name}») gjelder til ${r.validTo}, men sats ${next.i + 1} gjelder fra ${next.r.validFrom}: gyldighetsperiodene overlapper`,
        `rates.${i}.validTo`,
      );
    }
    if (r.model.kind === 'weighted') checkWeights(r.model.weights, i);
  }
}

function checkWeights(weights: readonly PatientWeight[], i: number): void {
  for (const sex of ['F', 'M'] as const) {
    const groups = weights.filter((w) => w.sex === sex).sort((a, b) => a.ageFrom - b.ageFrom);
    if (groups.length === 0) throw new EconomicsDataError(`Sats ${i + 1}: vektene mangler for ${sex === 'F' ? 'kvinner' : 'menn'}`, `rates.${i}.model.weights`);
    for (let k = 1; k < groups.length; k++) {
      const prev = groups[k - 1]!;
      if (prev.ageTo === null || prev.ageTo >= groups[k]!.ageFrom) {
        throw new EconomicsDataError(`Sats ${i + 1}: aldersgruppene i vektene overlapper (${sex}, fra ${groups[k]!.ageFrom} år)`, `rates.${i}.model.weights`);
      }
    }
  }
}

/** The entry in force on a date (validFrom ≤ date ≤ its effective end). Refuses a date no entry covers. */
export function rateInForce(rates: readonly SubsidyRate[], date: string): SubsidyRate {
  const sorted = [...rates].sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1));
  for (let i = sorted.length - 1; i >= 0; i--) {
    const r = sorted[i]!;
    if (r.validFrom > date) continue;
    const end = effectiveEnd(sorted, i);
    if (end === null || date <= end) return r;
    break;
  }
  throw new EconomicsDataError(`Ingen basistilskuddssats gjelder ${date}: legg inn en sats i satstabellen`, 'rates');
}

/** One list on a date, as the rate needs it. */
export interface ListForSubsidy {
  patients: number;
  listCap: number;
  /** When the GP's agreement on this list began (for the minimum under 500); null = unknown, no minimum. */
  agreementDate: string | null;
  /** Needed only by the patient-weighted model. */
  composition: ListComposition | null;
}

/** How many patients are paid for: the list, or the minimum when it applies on the date. */
export function billedPatients(rate: SubsidyRate, list: ListForSubsidy, date: string): { patients: number; minimumApplied: boolean } {
  const m = rate.minimum;
  const applies =
    m !== null && list.patients < m.listBelow && list.listCap >= m.capAtLeast && list.agreementDate !== null && list.agreementDate <= date && date < addYears(list.agreementDate, m.years);
  return applies ? { patients: m.paidAs, minimumApplied: true } : { patients: list.patients, minimumApplied: false };
}

/** The average weight of a listed patient for a composition: Σ share × weight of the matching group. */
export function averageWeight(weights: readonly PatientWeight[], composition: ListComposition): number {
  let total = 0;
  for (const g of composition.groups) {
    const w = weights.find((x) => x.sex === g.sex && x.ageFrom <= g.ageFrom && (x.ageTo === null || (g.ageTo !== null && g.ageTo <= x.ageTo)));
    if (!w) throw new EconomicsDataError(`Ingen vekt for ${g.sex === 'F' ? 'kvinner' : 'menn'} ${g.ageFrom}–${g.ageTo ?? ''} år i satstabellen`, 'rates');
    total += g.share * w.weight;
  }
  return total;
}

/** The yearly basistilskudd for `patients` under a rate (exact, fractions of an øre kept). */
export function annualAmount(rate: SubsidyRate, patients: number, composition: ListComposition | null): number {
  const model = rate.model;
  switch (model.kind) {
    case 'flat':
      return patients * model.ratePerPatient;
    case 'banded':
      return Math.min(patients, model.bandLimit) * model.rateUpTo + Math.max(0, patients - model.bandLimit) * model.rateAbove;
    case 'weighted': {
      if (composition === null) throw new EconomicsDataError('Det pasienttilpassede basistilskuddet trenger listenes sammensetning etter kjønn og alder (befolkningstall)', 'composition');
      return model.basePrice * model.municipalFactor * patients * averageWeight(model.weights, composition);
    }
  }
}

/** The rate per patient up to the band (flat: the rate) — what a top-up "of the state rate" is a percentage of. */
export function baseRatePerPatient(rate: SubsidyRate): Ore {
  const model = rate.model;
  switch (model.kind) {
    case 'flat':
      return model.ratePerPatient;
    case 'banded':
      return model.rateUpTo;
    case 'weighted':
      return Math.round(model.basePrice * model.municipalFactor);
  }
}
