import { describe, expect, it } from 'vitest';
import { ProjectionInputError } from './errors.ts';
import { retirementsByYear } from './departures.ts';
import { existingCapacity, existingPositions, heldByYear, plannedList } from './supply.ts';
import type { ListAssumptions, ProjectionPosition } from './types.ts';

const pos = (positionId: number, over: Partial<ProjectionPosition> = {}): ProjectionPosition => ({
  positionId,
  officeId: 1,
  orgForm: 'self_employed',
  listCap: 1000,
  listLength: 950,
  gps: [{ birthYear: 1970, inSpecialisation: false }],
  ...over,
});
const sarpsborgLists: ListAssumptions = { existing: 'planned', plannedAverageList: 1000, byOrgForm: { municipal: 850 }, alis: 650 };

describe('planned lists (Sarpsborg: employed specialists 800–900, ALIS 600–700)', () => {
  it('ALIS first, then organisation form, then the planned average', () => {
    expect(plannedList(sarpsborgLists, 'municipal', true)).toBe(650);
    expect(plannedList(sarpsborgLists, 'municipal', false)).toBe(850);
    expect(plannedList(sarpsborgLists, 'self_employed', false)).toBe(1000);
    expect(plannedList({ ...sarpsborgLists, alis: null }, 'municipal', true)).toBe(850);
  });

  it('sums today’s capacity by current caps or by planned lists', () => {
    const positions = [pos(1), pos(2, { orgForm: 'municipal', listCap: 800 }), pos(3, { orgForm: 'municipal', gps: [{ birthYear: 1990, inSpecialisation: true }] })];
    expect(existingCapacity(positions, { ...sarpsborgLists, existing: 'current-caps' })).toBe(2800);
    expect(existingCapacity(positions, sarpsborgLists)).toBe(1000 + 850 + 650);
  });

  it('a position with no cap is refused under current caps (naming it) and planned under planned lists', () => {
    const positions = [pos(7, { listCap: null })];
    expect(() => existingCapacity(positions, { ...sarpsborgLists, existing: 'current-caps' })).toThrow(ProjectionInputError);
    expect(() => existingCapacity(positions, { ...sarpsborgLists, existing: 'current-caps' })).toThrow(/Hjemmel 7 har ikke registrert listetak/);
    expect(existingCapacity(positions, sarpsborgLists)).toBe(1000);
  });

  it('a cap-0 position without patients does not exist yet; a list over its cap is kept as it is', () => {
    expect(existingPositions([pos(1, { listCap: 0, listLength: 0 }), pos(2, { listCap: 900, listLength: 1200 })]).map((p) => p.positionId)).toEqual([2]);
  });

  it('adds planned positions from their year', () => {
    const h = heldByYear({
      years: [2024, 2025, 2026],
      existing: [pos(1)],
      lists: sarpsborgLists,
      newPositions: [{ year: 2025, count: 3, orgForm: 'municipal', alis: false, note: 'Nytt kommunalt kontor' }],
    });
    expect(h).toEqual({ held: [1, 4, 4], capacity: [1000, 3550, 3550], plannedNew: [0, 3, 0] });
  });

  it('zero positions hold no capacity', () => {
    expect(heldByYear({ years: [2024], existing: [], lists: sarpsborgLists, newPositions: [] })).toEqual({ held: [0], capacity: [0], plannedNew: [0] });
  });
});

describe('retirementsByYear', () => {
  it('counts GPs turning the retirement age each year, those already past it in the base year, both GPs of a shared list', () => {
    const positions = [
      pos(1, { gps: [{ birthYear: 1948, inSpecialisation: false }] }),
      pos(2, { gps: [{ birthYear: 1952, inSpecialisation: false }, { birthYear: 1953, inSpecialisation: false }] }),
      pos(3, { gps: [] }),
      pos(4, { gps: [{ birthYear: 1990, inSpecialisation: true }] }),
    ];
    expect(retirementsByYear(positions, 70, [2021, 2022, 2023])).toEqual([1, 1, 1]);
    expect(retirementsByYear(positions, 70, [])).toEqual([]);
  });
});
