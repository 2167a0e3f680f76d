/** What every stored, editable row carries: its id and its version for optimistic concurrency. */
export interface StoredRow {
  id: number;
  version: number;
}

/**
 * Where one kind of record lives in the API: the generic tables, cache and editor read and write through this,
 * so the registry (/api/registry/<name>) and other endpoints (/api/users) are handled by the same code.
 */
export interface RecordStore<R extends StoredRow = StoredRow, I = unknown> {
  /** Names the shared list cache and the records' audit trail (`offices`, `users`). */
  entity: string;
  list(): Promise<R[]>;
  create(input: I): Promise<R>;
  /** PUT with the version the user saw; the API answers 409 `version_conflict` with the stored record. */
  update(id: number, version: number, input: I): Promise<R>;
  /** Absent when the API cannot delete records of this kind. */
  remove?(id: number, version: number): Promise<unknown>;
  /** The .xlsx export of the whole list (a plain link: the browser downloads it with the session cookie), if the API has one. */
  exportUrl?: string;
}
