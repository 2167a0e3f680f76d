/** The fields of one list-figure row in an import file, in the order the user maps them. */
export const SNAPSHOT_FIELDS = ['positionCode', 'month', 'listLength', 'listCap', 'waitingList'] as const;
export type SnapshotField = (typeof SNAPSHOT_FIELDS)[number];

/** Which file column (by its header text) holds each field. */
export type SnapshotMapping = Record<SnapshotField, string>;

/** Where each field's column is in the table, 0-based. */
export type ColumnIndexes = Record<SnapshotField, number>;

export { SNAPSHOT_LIMITS } from '../registry/index.ts';

/** Years a list month may lie in (the GP scheme began in 2001); outside them a month is a typo. */
export const SNAPSHOT_YEARS = { min: 2000, max: 2100 } as const;

/** A record with one entry per field, in field order. */
export function perField<T>(value: (field: SnapshotField) => T): Record<SnapshotField, T> {
  // Object.fromEntries loses the key type; the keys are exactly SNAPSHOT_FIELDS.
  return Object.fromEntries(SNAPSHOT_FIELDS.map((f) => [f, value(f)])) as Record<SnapshotField, T>;
}
