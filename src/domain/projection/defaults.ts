import { targetsWithDefault, type FreeCapacityRequirement } from '../capacity/index.ts';
import { newestConsultationRates, PROJECTION_DEFAULTS, ruleInForce, type ConsultationRates, type ProjectionDefaults } from '../rules/index.ts';
import { ProjectionInputError } from './errors.ts';
import { existingPositions } from './supply.ts';
import type { ProjectionFacts, ScenarioAssumptions } from './types.ts';

/** The municipality's free-capacity rule in force on the base month (the national 7 % before its first own rule). */
export function requirementInForce(facts: ProjectionFacts): FreeCapacityRequirement {
  const rule = ruleInForce(targetsWithDefault(facts.targets), facts.baseMonth);
  return { freeShareTarget: rule.freeShareTarget, freePlacesMin: rule.freePlacesMin };
}

/** Today's figures a scenario can start from: Σ lengths, Σ caps, average list and open share on the base month. */
export function todaysLists(facts: ProjectionFacts): { positions: number; patients: number; sumListCap: number; averageList: number | null; openShare: number | null } {
  const existing = existingPositions(facts.positions);
  const patients = existing.reduce((s, p) => s + p.listLength, 0);
  const sumListCap = existing.reduce((s, p) => s + (p.listCap ?? 0), 0);
  const openPlaces = existing.reduce((s, p) => s + Math.max(0, (p.listCap ?? 0) - p.listLength), 0);
  return {
    positions: existing.length,
    patients,
    sumListCap,
    averageList: existing.length > 0 ? patients / existing.length : null,
    openShare: sumListCap > 0 ? openPlaces / sumListCap : null,
  };
}

/**
 * A complete scenario from the rules in force: the main SSB alternative, 10 years, head-count need, the GP share
 * calibrated to today's lists, the municipality's free-capacity rule, today's caps with today's average list for new positions.
 */
export function defaultAssumptions(
  facts: ProjectionFacts,
  rules: { defaults?: readonly ProjectionDefaults[]; consultationRates?: readonly ConsultationRates[] } = {},
): ScenarioAssumptions {
  const d = ruleInForce(rules.defaults ?? PROJECTION_DEFAULTS, facts.baseMonth);
  const today = todaysLists(facts);
  if (today.averageList === null || today.averageList <= 0) {
    throw new ProjectionInputError('lists.plannedAverageList', 'Ingen lister med pasienter i dag: oppgi planlagt gjennomsnittsliste selv.');
  }
  return {
    horizonYears: d.horizonYears,
    populationSeries: d.populationSeries,
    uncertainty: { lowSeries: d.lowSeries, highSeries: d.highSeries },
    needBasis: 'headcount',
    gpShare: { kind: 'calibrated' },
    requirement: requirementInForce(facts),
    lists: { existing: 'current-caps', plannedAverageList: Math.round(today.averageList), byOrgForm: {}, alis: null },
    retirementAge: d.retirementAge,
    otherDepartureRate: d.otherDepartureRate,
    refillRate: d.refillRate,
    newPositions: [],
    consultationRates: newestConsultationRates(rules.consultationRates),
  };
}

/** A named scenario. */
export interface ScenarioPreset {
  name: string;
  description: string;
  assumptions: ScenarioAssumptions;
}

/** The planned list of a new municipal office's positions (P: employed specialists 800–900; model: the middle). */
const MUNICIPAL_OFFICE_LIST = 850;

/** The council's four standard comparisons (the examples), built on the defaults. */
export function scenarioPresets(facts: ProjectionFacts, defaults: ScenarioAssumptions): ScenarioPreset[] {
  const today = todaysLists(facts);
  const baseYear = Number(facts.baseMonth.slice(0, 4));
  const officeYear = Math.max(2025, baseYear + 1);
  const seven = requirementInForce(facts);
  return [
    {
      name: 'Dagens lister',
      description: 'Dagens listetak og gjennomsnittsliste, og dagens ledige andel holdes: hvor mange hjemler befolkningsveksten krever.',
      assumptions: { ...defaults, requirement: { freeShareTarget: today.openShare ?? 0, freePlacesMin: null } },
    },
    {
      name: 'Gjennomsnittsliste 1 000',
      description: 'Alle hjemler planlegges med 1 000 pasienter, uten krav om ledig kapasitet.',
      assumptions: {
        ...defaults,
        requirement: { freeShareTarget: null, freePlacesMin: null },
        lists: { ...defaults.lists, existing: 'planned', plannedAverageList: 1000 },
      },
    },
    {
      name: `${Math.round((seven.freeShareTarget ?? 0.07) * 100)} % ledig`,
      description: 'Dagens listetak, og kommunens mål for ledig kapasitet.',
      assumptions: { ...defaults, requirement: seven },
    },
    {
      name: `Nytt kommunalt kontor med 3 leger i ${officeYear}`,
      description: `Tre kommunale hjemler fra ${officeYear} med planlagt liste ${MUNICIPAL_OFFICE_LIST}, og kommunens mål for ledig kapasitet.`,
      assumptions: {
        ...defaults,
        requirement: seven,
        lists: { ...defaults.lists, byOrgForm: { ...defaults.lists.byOrgForm, municipal: MUNICIPAL_OFFICE_LIST } },
        newPositions: [{ year: officeYear, count: 3, orgForm: 'municipal', alis: false, note: 'Nytt kommunalt fastlegekontor' }],
      },
    },
  ];
}
