import { describe, expect, it } from 'vitest';
import type { AssignmentFacts, DoctorFacts, ListSnapshotFacts } from '../registry/index.ts';
import { capacityFigures, gpProfile } from './month-figures.ts';
import { assessTarget, overview } from './overview.ts';
import { ruleInForce } from '../rules/index.ts';

const snap = (positionId: number, listLength: number, listCap: number, month = '2026-11-01', waitingList = 0): ListSnapshotFacts => ({
  positionId,
  month,
  listLength,
  listCap,
  waitingList,
});
const holder = (positionId: number, doctorId: number, role: AssignmentFacts['role'] = 'holder', toDate: string | null = null): AssignmentFacts => ({
  positionId,
  doctorId,
  role,
  fromDate: '2020-01-01',
  toDate,
});

describe('capacityFigures', () => {
  it('counts open places per list, and Helsedirektoratet’s net free places beside them', () => {
    const f = capacityFigures({
      month: '2026-11-01',
      snapshots: [snap(1, 900, 1000, '2026-11-01', 5), snap(2, 1100, 1000, '2026-11-01', 7), snap(3, 800, 800)],
      assignments: [holder(1, 1), holder(2, 2), holder(3, 3)],
    });
    expect(f).toMatchObject({ positions: 3, patients: 2800, sumListCap: 2800, openPlaces: 100, netFreePlaces: 0, openLists: 1, waitingList: 12 });
    expect(f.openShare).toBeCloseTo(100 / 2800);
    expect(f.averageList).toBeCloseTo(2800 / 3);
  });

  it('counts a list as without GP when only a substitute or nobody serves it on the 1st; a shared list has GPs', () => {
    const f = capacityFigures({
      month: '2026-11-01',
      snapshots: [snap(1, 900, 1000), snap(2, 700, 1000), snap(3, 500, 1000), snap(4, 100, 1000)],
      assignments: [holder(1, 1), holder(2, 2, 'substitute'), holder(3, 3, 'shared'), holder(4, 4, 'holder', '2026-10-31')],
    });
    expect(f.withoutGp).toBe(2);
    expect(f.patientsWithoutGp).toBe(800);
  });

  it('has no share or average for a month without snapshots, and does not change its input', () => {
    const snapshots = Object.freeze([Object.freeze(snap(1, 900, 1000, '2026-10-01'))]);
    const f = capacityFigures({ month: '2026-11-01', snapshots, assignments: [] });
    expect(f.openShare).toBeNull();
    expect(f.averageList).toBeNull();
  });
});

describe('gpProfile', () => {
  it('profiles the GPs on lists that month, with age from the month’s year and retirements by year', () => {
    const doctors: DoctorFacts[] = [
      { id: 1, birthYear: 1958, sex: 'F', specialistGp: true, inSpecialisation: false },
      { id: 2, birthYear: 1990, sex: 'M', specialistGp: false, inSpecialisation: true },
      { id: 3, birthYear: 1950, sex: 'M', specialistGp: true, inSpecialisation: false },
    ];
    const p = gpProfile({ month: '2021-02-01', doctors, assignments: [holder(1, 1), holder(2, 2), holder(3, 3, 'substitute')], retirementAge: 70 });
    expect(p).toMatchObject({ doctors: 2, specialists: 1, women: 1, averageAge: (63 + 31) / 2, aged50OrMore: 1 });
    expect(p.reachingRetirementAge.byYear.find((y) => y.year === 2028)?.count).toBe(1);
    expect(p.reachingRetirementAge.byYear.find((y) => y.year === 2027)?.count).toBe(0);
  });
});

describe('capacity target rules', () => {
  const figures = capacityFigures({ month: '2026-11-01', snapshots: [snap(1, 950, 1000)], assignments: [] });

  it('checks a share target and says how many list places must be added (Σ lengths ÷ (1 − t) − Σ caps)', () => {
    const a = assessTarget(figures, [{ validFrom: '2020-01-01', freeShareTarget: 0.07, freePlacesMin: null }]);
    expect(a).toMatchObject({ shareBelowTarget: true, placesBelowMin: false, met: false, placesShortOfShare: 22 });
  });

  it('checks an absolute minimum (Sarpsborg’s old rule) and uses the rule in force on the month', () => {
    const rules = [
      { validFrom: '2020-01-01', freeShareTarget: null, freePlacesMin: 10 },
      { validFrom: '2026-06-01', freeShareTarget: null, freePlacesMin: 100 },
    ];
    expect(assessTarget(figures, rules)).toMatchObject({ placesBelowMin: true, met: false, placesShortOfShare: null });
    expect(ruleInForce(rules, '2026-05-31').freePlacesMin).toBe(10);
  });

  it('refuses a date before every rule rather than guessing', () => {
    expect(() => ruleInForce([{ validFrom: '2020-01-01' }], '2019-12-31')).toThrow(
      expect.objectContaining({ name: 'DomainError', code: 'no_rule_in_force', message: 'Ingen regel gjelder 31.12.2019: den første gjelder fra 01.01.2020' }),
    );
  });

  it('falls back to the national 7 % before the municipality’s first own rule', () => {
    const o = overview({ snapshots: [snap(1, 950, 1000)], assignments: [], doctors: [], targets: [{ validFrom: '2027-01-01', freeShareTarget: 0.1, freePlacesMin: null }] });
    expect(o.latest?.target.rule.freeShareTarget).toBe(0.07);
    expect(o.previous).toBeNull();
  });
});
