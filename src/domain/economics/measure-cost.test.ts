import { describe, expect, it } from 'vitest';
import { BASISTILSKUDD_RATES } from '../rules/basistilskudd-rates.ts';
import { measureCost, type CostContext, type TimedMeasure } from './measure-cost.ts';
import type { MeasureModel } from './measure-kinds.ts';
import { roundedForDisplay } from './money.ts';
import { MEASURE_PRESETS, presetById } from './presets.ts';

const ctx: CostContext = { rates: BASISTILSKUDD_RATES, lists: [{ patients: 1200, listCap: 1200 }, { patients: 800, listCap: 1000 }] };
const timed = (model: MeasureModel, startDate = '2023-07-01', endDate: string | null = null): TimedMeasure => ({ name: 'Tiltak', model, startDate, endDate });

describe('measure costs', () => {
  it('refuses a measure that ends before it starts, and sick pay beyond its maximum days', () => {
    const agency: MeasureModel = { kind: 'agency_substitute', params: { positionCount: 1, pricePerMonth: 100_00 } };
    expect(() => measureCost(timed(agency, '2024-01-01', '2023-12-31'), ctx, [2024])).toThrow(/slutter/);
    const sick: MeasureModel = { kind: 'sick_pay', params: { doctors: 1, daysPerDoctor: 12, maxDays: 10, practiceCompensationPerDay: 1000_00, compensationShare: 0.6 } };
    expect(() => measureCost(timed(sick), ctx, [2024])).toThrow(/høyst 10/);
  });

  it('prorates running costs by the months a measure runs in a year, and stops at its end', () => {
    const agency: MeasureModel = { kind: 'agency_substitute', params: { positionCount: 1, pricePerMonth: 200_000_00 } };
    const c = measureCost(timed(agency, '2023-07-01', '2024-03-31'), ctx, [2023, 2024, 2025]);
    expect(c.byYear.map((y) => y.amount)).toEqual([1_200_000_00, 600_000_00, 0]);
    expect(c.fullYear).toBe(2_400_000_00);
  });

  it('presets: Moss pays 10 000 kr per position per month for January–April 2023; Larvik 390 kr for the first 1 000', () => {
    const moss = presetById('moss');
    const c = measureCost({ name: moss.name, model: moss.model, startDate: moss.startDate!, endDate: moss.endDate }, ctx, [2023]);
    expect(c.byYear[0]!.amount).toBe(2 * 4 * 10_000_00);
    const larvik = presetById('larvik');
    expect(measureCost(timed(larvik.model), ctx, [2024]).fullYear).toBe((1000 + 800) * 390_00);
    expect(() => presetById('bergen')).toThrow(/Ukjent forhåndsvalg/);
    expect(MEASURE_PRESETS.map((p) => p.id)).toEqual(['tromso', 'larvik', 'indre-ostfold', 'rakkestad', 'moss']);
  });

  it('Tromsø’s top-up shrinks as the state rate rises: 160 % of 577 kr less the rate in force', () => {
    const tromso = presetById('tromso');
    const c = measureCost(timed(tromso.model, '2022-01-01'), { ...ctx, lists: [{ patients: 1000, listCap: 1000 }] }, [2022, 2024]);
    // 2022: 923.20 − 675 = 248.20 kr; from 5/2023 the state pays 841.80, leaving 81.40 kr.
    expect(c.byYear.map((y) => y.amount)).toEqual([248_200_00, 81_400_00]);
  });

  it('a top-up must say exactly one of percent, kr per patient or kr per position', () => {
    const bad: MeasureModel = { kind: 'basis_top_up', params: { percent: 0.2, amountPerPatient: 100_00, amountPerPositionMonth: null, upToPatients: 1000, baseRate: null, shrinksWithStateRate: false, listCapMax: null } };
    expect(() => measureCost(timed(bad), ctx, [2024])).toThrow(/nøyaktig én/);
  });

  it('an interest-free loan costs the forgone interest for its years; an advance is paid out and repaid 2 % a month', () => {
    const loan: MeasureModel = { kind: 'establishment_loan', params: { loans: 2, amount: 1_000_000_00, interestRate: 0.05, years: 1 } };
    expect(measureCost(timed(loan, '2024-01-01'), ctx, [2024, 2025]).byYear.map((y) => y.amount)).toEqual([100_000_00, 0]);
    const advance: MeasureModel = { kind: 'purchase_advance', params: { advances: 1, amount: 500_000_00, repaymentSharePerMonth: 0.02 } };
    const years = [2024, 2025, 2026, 2027, 2028];
    const flows = measureCost(timed(advance, '2024-01-01'), ctx, years).byYear.map((y) => y.amount);
    expect(flows[0]).toBe(500_000_00 - 11 * 10_000_00);
    expect(flows.reduce((a, b) => a + b, 0)).toBe(0);
  });

  it('a measure’s inputs are not changed by costing it', () => {
    const model: MeasureModel = { kind: 'agency_substitute', params: { positionCount: 1, pricePerMonth: 1 } };
    const frozen = JSON.stringify(model);
    measureCost(timed(model), ctx, [2023]);
    expect(JSON.stringify(model)).toBe(frozen);
  });

  it('rounded lines that do not add up to the rounded total are flagged', () => {
    const r = roundedForDisplay([0.4e8, 0.4e8, 0.4e8], 1.2e8, 1e8);
    expect(r).toMatchObject({ lines: [0, 0, 0], total: 1e8, consistent: false });
  });
});
