import type { Sex } from '../registry/index.ts';
import type { ConsultationRates } from '../rules/index.ts';
import { ProjectionInputError } from './errors.ts';
import type { PopulationGroup } from './types.ts';

/** Open-ended age groups (90+, 105+) are averaged over their ages up to this one (model). */
const OPEN_GROUP_LAST_AGE = 100;

/** Refuses rate tables that do not cover every age exactly once (0 to an open-ended last band) or have negative rates. */
export function validateConsultationRates(rates: ConsultationRates): void {
  const bands = rates.byAge;
  const path = 'consultationRates.byAge';
  if (bands.length === 0) throw new ProjectionInputError(path, 'Konsultasjonsratene mangler aldersgrupper.');
  bands.forEach((band, i) => {
    const expectedFrom = i === 0 ? 0 : (bands[i - 1]!.to ?? NaN) + 1;
    if (band.from !== expectedFrom) {
      throw new ProjectionInputError(`${path}.${i}.from`, `Aldersgruppene må henge sammen fra 0 år: gruppe ${i + 1} starter på ${band.from}, ventet ${expectedFrom}.`);
    }
    if (band.to !== null && band.to < band.from) throw new ProjectionInputError(`${path}.${i}.to`, `Aldersgruppe ${i + 1} slutter før den starter.`);
    if (band.to === null && i !== bands.length - 1) throw new ProjectionInputError(`${path}.${i}.to`, 'Bare den siste aldersgruppen kan være åpen oppover.');
    if (!(band.rate >= 0)) throw new ProjectionInputError(`${path}.${i}.rate`, `Konsultasjonsraten for gruppe ${i + 1} kan ikke være negativ.`);
  });
  if (bands.at(-1)!.to !== null) throw new ProjectionInputError(path, 'Den siste aldersgruppen må være åpen oppover (f.eks. 90 år og eldre).');
  if (!(rates.bySex.F > 0 && rates.bySex.M > 0)) throw new ProjectionInputError('consultationRates.bySex', 'Konsultasjonsratene for kvinner og menn må være større enn 0.');
}

/** Consultations per person at one age (both sexes). */
export function rateAtAge(rates: ConsultationRates, age: number): number {
  const band = rates.byAge.find((b) => b.from <= age && (b.to === null || age <= b.to));
  if (!band) throw new RangeError(`No consultation rate for age ${age}`);
  return band.rate;
}

/** A sex's use relative to the average of the two (model: the age rates are for both sexes, the sex rates scale them). */
export function sexFactor(rates: ConsultationRates, sex: Sex): number {
  return rates.bySex[sex] / ((rates.bySex.F + rates.bySex.M) / 2);
}

/** Consultations per person of a population group: the age rates averaged over its ages (uniform within the group), × its sex factor. */
export function groupRate(rates: ConsultationRates, group: PopulationGroup): number {
  const last = group.ageTo ?? Math.max(OPEN_GROUP_LAST_AGE, group.ageFrom);
  let sum = 0;
  for (let age = group.ageFrom; age <= last; age++) sum += rateAtAge(rates, age);
  return (sum / (last - group.ageFrom + 1)) * sexFactor(rates, group.sex);
}

/** Mean GP consultations per inhabitant for a population by group. */
export function meanConsultations(rates: ConsultationRates, groups: readonly PopulationGroup[], persons: readonly number[]): number {
  let consultations = 0;
  let total = 0;
  groups.forEach((g, i) => {
    const n = persons[i]!;
    consultations += n * groupRate(rates, g);
    total += n;
  });
  if (total === 0) throw new ProjectionInputError('population', 'Befolkningstallene summerer til 0 – ingen å vekte etter alder.');
  return consultations / total;
}
