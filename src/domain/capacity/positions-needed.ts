/** The free capacity a municipality requires: a share of Σ caps (Sandefjord's 7 %), a number of places (Sarpsborg's old 1 000), both, or none. */
export interface FreeCapacityRequirement {
  freeShareTarget: number | null;
  freePlacesMin: number | null;
}

/**
 * List capacity (Σ caps) that leaves the required free capacity with `patients` on the lists:
 * a share target t needs Σ lengths ÷ (1 − t) (then free ÷ caps = t); a minimum m needs Σ lengths + m; both: the larger.
 */
export function requiredCapacity(patients: number, requirement: FreeCapacityRequirement): number {
  const { freeShareTarget: t, freePlacesMin: m } = requirement;
  if (t !== null && (t < 0 || t >= 1)) throw new RangeError(`Free-share target must be in [0, 1): ${t}`);
  const byShare = t === null ? patients : patients / (1 - t);
  const byMin = m === null ? patients : patients + m;
  return Math.max(byShare, byMin);
}

/** Positions to add to meet a free-capacity requirement, unrounded and as whole positions to create. */
export interface PositionsNeeded {
  /** Σ caps the requirement needs. */
  requiredCapacity: number;
  /** List places to add (negative: capacity to spare). */
  capacityToAdd: number;
  /** (Σ lengths ÷ (1 − t) − Σ caps) ÷ planned average list; negative when there is capacity to spare. Shown with one decimal. */
  additionalPositions: number;
  /** Whole positions to create: the additional positions rounded up, never below 0. */
  positionsToCreate: number;
}

/**
 * Positions needed for a free-share target t = (Σ lengths ÷ (1 − t) − Σ caps) ÷ planned average list
 * (with a minimum number of free places m: (Σ lengths + m − Σ caps) ÷ planned average list; with both, the larger).
 */
export function positionsNeededForTarget(input: {
  patients: number;
  sumListCap: number;
  requirement: FreeCapacityRequirement;
  plannedAverageList: number;
}): PositionsNeeded {
  if (!(input.plannedAverageList > 0)) throw new RangeError(`Planned average list must be positive: ${input.plannedAverageList}`);
  const required = requiredCapacity(input.patients, input.requirement);
  const capacityToAdd = required - input.sumListCap;
  const additionalPositions = capacityToAdd / input.plannedAverageList;
  return { requiredCapacity: required, capacityToAdd, additionalPositions, positionsToCreate: wholePositionsToCreate(additionalPositions) };
}

/** Whole positions to create for an unrounded need: rounded up (3.2 → 4), 0 when nothing is missing; float noise (3.0000000001) is not a position. */
export function wholePositionsToCreate(additional: number): number {
  return Math.max(0, Math.ceil(additional - 1e-9));
}
