import { describe, expect, it } from 'vitest';
import type { AssignmentFacts, DoctorFacts, ListSnapshotFacts } from '../registry/index.ts';
import { ALERT_THRESHOLDS } from '../rules/index.ts';
import { capacityAlerts, daysBetween, type AlertInput, type PostingFacts } from './alerts.ts';
import { capacityFigures } from './month-figures.ts';
import { assessTarget, overview } from './overview.ts';

const MONTH = '2026-11-01';
const snap = (positionId: number, listLength: number, listCap: number, month = MONTH): ListSnapshotFacts => ({ positionId, month, listLength, listCap, waitingList: 0 });
const link = (positionId: number, doctorId: number, fromDate: string, toDate: string | null, role: AssignmentFacts['role'] = 'holder'): AssignmentFacts => ({
  positionId,
  doctorId,
  role,
  fromDate,
  toDate,
});
const doc = (id: number, birthYear: number): DoctorFacts => ({ id, birthYear, sex: 'F', specialistGp: true, inSpecialisation: false });
const thresholds = ALERT_THRESHOLDS[0]!;

function input(over: Partial<AlertInput> & Pick<AlertInput, 'snapshots' | 'assignments'>): AlertInput {
  const capacity = capacityFigures({ month: MONTH, snapshots: over.snapshots, assignments: over.assignments });
  return {
    month: MONTH,
    capacity,
    target: assessTarget(capacity, [{ validFrom: '2000-01-01', freeShareTarget: 0.07, freePlacesMin: 1000 }]),
    doctors: [],
    postings: [],
    thresholds,
    ...over,
  };
}

describe('capacityAlerts', () => {
  it('free share under target and free places under the minimum, with the figures', () => {
    const alerts = capacityAlerts(input({ snapshots: [snap(1, 990, 1000)], assignments: [link(1, 1, '2020-01-01', null)] }));
    const share = alerts.find((a) => a.kind === 'free-share-below-target');
    expect(share).toMatchObject({ openShare: 0.01, freeShareTarget: 0.07, placesToAdd: 65 });
    expect(share?.message).toContain('1,0\u00a0%');
    expect(alerts.find((a) => a.kind === 'free-places-below-minimum')).toMatchObject({ openPlaces: 10, freePlacesMin: 1000 });
  });

  it('a list without a GP for more than 8 weeks trips; 8 weeks or less does not', () => {
    const snapshots = [snap(1, 800, 1000), snap(2, 700, 1000), snap(1, 800, 1000, '2026-06-01')];
    const assignments = [link(1, 1, '2015-01-01', '2026-06-30'), link(1, 2, '2026-07-01', null, 'substitute'), link(2, 3, '2015-01-01', '2026-09-15')];
    const alerts = capacityAlerts(input({ snapshots, assignments })).filter((a) => a.kind === 'list-without-gp');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ positionId: 1, since: '2026-07-01', weeks: 17, patients: 800, thresholdWeeks: 8 });
    expect(daysBetween('2026-09-16', MONTH)).toBeLessThanOrEqual(8 * 7);
  });

  it('a list that never had a GP counts from its first snapshot; a not-yet-existing position (cap 0) is no alert', () => {
    const snapshots = [snap(1, 300, 1000, '2026-01-01'), snap(1, 300, 1000), snap(2, 0, 0)];
    const alerts = capacityAlerts(input({ snapshots, assignments: [] })).filter((a) => a.kind === 'list-without-gp');
    expect(alerts.map((a) => a.positionId)).toEqual([1]);
    expect(alerts[0]).toMatchObject({ since: '2026-01-01' });
  });

  it('a posting past its deadline with 0 applicants, for a position still without a GP; unknown applicants is not 0', () => {
    const postings: PostingFacts[] = [
      { id: 1, positionId: 1, advertisedFrom: '2026-08-01', deadline: '2026-09-01', applicants: 0 },
      { id: 2, positionId: 2, advertisedFrom: '2026-08-01', deadline: '2026-09-01', applicants: null },
      { id: 3, positionId: 3, advertisedFrom: '2026-10-01', deadline: '2026-12-01', applicants: 0 },
      { id: 4, positionId: 4, advertisedFrom: '2026-08-01', deadline: '2026-09-01', applicants: 0 },
    ];
    const snapshots = [1, 2, 3, 4].map((p) => snap(p, 500, 1000));
    const alerts = capacityAlerts(input({ snapshots, assignments: [link(4, 9, '2026-10-01', null)], postings })).filter((a) => a.kind === 'posting-without-applicants');
    expect(alerts.map((a) => a.postingId)).toEqual([1]);
  });

  it('GPs reaching 70 within 2 years, by year; substitutes are not counted', () => {
    const doctors = [doc(1, 1955), doc(2, 1957), doc(3, 1959), doc(4, 1950)];
    const assignments = [link(1, 1, '2000-01-01', null), link(2, 2, '2000-01-01', null), link(3, 3, '2000-01-01', null), link(4, 4, '2000-01-01', null, 'substitute')];
    const snapshots = [1, 2, 3, 4].map((p) => snap(p, 1000, 1000));
    const [alert] = capacityAlerts(input({ snapshots, assignments, doctors })).filter((a) => a.kind === 'retirement-soon');
    expect(alert).toMatchObject({ count: 2, positionIds: [1, 2], byYear: [{ year: 2026, count: 1 }, { year: 2027, count: 1 }, { year: 2028, count: 0 }] });
  });

  it('says "1 fastlege", not "1 fastleger"', () => {
    const [alert] = capacityAlerts(input({ snapshots: [snap(1, 1000, 1000)], assignments: [link(1, 1, '2000-01-01', null)], doctors: [doc(1, 1957)] })).filter((a) => a.kind === 'retirement-soon');
    expect(alert?.message).toMatch(/^1 fastlege når 70 år/);
  });

  it('overview carries the latest month’s alerts, and none without snapshots', () => {
    expect(overview({ snapshots: [], assignments: [], doctors: [], targets: [] }).alerts).toEqual([]);
    const o = overview({ snapshots: [snap(1, 990, 1000)], assignments: [], doctors: [], targets: [] });
    expect(o.alerts.map((a) => a.kind)).toEqual(['free-share-below-target']);
  });
});
