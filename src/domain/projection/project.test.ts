import { describe, expect, it } from 'vitest';
import { defaultAssumptions, scenarioPresets } from './defaults.ts';
import { ProjectionInputError } from './errors.ts';
import { project } from './project.ts';
import { sandefjordLikeFacts } from './testing.ts';
import type { ProjectionFacts, ScenarioAssumptions } from './types.ts';

const facts = sandefjordLikeFacts();
const defaults = defaultAssumptions(facts);
const preset = (name: string): ScenarioAssumptions => scenarioPresets(facts, defaults).find((p) => p.name.startsWith(name))!.assumptions;
const year = (a: ScenarioAssumptions, y: number, f: ProjectionFacts = facts) => project(f, a).years.find((r) => r.year === y)!;
const one = (x: number) => x.toFixed(1);

describe('project: the Sandefjord plan’s figures (S §2.3)', () => {
  it('defaults: main alternative, 10 years, today’s average list 1 143, the national 7 %', () => {
    expect(defaults).toMatchObject({ horizonYears: 10, populationSeries: 'MMMM', lists: { plannedAverageList: 1143, existing: 'current-caps' }, requirement: { freeShareTarget: 0.07 } });
    const p = project(facts, defaults);
    expect(p.years.map((y) => y.year)).toEqual([2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031]);
    expect(p.gpShare).toBeCloseTo(61_722 / 63_200);
    expect(p.years[0]!.demand).toBeCloseTo(61_722);
  });

  it('population +2 663 to 2028 at today’s lists → 2.3 more positions ("i overkant av 2")', () => {
    const a = preset('Dagens lister');
    expect(year(a, 2028).population - year(a, 2021).population).toBe(2663);
    expect(one(year(a, 2021).gap)).toBe('0.0');
    expect(one(year(a, 2028).gap)).toBe('2.3');
    expect(year(a, 2028).positionsToCreate).toBe(3);
  });

  it('a 7 % free target → 3.2 more positions today, 4 whole positions to create', () => {
    const r = year(preset('7 %'), 2021);
    expect(one(r.positionsNeeded)).toBe('57.2');
    expect(one(r.gap)).toBe('3.2');
    expect(r.positionsToCreate).toBe(4);
  });

  it('an average list of 1 000 → 61.7, i.e. 62 positions (8 more)', () => {
    const r = year(preset('Gjennomsnittsliste'), 2021);
    expect(one(r.positionsNeeded)).toBe('61.7');
    expect(Math.ceil(r.positionsNeeded)).toBe(62);
    expect(r.positionsToCreate).toBe(8);
  });

  it('retirement at 70 → 11 GPs leave 2021–2028', () => {
    const years = project(facts, defaults).years.filter((y) => y.year <= 2028);
    expect(years.reduce((s, y) => s + y.retirements, 0)).toBe(11);
  });

  it('a new municipal office with 3 doctors in 2025 adds 3 positions at list 850 from 2025', () => {
    const a = preset('Nytt kommunalt kontor');
    const before = year(a, 2024);
    const after = year(a, 2025);
    expect(after.positionsHeld - before.positionsHeld).toBe(3);
    expect(after.listCapacity - before.listCapacity).toBe(2550);
    expect(after.recruitsNeeded).toBeGreaterThanOrEqual(3);
  });
});

