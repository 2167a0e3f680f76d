import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BASISTILSKUDD_RATES } from '../rules/basistilskudd-rates.ts';
import { measureCost, type CostContext } from './measure-cost.ts';
import type { MeasureModel, MeasureStatus } from './measure-kinds.ts';
import { roundedForDisplay } from './money.ts';
import { compareWithDoingNothing, packageCost, type MeasurePackage } from './package-cost.ts';


/** The demo economics file of a municipality (data/demo/economics/<nr>.json), for golden tests. */
interface DemoEconomicsPackage {
  name: string;
  startDate: string;
  description: string;
  measures: { name: string; status: MeasureStatus; reason: string; startDate: string | null; endDate: string | null; kind: MeasureModel['kind']; params: Record<string, unknown> }[];
}

/** The demo package as the domain sees it (ids are positions in the file). */
function demoPackage(kommuneNr: string): MeasurePackage {
  const file = JSON.parse(readFileSync(new URL(`../../../data/demo/economics/${kommuneNr}.json`, import.meta.url), 'utf8')) as { packages: DemoEconomicsPackage[] };
  const p = file.packages[0]!;
  return {
    id: 1,
    name: p.name,
    startDate: p.startDate,
    measures: p.measures.map((m, i) => ({ id: i + 1, name: m.name, status: m.status, reason: m.reason, startDate: m.startDate, endDate: m.endDate, model: { kind: m.kind, params: m.params } as MeasureModel })),
  };
}

const MILL = 1_000_000_00;
const toMill = (ore: number) => Math.round(ore / (MILL / 100)) / 100;
const topUp = (percent: number, baseRate: number | null): MeasureModel => ({
  kind: 'basis_top_up',
  params: { percent, amountPerPatient: null, amountPerPositionMonth: null, upToPatients: 1000, baseRate, shrinksWithStateRate: false, listCapMax: null },
});
const lists = (n: number, patients: number) => Array.from({ length: n }, () => ({ patients, listCap: Math.max(patients, 1000) }));
const ctx = (l: CostContext['lists']): CostContext => ({ rates: BASISTILSKUDD_RATES, lists: l });
const once = (model: MeasureModel, c: CostContext) => measureCost({ name: 't', model, startDate: '2023-01-01', endDate: null }, c, [2023]);

