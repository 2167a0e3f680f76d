import { describe, expect, it } from 'vitest';
import { BASISTILSKUDD_RATES, type SubsidyRate } from '../rules/basistilskudd-rates.ts';
import { basistilskudd } from './basistilskudd.ts';
import { EconomicsDataError } from './errors.ts';
import { annualAmount, rateInForce, validateRateTable } from './rates.ts';

const position = { id: 1, code: 'H1', orgForm: 'self_employed', agreementDate: '2022-01-01' };
const report = (listLength: number, month: string, listCap = 1500) =>
  basistilskudd({ rates: BASISTILSKUDD_RATES, positions: [position], snapshots: [{ positionId: 1, month, listLength, listCap }], months: [month], composition: null });

describe('basistilskudd from the dated rate table', () => {
  it('picks the rate in force on the 1st: 499 flat, 577/499 from 1.5.2021, 675/544, 841.80 from 1.5.2023', () => {
    expect(rateInForce(BASISTILSKUDD_RATES, '2021-04-01').name).toMatch(/499/);
    expect(rateInForce(BASISTILSKUDD_RATES, '2021-05-01').name).toMatch(/577/);
    expect(rateInForce(BASISTILSKUDD_RATES, '2023-04-01').name).toMatch(/675/);
    expect(rateInForce(BASISTILSKUDD_RATES, '2023-05-01').name).toMatch(/841,80/);
    expect(() => rateInForce(BASISTILSKUDD_RATES, '2019-12-01')).toThrow(EconomicsDataError);
  });

  it('a monthly payment is the annual amount ÷ 12 for the patients on the 1st (banded: 577 up to 1 000, 499 above)', () => {
    // 1 200 patients in June 2021: (1 000 × 577 + 200 × 499) / 12 = 56 400 kr.
    const r = report(1200, '2021-06-01');
    expect(r.positions[0]!.months[0]!.amount).toBe(((1000 * 577_00 + 200 * 499_00) / 12));
    expect(r.total).toBe(56_400_00);
    expect(r.ratesUsed.map((x) => x.validFrom)).toEqual(['2021-05-01']);
  });

  it('pays a list under 500 as 500 for two years from the agreement when the cap is at least 500, then the real list', () => {
    expect(report(300, '2023-01-01').positions[0]!.months[0]).toMatchObject({ billedPatients: 500, minimumApplied: true });
    expect(report(300, '2024-01-01').positions[0]!.months[0]).toMatchObject({ billedPatients: 300, minimumApplied: false });
    expect(report(300, '2023-01-01', 400).positions[0]!.months[0]).toMatchObject({ billedPatients: 300, minimumApplied: false });
  });

  it('the patient-weighted model: base price × municipal factor × Σ share × weight, from the list’s composition', () => {
    const weighted: SubsidyRate = {
      validFrom: '2023-05-01',
      validTo: null,
      name: 'Vektet',
      source: 'test',
      minimum: null,
      model: {
        kind: 'weighted',
        basePrice: 800_00,
        municipalFactor: 1.1,
        weights: [
          { sex: 'F', ageFrom: 0, ageTo: 66, weight: 1 },
          { sex: 'F', ageFrom: 67, ageTo: null, weight: 2 },
          { sex: 'M', ageFrom: 0, ageTo: null, weight: 0.8 },
        ],
      },
    };
    const composition = { groups: [{ sex: 'F' as const, ageFrom: 20, ageTo: 66, share: 0.4 }, { sex: 'F' as const, ageFrom: 67, ageTo: null, share: 0.1 }, { sex: 'M' as const, ageFrom: 0, ageTo: 90, share: 0.5 }] };
    // 1 000 × 880 kr × (0.4 + 0.2 + 0.4) = 880 000 kr.
    expect(annualAmount(weighted, 1000, composition)).toBeCloseTo(880_000_00, 6);
    expect(() => annualAmount(weighted, 1000, null)).toThrow(/sammensetning/);
  });

  it('refuses overlapping validity periods and same-date entries, naming the entry', () => {
    const a = { ...BASISTILSKUDD_RATES[1]!, validTo: '2023-06-30' };
    const b = BASISTILSKUDD_RATES[2]!;
    expect(() => validateRateTable([a, b])).toThrow(/overlapper/);
    expect(() => validateRateTable([b, { ...b, name: 'Kopi' }])).toThrow(/samme dato/);
    expect(() => validateRateTable([{ ...b, validTo: '2021-01-01' }])).toThrow(/slutter før/);
    expect(() => validateRateTable(BASISTILSKUDD_RATES)).not.toThrow();
  });

  it('an entry with validTo leaves a gap that no rate covers: refused, not guessed', () => {
    const table = [{ ...BASISTILSKUDD_RATES[1]!, validTo: '2021-12-31' }];
    expect(() => rateInForce(table, '2022-02-01')).toThrow(/Ingen basistilskuddssats/);
  });
});
