import { describe, expect, it } from 'vitest';
import { meetsAllCriteria, ohdSummary, type OhdRequestFacts } from './ohd.ts';
import { smallFacts } from './test-facts.ts';

const yes = { criterionAcute: true, criterionHomeCare: true, criterionHomeSoon: true, criterionAsGood: true, criterionExamined: true };
const req = (requestDate: string, over: Partial<OhdRequestFacts> = {}): OhdRequestFacts => ({ requestDate, referrer: 'gp', admitted: true, ...yes, ...over });

describe('ohdSummary', () => {
  const f = smallFacts();
  const requests = [
    req('2021-01-05'),
    req('2021-01-20', { criterionHomeSoon: false, admitted: false }),
    req('2021-02-02', { referrer: 'legevakt', criterionExamined: false }),
    req('2021-02-10', { admitted: false }),
    req('2020-12-31'),
  ];
  const s = ohdSummary({ ...f, from: '2021-01-01', to: '2021-12-31', requests });

  it('counts ØHD beds in every institution, the legevakt’s included, with their occupancy', () => {
    expect(s.beds.total).toBe(4);
    expect(s.beds.occupied).toBeCloseTo(2 * 0.5 + 2 * 0.6, 10);
    expect(s.beds.units.map((u) => u.institution)).toEqual(['Korttidssenteret', 'Legevakta']);
  });

  it('gives the share of requests in the period that met all five criteria', () => {
    expect(s.requests).toBe(4);
    expect(s.allCriteriaMet).toBe(2);
    expect(s.allCriteriaShare).toBe(0.5);
    expect(s.admitted).toBe(2);
    expect(s.admittedWithoutAllCriteria).toBe(1);
    expect(s.refusedDespiteAllCriteria).toBe(1);
  });

  it('breaks the requests down by criterion, referrer and month', () => {
    expect(s.byCriterion.find((c) => c.criterion === 'criterionHomeSoon')).toEqual({ criterion: 'criterionHomeSoon', met: 3, share: 0.75 });
    expect(s.byReferrer).toEqual([
      { referrer: 'gp', requests: 3, allCriteriaMet: 2, admitted: 1 },
      { referrer: 'legevakt', requests: 1, allCriteriaMet: 0, admitted: 1 },
    ]);
    expect(s.byMonth.map((m) => [m.month, m.requests])).toEqual([['2021-01-01', 2], ['2021-02-01', 2]]);
  });

  it('has no shares without requests or beds', () => {
    const empty = ohdSummary({ from: '2021-01-01', to: '2021-12-31', institutions: [], units: [], places: [], changes: [], requests: [] });
    expect(empty).toMatchObject({ requests: 0, allCriteriaShare: null, admittedShare: null, beds: { total: 0, occupancy: null } });
  });

  it('meetsAllCriteria needs all five', () => {
    expect(meetsAllCriteria(yes)).toBe(true);
    expect(meetsAllCriteria({ ...yes, criterionAsGood: false })).toBe(false);
  });
});
