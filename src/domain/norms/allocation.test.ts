import { describe, expect, it } from 'vitest';
import type { AssignmentFacts, DoctorFacts } from '../registry/index.ts';
import { alisOn, allocationSummary, type AllocationFacts } from './allocation.ts';

const row = (id: number, area: AllocationFacts['area'], fte: number, over: Partial<AllocationFacts> = {}): AllocationFacts => ({
  id,
  area,
  note: '',
  fte,
  coveredBy: 'municipal_employees',
  needBasis: 'not_assessed',
  needFte: null,
  ...over,
});
const doctors: DoctorFacts[] = [1, 2, 3].map((id) => ({ id, birthYear: 1980, sex: 'F', specialistGp: id === 1, inSpecialisation: id !== 1 }));
const assignments: AssignmentFacts[] = [
  { positionId: 1, doctorId: 1, role: 'holder', fromDate: '2010-01-01', toDate: null },
  { positionId: 2, doctorId: 2, role: 'holder', fromDate: '2019-01-01', toDate: null },
  { positionId: 3, doctorId: 3, role: 'holder', fromDate: '2019-01-01', toDate: '2020-12-31' },
];

describe('alisOn', () => {
  it('counts GPs in specialisation responsible for a list on the date', () => {
    expect(alisOn(doctors, assignments, '2020-06-01')).toBe(2);
    expect(alisOn(doctors, assignments, '2021-06-01')).toBe(1);
  });
});

describe('allocationSummary', () => {
  const s = allocationSummary({
    date: '2021-02-01',
    allocations: [
      row(1, 'legevakt', 1.4, { needBasis: 'manual', needFte: 3.4 }),
      row(2, 'nursing_homes', 7.5, { needBasis: 'nursing_home_norm' }),
      row(3, 'alis_supervision', 0.07, { needBasis: 'alis_supervision_rule', coveredBy: 'gps' }),
      row(4, 'leadership', 1),
    ],
    nursingHomeRequiredFte: 12,
    doctors,
    assignments,
    gpTaskHours: [{ area: 'child_health', hoursPerWeek: 7.5 }, { area: 'alis_supervision', hoursPerWeek: 1.3125 }],
  });

  it('sums and splits the FTE by area and by who covers them', () => {
    expect(s.totals.fte).toBeCloseTo(9.97, 10);
    expect(s.totals.byCoveredBy.gps).toBeCloseTo(0.07, 10);
    expect(s.rows[1]!.share).toBeCloseTo(7.5 / 9.97, 10);
  });

  it('finds each row’s need from its basis', () => {
    expect(s.rows.map((r) => r.need.fte)).toEqual([3.4, 12, 1 * 0.035, null]);
    expect(s.rows[2]!.need.explanation).toBe('1 ALIS × 0,035 årsverk');
    expect(s.rows[0]!.gapFte).toBeCloseTo(2, 10);
    expect(s.rows[3]!.gapFte).toBeNull();
  });

  it('totals need and gap over the assessed rows only', () => {
    expect(s.totals.assessedNeedFte).toBeCloseTo(15.435, 10);
    expect(s.totals.assessedFte).toBeCloseTo(8.97, 10);
    expect(s.totals.gapFte).toBeCloseTo(6.465, 10);
  });

  it('shows the GPs’ task hours per area as FTE, also for areas without an allocation', () => {
    expect(s.byArea.find((a) => a.area === 'child_health')).toMatchObject({ fte: 0, gpTaskFte: 0.2, needFte: null });
    expect(s.byArea.find((a) => a.area === 'alis_supervision')!.gpTaskFte).toBeCloseTo(0.035, 10);
  });

  it('has no shares with nothing allocated', () => {
    const empty = allocationSummary({ date: '2021-02-01', allocations: [], nursingHomeRequiredFte: null, doctors: [], assignments: [], gpTaskHours: [] });
    expect(empty.totals).toMatchObject({ fte: 0, assessedNeedFte: 0, gapFte: 0 });
  });
});
