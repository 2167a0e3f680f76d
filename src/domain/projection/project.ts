import { positionsNeededForTarget, wholePositionsToCreate } from '../capacity/index.ts';
import { prepareProjection, type PreparedProjection } from './prepare.ts';
import type { Projection, ProjectionFacts, ProjectionYear, ScenarioAssumptions } from './types.ts';

/** Positions needed for a need (patients) in year i: positions held + (required capacity − capacity held) ÷ planned average list. */
export function positionsNeeded(p: PreparedProjection, i: number, need: number): number {
  return (
    p.held[i]! +
    positionsNeededForTarget({
      patients: need,
      sumListCap: p.capacity[i]!,
      requirement: p.assumptions.requirement,
      plannedAverageList: p.assumptions.lists.plannedAverageList,
    }).additionalPositions
  );
}

/** Runs the year-by-year bookkeeping of a prepared projection with expected (not drawn) departures and refills. */
function yearsOf(p: PreparedProjection): ProjectionYear[] {
  const a = p.assumptions;
  const out: ProjectionYear[] = [];
  let vacant = p.vacantAtBase;
  let staffedStart = p.staffedAtBase;
  let maxToCreate = 0;
  p.years.forEach((year, i) => {
    const headcount = positionsNeeded(p, i, p.main.headcount[i]!);
    const ageWeighted = positionsNeeded(p, i, p.main.ageWeighted[i]!);
    const needed = a.needBasis === 'headcount' ? headcount : ageWeighted;
    const held = p.held[i]!;
    const gap = needed - held;
    const toCreate = wholePositionsToCreate(gap);
    const retirements = p.retirements[i]!;
    const otherDepartures = a.otherDepartureRate * Math.max(0, staffedStart - retirements);
    const openings = retirements + otherDepartures + p.plannedNew[i]!;
    vacant = (vacant + openings) * (1 - a.refillRate);
    const growth = Math.max(0, toCreate - maxToCreate);
    maxToCreate = Math.max(maxToCreate, toCreate);
    out.push({
      year,
      population: p.main.population[i]!,
      demand: p.main.headcount[i]!,
      demandAgeWeighted: p.main.ageWeighted[i]!,
      positionsHeld: held,
      listCapacity: p.capacity[i]!,
      positionsNeededHeadcount: headcount,
      positionsNeededAgeWeighted: ageWeighted,
      positionsNeeded: needed,
      gap,
      positionsToCreate: toCreate,
      retirements,
      otherDepartures,
      vacantPositions: vacant,
      staffingGap: needed - (held - vacant),
      recruitsNeeded: openings + growth + (i === 0 ? p.vacantAtBase : 0),
    });
    staffedStart = held - vacant;
  });
  return out;
}

/**
 * The dimensioning of one scenario, year by year from the base month's year to the horizon: the function the
 * API, the CLI, the PDF and the browser all call.
 */
export function project(facts: ProjectionFacts, assumptions: ScenarioAssumptions): Projection {
  const p = prepareProjection(facts, assumptions);
  return {
    kommuneNr: facts.kommuneNr,
    baseMonth: p.baseMonth,
    baseYear: p.baseYear,
    gpShare: p.share,
    populationSource: p.main.source,
    years: yearsOf(p),
  };
}
