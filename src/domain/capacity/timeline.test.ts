import { describe, expect, it } from 'vitest';
import type { ListSnapshotFacts, PositionFacts } from '../registry/index.ts';
import { capacityTimeline } from './timeline.ts';

const pos = (id: number, officeId: number): PositionFacts => ({ id, officeId, orgForm: 'self_employed', status: 'active' });
const snap = (positionId: number, month: string, listLength: number, listCap: number): ListSnapshotFacts => ({ positionId, month, listLength, listCap, waitingList: 0 });

describe('capacityTimeline', () => {
  const positions = [pos(1, 10), pos(2, 10), pos(3, 20), pos(4, 30)];
  const snapshots = [
    snap(1, '2026-01-01', 900, 1000),
    snap(2, '2026-01-01', 1100, 1000),
    snap(3, '2026-01-01', 500, 600),
    snap(1, '2026-02-01', 950, 1000),
    snap(3, '2026-02-01', 600, 600),
  ];
  const t = capacityTimeline({ snapshots, assignments: [], positions, targets: [] });

  it('gives every month, in total and per office, and the offices add up to the total', () => {
    expect(t.map((m) => m.month)).toEqual(['2026-01-01', '2026-02-01']);
    const jan = t[0]!;
    expect(jan.total).toMatchObject({ positions: 3, patients: 2500, sumListCap: 2600, openPlaces: 200 });
    expect(jan.offices.map((o) => o.officeId)).toEqual([10, 20, 30]);
    expect(jan.offices.reduce((s, o) => s + o.figures.openPlaces, 0)).toBe(jan.total.openPlaces);
    expect(jan.offices.reduce((s, o) => s + o.figures.sumListCap, 0)).toBe(jan.total.sumListCap);
  });

  it('a list over its cap gives no negative free places in its office', () => {
    expect(t[0]!.offices[0]!.figures.openPlaces).toBe(100);
    expect(t[0]!.offices[0]!.figures.netFreePlaces).toBe(0);
  });

  it('an office without snapshots that month has zero positions and no share; the national 7 % applies by default', () => {
    const office30 = t[1]!.offices.find((o) => o.officeId === 30)!;
    expect(office30.figures).toMatchObject({ positions: 0, openShare: null });
    expect(t[1]!.target.rule.freeShareTarget).toBe(0.07);
    expect(t[1]!.target.shareBelowTarget).toBe(true);
  });

  it('refuses a snapshot of an unknown position', () => {
    expect(() => capacityTimeline({ snapshots: [snap(9, '2026-01-01', 1, 2)], assignments: [], positions, targets: [] })).toThrow(RangeError);
  });

  it('no positions, no months', () => {
    expect(capacityTimeline({ snapshots: [], assignments: [], positions: [], targets: [] })).toEqual([]);
  });
});
