import { describe, expect, it } from 'vitest';
import { goalProgress, type IndicatorValues } from './goals.ts';

const values: IndicatorValues = { free_share: 0.016, open_places: 1013, fte_gap: 4.66, legevakt_shifts_per_gp: null, alis_count: 12 };

describe('goal progress from live indicators', () => {
  it('compares today’s value with the target in the goal’s direction', () => {
    expect(goalProgress({ indicator: 'free_share', target: 0.07, direction: 'at_least' }, values)).toMatchObject({ value: 0.016, met: false });
    expect(goalProgress({ indicator: 'alis_count', target: 12, direction: 'at_least' }, values)).toMatchObject({ met: true });
    expect(goalProgress({ indicator: 'fte_gap', target: 0, direction: 'at_most' }, values)).toMatchObject({ met: false });
  });

  it('gives no verdict, with the reason, when the indicator has no figure, no target or no link', () => {
    expect(goalProgress({ indicator: 'legevakt_shifts_per_gp', target: 10, direction: 'at_least' }, values)).toMatchObject({ met: null, missing: expect.stringContaining('Ingen tall') });
    expect(goalProgress({ indicator: 'free_share', target: null, direction: 'at_least' }, values).missing).toBe('Målverdi er ikke satt');
    expect(goalProgress({ indicator: null, target: null, direction: 'at_least' }, values).missing).toBe('Ikke koblet til en indikator');
  });
});
