import { describe, expect, it } from 'vitest';
import { positionsNeededForTarget, requiredCapacity, wholePositionsToCreate } from './positions-needed.ts';

describe('positionsNeededForTarget', () => {
  it('Sandefjord Feb 2021: a 7 % free target needs (61 722 ÷ 0.93 − 62 735) ÷ 1 143 = 3.2 more positions, 4 whole ones', () => {
    const n = positionsNeededForTarget({
      patients: 61_722,
      sumListCap: 62_735,
      requirement: { freeShareTarget: 0.07, freePlacesMin: null },
      plannedAverageList: 1_143,
    });
    expect(n.additionalPositions.toFixed(1)).toBe('3.2');
    expect(Math.round(n.capacityToAdd)).toBe(3_633);
    expect(n.positionsToCreate).toBe(4);
  });

  it('an absolute rule (Sarpsborg: act when free places < 1 000) needs Σ lengths + 1 000 − Σ caps', () => {
    const n = positionsNeededForTarget({ patients: 54_162, sumListCap: 54_882, requirement: { freeShareTarget: null, freePlacesMin: 1_000 }, plannedAverageList: 1_000 });
    expect(n.capacityToAdd).toBe(280);
    expect(n.additionalPositions).toBeCloseTo(0.28);
    expect(n.positionsToCreate).toBe(1);
  });

  it('with both rules the stricter one decides', () => {
    expect(requiredCapacity(10_000, { freeShareTarget: 0.05, freePlacesMin: 1_000 })).toBe(11_000);
    expect(requiredCapacity(10_000, { freeShareTarget: 0.2, freePlacesMin: 1_000 })).toBe(12_500);
  });

  it('no requirement: capacity to spare gives a negative need and nothing to create', () => {
    const n = positionsNeededForTarget({ patients: 900, sumListCap: 1_000, requirement: { freeShareTarget: null, freePlacesMin: null }, plannedAverageList: 1_000 });
    expect(n.additionalPositions).toBeCloseTo(-0.1);
    expect(n.positionsToCreate).toBe(0);
  });

  it('zero positions: the whole need is new positions', () => {
    const n = positionsNeededForTarget({ patients: 5_000, sumListCap: 0, requirement: { freeShareTarget: 0, freePlacesMin: null }, plannedAverageList: 1_000 });
    expect(n.additionalPositions).toBe(5);
    expect(n.positionsToCreate).toBe(5);
  });

  it('refuses a target of 100 % and a planned list of 0 rather than dividing by zero', () => {
    expect(() => requiredCapacity(1, { freeShareTarget: 1, freePlacesMin: null })).toThrow(RangeError);
    expect(() => positionsNeededForTarget({ patients: 1, sumListCap: 1, requirement: { freeShareTarget: 0, freePlacesMin: null }, plannedAverageList: 0 })).toThrow(RangeError);
  });

  it('rounds up, but not float noise', () => {
    expect(wholePositionsToCreate(7.72)).toBe(8);
    expect(wholePositionsToCreate(3 + 1e-12)).toBe(3);
    expect(wholePositionsToCreate(-2)).toBe(0);
  });
});