describe('project: the model', () => {
  it('age weighting: equal to head count in the base year, higher as the population ages', () => {
    const p = project(facts, { ...defaults, needBasis: 'age-weighted' });
    expect(p.years[0]!.demandAgeWeighted).toBeCloseTo(p.years[0]!.demand);
    expect(p.years[10]!.demandAgeWeighted).toBeGreaterThan(p.years[10]!.demand);
    expect(p.years[10]!.positionsNeeded).toBe(p.years[10]!.positionsNeededAgeWeighted);
  });

  it('recruits = retirements + other departures + vacancies today + growth; with all refilled no vacancies remain', () => {
    const p = project(facts, defaults);
    const r0 = p.years[0]!;
    expect(r0.otherDepartures).toBeCloseTo(0.069 * (54 - r0.retirements));
    expect(r0.recruitsNeeded).toBeCloseTo(r0.retirements + r0.otherDepartures + r0.positionsToCreate);
    expect(p.years.every((y) => y.vacantPositions === 0 && y.staffingGap === y.gap)).toBe(true);
  });

  it('a refill rate under 1 leaves positions without a GP and widens the staffing gap', () => {
    const p = project(facts, { ...defaults, refillRate: 0.5 });
    expect(p.years[3]!.vacantPositions).toBeGreaterThan(0);
    expect(p.years[3]!.staffingGap).toBeCloseTo(p.years[3]!.gap + p.years[3]!.vacantPositions);
  });

  it('a fixed share changes demand; the calibrated share reproduces today’s lists', () => {
    const p = project(facts, { ...defaults, gpShare: { kind: 'fixed', share: 1 } });
    expect(p.years[0]!.demand).toBe(63_200);
  });

  it('does not change its inputs', () => {
    const f = structuredClone(facts);
    const a = structuredClone(defaults);
    project(f, a);
    expect(f).toEqual(facts);
    expect(a).toEqual(defaults);
  });
});

describe('project: refusals and edge cases', () => {
  const refusal = (f: ProjectionFacts, a: ScenarioAssumptions): ProjectionInputError => {
    try {
      project(f, a);
    } catch (err) {
      if (err instanceof ProjectionInputError) return err;
      throw err;
    }
    throw new Error('expected a refusal');
  };

  it('a horizon past the projection table: a clear error naming the table’s last year and the longest horizon', () => {
    const err = refusal(facts, { ...defaults, horizonYears: 20 });
    expect(err.path).toBe('horizonYears');
    expect(err.message).toBe(
      'Befolkningsframskrivingen MMMM (SSB (syntetisk, MMMM)) går til 2040, men en horisont på 20 år fra 2021 krever 2041. Velg en horisont på høyst 19 år, eller last inn en nyere framskriving.',
    );
    expect(project(facts, { ...defaults, horizonYears: 19 }).years.at(-1)!.year).toBe(2040);
  });

  it('zero positions: calibrating needs patients; with a fixed share every patient needs a new position', () => {
    const empty = { ...facts, positions: [] };
    expect(refusal(empty, defaults).path).toBe('gpShare');
    const p = project(empty, { ...defaults, gpShare: { kind: 'fixed', share: 0.98 }, requirement: { freeShareTarget: null, freePlacesMin: null } });
    expect(p.years[0]!.positionsHeld).toBe(0);
    expect(p.years[0]!.positionsNeeded).toBeCloseTo((63_200 * 0.98) / 1143);
  });

  it('a position with no cap: refused under today’s caps, fine under planned lists', () => {
    const f = { ...facts, positions: facts.positions.map((p, i) => (i === 0 ? { ...p, listCap: null } : p)) };
    expect(refusal(f, defaults).message).toContain('Hjemmel 1 har ikke registrert listetak');
    expect(() => project(f, { ...defaults, lists: { ...defaults.lists, existing: 'planned' } })).not.toThrow();
  });

  it('a list over its cap counts fully as demand and its excess does not become free capacity', () => {
    const f = { ...facts, positions: facts.positions.map((p, i) => (i === 0 ? { ...p, listLength: 1300 } : p)) };
    expect(project(f, defaults).years[0]!.demand).toBeCloseTo(61_722 + 157);
  });

  it('missing listed-elsewhere figures, an unknown alternative and planned positions in the past are refused', () => {
    expect(refusal({ ...facts, listedElsewhere: null }, defaults).path).toBe('listedElsewhere');
    expect(refusal(facts, { ...defaults, populationSeries: 'MMMH' }).message).toContain('Fant ingen befolkningstall for alternativet MMMH');
    const past = { ...defaults, newPositions: [{ year: 2020, count: 1, orgForm: 'municipal' as const, alis: false, note: '' }] };
    expect(refusal(facts, past).path).toBe('newPositions.0.year');
  });
});
