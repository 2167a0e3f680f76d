import { describe, expect, it } from 'vitest';
import { currentMonth } from '../capacity/index.ts';
import { projectionPositions, seriesFromRows } from './facts.ts';

describe('projection facts from the registry', () => {
  const snapshots = [
    { positionId: 2, month: '2021-02-01', listLength: 900, listCap: 1000, waitingList: 0 },
    { positionId: 1, month: '2021-02-01', listLength: 1100, listCap: 1000, waitingList: 0 },
    { positionId: 1, month: '2021-01-01', listLength: 1000, listCap: 1000, waitingList: 0 },
  ];
  it('takes today as the newest complete month of snapshots', () => {
    expect(currentMonth(snapshots).month).toBe('2021-02-01');
    expect(currentMonth([]).month).toBeNull();
  });

  it('gives each position of the month its cap, length and responsible GPs (not substitutes)', () => {
    const positions = projectionPositions({
      month: '2021-02-01',
      positions: [
        { id: 1, officeId: 10, orgForm: 'self_employed', status: 'active' },
        { id: 2, officeId: 11, orgForm: 'municipal', status: 'substitute' },
      ],
      snapshots,
      assignments: [
        { positionId: 1, doctorId: 5, role: 'holder', fromDate: '2010-01-01', toDate: null },
        { positionId: 2, doctorId: 6, role: 'substitute', fromDate: '2020-01-01', toDate: null },
      ],
      doctors: [
        { id: 5, birthYear: 1955, sex: 'F', specialistGp: true, inSpecialisation: false },
        { id: 6, birthYear: 1990, sex: 'M', specialistGp: false, inSpecialisation: true },
      ],
    });
    expect(positions).toEqual([
      { positionId: 1, officeId: 10, orgForm: 'self_employed', listCap: 1000, listLength: 1100, gps: [{ birthYear: 1955, inSpecialisation: false }] },
      { positionId: 2, officeId: 11, orgForm: 'municipal', listCap: 1000, listLength: 900, gps: [] },
    ]);
  });

  it('groups stored rows into series, marking a group a year lacks as missing', () => {
    const row = (series: string, year: number, sex: 'F' | 'M', ageFrom: number, persons: number, source = 'A') => ({ series, year, sex, ageFrom, ageTo: ageFrom + 9, persons, source });
    const series = seriesFromRows([row('MMMM', 2025, 'M', 0, 5), row('MMMM', 2024, 'F', 0, 3), row('MMMM', 2024, 'M', 0, 4), row('REG', 2023, 'F', 0, 1, 'B')]);
    expect(series.map((s) => s.code)).toEqual(['MMMM', 'REG']);
    expect(series[0]).toEqual({
      code: 'MMMM',
      source: 'A',
      groups: [{ sex: 'F', ageFrom: 0, ageTo: 9 }, { sex: 'M', ageFrom: 0, ageTo: 9 }],
      years: [{ year: 2024, persons: [3, 4] }, { year: 2025, persons: [null, 5] }],
    });
  });
});
