import type { ScenarioAssumptions } from '../../domain/projection/index.ts';

/** Note on the planned positions the "new positions per year" field adds, so it can tell them from the scenario's own. */
export const EVEN_GROWTH_NOTE = 'Jevn økning per år';

/** The main assumptions as a flat record of numbers (shares as fractions; gpShare null = calibrated). */
export interface MainAssumptions {
  plannedAverageList: number;
  freeShareTarget: number | null;
  retirementAge: number;
  otherDepartureRate: number;
  gpShare: number | null;
  newPerYear: number;
}

export function mainOf(a: ScenarioAssumptions): MainAssumptions {
  return {
    plannedAverageList: a.lists.plannedAverageList,
    freeShareTarget: a.requirement.freeShareTarget,
    retirementAge: a.retirementAge,
    otherDepartureRate: a.otherDepartureRate,
    gpShare: a.gpShare.kind === 'fixed' ? a.gpShare.share : null,
    newPerYear: a.newPositions.find((p) => p.note === EVEN_GROWTH_NOTE)?.count ?? 0,
  };
}

/** The assumptions with one main assumption changed. */
export function withMain(a: ScenarioAssumptions, key: keyof MainAssumptions, value: number | null, baseYear: number): ScenarioAssumptions {
  switch (key) {
    case 'plannedAverageList':
      return { ...a, lists: { ...a.lists, plannedAverageList: value ?? a.lists.plannedAverageList } };
    case 'freeShareTarget':
      return { ...a, requirement: { ...a.requirement, freeShareTarget: value } };
    case 'retirementAge':
      return { ...a, retirementAge: value ?? a.retirementAge };
    case 'otherDepartureRate':
      return { ...a, otherDepartureRate: value ?? a.otherDepartureRate };
    case 'gpShare':
      return { ...a, gpShare: value === null ? { kind: 'calibrated' } : { kind: 'fixed', share: value } };
    case 'newPerYear': {
      const own = a.newPositions.filter((p) => p.note !== EVEN_GROWTH_NOTE);
      const count = Math.max(0, Math.round(value ?? 0));
      const even =
        count === 0
          ? []
          : Array.from({ length: a.horizonYears }, (_, i) => ({
              year: baseYear + 1 + i,
              count,
              orgForm: 'self_employed' as const,
              alis: false,
              note: EVEN_GROWTH_NOTE,
            }));
      return { ...a, newPositions: [...own, ...even] };
    }
  }
}
