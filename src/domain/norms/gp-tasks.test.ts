import { describe, expect, it } from 'vitest';
import type { AssignmentFacts, ListSnapshotFacts } from '../registry/index.ts';
import { gpTaskSummary, taskActive, type GpFacts, type GpTaskFacts } from './gp-tasks.ts';

const gp = (id: number): GpFacts => ({ id, name: `Lege ${id}`, specialistGp: true, inSpecialisation: false });
const hold = (doctorId: number, positionId = doctorId): AssignmentFacts => ({ positionId, doctorId, role: 'holder', fromDate: '2020-01-01', toDate: null });
const snap = (positionId: number, listLength: number, month = '2021-01-01'): ListSnapshotFacts => ({ positionId, month, listLength, listCap: 1200, waitingList: 0 });
let nextId = 1;
const task = (doctorId: number, area: GpTaskFacts['area'], hoursPerWeek: number, over: Partial<GpTaskFacts> = {}): GpTaskFacts => ({
  id: nextId++,
  doctorId,
  area,
  hoursPerWeek,
  basis: 'obligation',
  fromDate: '2020-01-01',
  toDate: null,
  note: '',
  ...over,
});

describe('gpTaskSummary', () => {
  const s = gpTaskSummary({
    date: '2021-02-01',
    doctors: [gp(1), gp(2), gp(3), gp(4)],
    assignments: [hold(1), hold(2), hold(3), hold(4)],
    snapshots: [snap(1, 1100), snap(2, 300), snap(2, 350, '2021-02-01'), snap(3, 450), snap(3, 999, '2021-03-01')],
    tasks: [
      task(1, 'child_health', 4.5),
      task(1, 'lis1_supervision', 3.5),
      task(2, 'child_health', 7.5, { basis: 'agreement' }),
      task(4, 'legevakt', 2, { toDate: '2020-12-31' }),
    ],
  });
  const byId = (id: number) => s.doctors.find((d) => d.id === id)!;

  it('sums obligation hours against the 7.5 h limit', () => {
    expect(byId(1)).toMatchObject({ obligationHours: 8, overLimit: true, overLimitHours: 0.5, agreementHours: 0 });
    expect(s.totals.overLimit).toBe(1);
  });

  it('does not count a voluntary agreement against the limit', () => {
    expect(byId(2)).toMatchObject({ obligationHours: 0, agreementHours: 7.5, overLimit: false });
  });

  it('uses the latest list count on or before the date and flags short lists (< 500) for the 20 % health-station offer', () => {
    expect(s.offerHours).toBe(7.5);
    expect(byId(2)).toMatchObject({ listLength: 350, listMonth: '2021-02-01', shortList: true, healthStationHours: 7.5, offerOpen: false });
    expect(byId(3)).toMatchObject({ listLength: 450, shortList: true, offerOpen: true });
    expect(byId(1)).toMatchObject({ shortList: false, offerOpen: false });
    expect(s.totals).toMatchObject({ shortLists: 2, offerTaken: 1, offerOpen: 1 });
  });

  it('lists every GP, and leaves out tasks that have ended', () => {
    expect(s.doctors).toHaveLength(4);
    expect(byId(4).tasks).toEqual([]);
    expect(s.totals).toMatchObject({ gps: 4, withTasks: 2, obligationHours: 8, agreementHours: 7.5 });
    expect(s.totals.fte).toBeCloseTo(15.5 / 37.5, 10);
  });

  it('keeps an unknown list apart from a short one', () => {
    const t = gpTaskSummary({ date: '2021-02-01', doctors: [gp(9)], assignments: [hold(9)], snapshots: [], tasks: [] });
    expect(t.doctors[0]).toMatchObject({ listLength: null, shortList: null, offerOpen: false });
  });

  it('sums hours by area', () => {
    expect(s.byArea.find((a) => a.area === 'child_health')).toEqual({ area: 'child_health', hoursPerWeek: 12, fte: 12 / 37.5, doctors: 2 });
  });

  it('taskActive includes both end dates', () => {
    expect(taskActive({ fromDate: '2021-01-01', toDate: '2021-01-31' }, '2021-01-31')).toBe(true);
    expect(taskActive({ fromDate: '2021-01-01', toDate: '2021-01-31' }, '2021-02-01')).toBe(false);
  });
});
