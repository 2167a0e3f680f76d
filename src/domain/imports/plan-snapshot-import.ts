import type { ListSnapshotFacts } from '../registry/index.ts';
import type { CheckedSnapshotRow, ExistingSnapshot } from './validate-snapshot-rows.ts';

/** What importing one row does to the register. */
export type SnapshotChange =
  | { kind: 'insert'; after: ListSnapshotFacts }
  | { kind: 'update'; before: ExistingSnapshot; after: ListSnapshotFacts }
  | { kind: 'unchanged'; current: ExistingSnapshot };

export interface ImportCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

const sameFigures = (a: ListSnapshotFacts, b: ListSnapshotFacts) =>
  a.listLength === b.listLength && a.listCap === b.listCap && a.waitingList === b.waitingList;

/** Plans the import of checked rows: a new month is inserted, changed figures updated, equal ones left alone. */
export function planSnapshotChanges(rows: readonly Extract<CheckedSnapshotRow, { kind: 'valid' }>[]): SnapshotChange[] {
  return rows.map(({ snapshot, existing }): SnapshotChange => {
    if (existing === null) return { kind: 'insert', after: snapshot };
    return sameFigures(existing, snapshot) ? { kind: 'unchanged', current: existing } : { kind: 'update', before: existing, after: snapshot };
  });
}

/** How many snapshots a plan inserts, updates and leaves unchanged. */
export function countChanges(changes: readonly SnapshotChange[]): ImportCounts {
  const counts: ImportCounts = { inserted: 0, updated: 0, unchanged: 0 };
  for (const change of changes) {
    switch (change.kind) {
      case 'insert':
        counts.inserted += 1;
        break;
      case 'update':
        counts.updated += 1;
        break;
      case 'unchanged':
        counts.unchanged += 1;
        break;
    }
  }
  return counts;
}