describe('golden figures of DOMAIN.md §5 and the two documents', () => {
  it('Sandefjord GPs: +50 % of 577 kr up to 1 000 = 288 500 kr per GP, × 50 positions = 14 425 000 kr a year', () => {
    expect(once(topUp(0.5, 577_00), ctx(lists(1, 1143))).fullYear).toBe(288_500_00);
    expect(once(topUp(0.5, 577_00), ctx(lists(50, 1143))).fullYear).toBe(14_425_000_00);
    // The same through the state rate in force in 2021 (577 up to 1 000): no base rate given.
    const c = { rates: BASISTILSKUDD_RATES, lists: lists(50, 1143) };
    expect(measureCost({ name: 't', model: topUp(0.5, null), startDate: '2021-06-01', endDate: null }, c, [2022]).fullYear).toBe(14_425_000_00);
  });

  it('Sarpsborg: 20 / 40 / 60 % on 675 kr for the first 1 000 → 6.3 / 12.6 / 18.9 mill kr at the strategy’s 46 667 eligible patients', () => {
    // 6.3 mill / 135 kr = 46 667 patients: the count the strategy's figures imply (its lists are not published).
    const eligible = [{ patients: 46_667, listCap: 50_000 }];
    const c: CostContext = { rates: BASISTILSKUDD_RATES, lists: eligible };
    const custom = (percent: number): MeasureModel => ({ kind: 'basis_top_up', params: { ...topUp(percent, 675_00).params, upToPatients: null } } as MeasureModel);
    expect([0.2, 0.4, 0.6].map((p) => toMill(once(custom(p), c).fullYear))).toEqual([6.3, 12.6, 18.9]);
  });

  it('agency substitutes at 200 000 kr a month for 5 positions (10 % of 50) → 12 mill kr a year; 2.4 mill per position', () => {
    const agency: MeasureModel = { kind: 'agency_substitute', params: { positionCount: 5, pricePerMonth: 200_000_00 } };
    expect(once(agency, ctx([])).fullYear).toBe(12_000_000_00);
    const cmp = compareWithDoingNothing(
      { label: 'Vikarbyrå for 10 % av hjemlene', fullYear: 12_000_000_00, positions: 5 },
      [{ label: '+50 % basistilskudd', fullYear: 14_425_000_00, positions: 50 }],
    );
    expect(cmp.doingNothing.perPosition).toBe(2_400_000_00);
    expect(cmp.alternatives[0]).toMatchObject({ perPosition: 288_500_00, versusDoingNothing: 2_425_000_00 });
  });

  it('the Sarpsborg package: each line as in the strategy’s table, 4.14 mill kr in 2023 and 5.94 mill kr full-year', () => {
    const cost = packageCost(demoPackage('3105'), ctx([]), [2023, 2024]);
    const byName = Object.fromEntries(cost.lines.map((l) => [l.name, [toMill(l.byYear[0]!.amount), toMill(l.fullYear)]]));
    expect(byName).toEqual({
      Rekrutteringstilskudd: [2.1, 2.1],
      'Kommunalt ansatt vikar': [0.35, 0.7],
      'Kompensasjon ved fraværsdekning utover kollegial fraværsdekning': [0.3, 0.4],
      'Kommunal sykefraværsordning': [0.4, 0.8],
      'Praksiskompensasjon ved kurs for spesialister': [0.8, 1.6],
      Praksiskonsulent: [0.15, 0.3],
      Møtekompensasjon: [0.04, 0.04],
    });
    expect(cost.lines[0]!.byYear[0]!.amount).toBe(5 * 300_000_00 + 4 * 150_000_00);
    expect(toMill(cost.totalByYear[0]!.amount)).toBe(4.14);
    expect(toMill(cost.totalFullYear)).toBe(5.94);
    // 2024 is the first full year.
    expect(cost.totalByYear[1]!.amount).toBe(cost.totalFullYear);
    // Shown in 0.01 mill: the rounded lines add up to the rounded total in both columns.
    for (const col of [cost.lines.map((l) => l.byYear[0]!.amount), cost.lines.map((l) => l.fullYear)]) {
      const total = col.reduce((a, b) => a + b, 0);
      expect(roundedForDisplay(col, total, 10_000_00).consistent).toBe(true);
    }
  });

  it('the municipal substitute: 1.4 mill salary cost + 0.18 operating top-up − 0.9 income ≈ 0.7 mill per doctor', () => {
    const line = packageCost(demoPackage('3105'), ctx([]), [2023]).lines.find((l) => l.kind === 'municipal_substitute')!;
    expect(toMill(line.fullYear)).toBe(0.7);
    expect(line.assumptions.join(' ')).toMatch(/1\s420\s615,38\skr/);
    expect(line.assumptions.join(' ')).toMatch(/180\s000\skr; inntekt 75\s000\skr\/mnd = 900\s000\skr/);
  });

  it('the meeting fee: 89 % of 1 140 kr = 1 015 kr an hour', () => {
    const line = packageCost(demoPackage('3105'), ctx([]), [2023]).lines.find((l) => l.kind === 'meeting_fee')!;
    expect(line.assumptions[0]).toContain('1\u00a0015 kr per time');
    expect(line.fullYear).toBe(40 * 1015_00);
  });

  it('rejected measures are costed but kept outside the totals, with their reasons', () => {
    const cost = packageCost(demoPackage('3105'), ctx([]), [2023]);
    const rejected = cost.outside.filter((l) => l.status === 'rejected');
    expect(rejected.map((l) => l.name)).toContain('Gjenkjøpsgaranti');
    expect(rejected.every((l) => l.reason.length > 0)).toBe(true);
  });
});
