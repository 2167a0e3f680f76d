import { describe, expect, it } from 'vitest';
import { countChanges, planSnapshotChanges } from './plan-snapshot-import.ts';
import type { CheckedSnapshotRow, ExistingSnapshot } from './validate-snapshot-rows.ts';
import type { ListSnapshotFacts } from '../registry/index.ts';

type ValidRow = Extract<CheckedSnapshotRow, { kind: 'valid' }>;
const values = { positionCode: 'T-01', month: '2026-11-01', listLength: 0, listCap: 0, waitingList: 0 };
const row = (snapshot: ListSnapshotFacts, existing: ExistingSnapshot | null): ValidRow => ({
  kind: 'valid',
  rowNumber: 2,
  values,
  positionId: snapshot.positionId,
  existing,
  snapshot,
});
const snap = (listLength: number, waitingList = 0): ListSnapshotFacts => ({ positionId: 11, month: '2026-11-01', listLength, listCap: 1000, waitingList });
const stored = (listLength: number, waitingList = 0): ExistingSnapshot => ({ ...snap(listLength, waitingList), id: 5, version: 2 });

describe('planSnapshotChanges', () => {
  it('inserts new months, updates changed figures, and leaves equal ones alone', () => {
    const changes = planSnapshotChanges([row(snap(900), null), row(snap(950), stored(940)), row(snap(800, 3), stored(800, 2)), row(snap(700), stored(700))]);
    expect(changes).toEqual([
      { kind: 'insert', after: snap(900) },
      { kind: 'update', before: stored(940), after: snap(950) },
      { kind: 'update', before: stored(800, 2), after: snap(800, 3) },
      { kind: 'unchanged', current: stored(700) },
    ]);
    expect(countChanges(changes)).toEqual({ inserted: 1, updated: 2, unchanged: 1 });
  });

  it('counts nothing for an empty plan', () => {
    expect(countChanges(planSnapshotChanges([]))).toEqual({ inserted: 0, updated: 0, unchanged: 0 });
  });
});
