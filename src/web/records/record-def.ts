import type { ZodType } from 'zod';
import type { RecordStore, StoredRow } from '../data/record-store.ts';
import type { EntityName, RegistryInputs, RegistryRows } from '../data/registry-api.ts';
import type { FieldSpec } from '../forms/field-spec.ts';

/** A form: the contract's schema (validates as the user types, with its Norwegian messages) and its fields. */
export interface RecordForm {
  schema: ZodType;
  fields: FieldSpec[];
}

/** How one kind of record is stored and edited: its API, its contract, its fields, and what a new record starts with. */
export interface RecordDef<R extends StoredRow = StoredRow, I = unknown> extends RecordForm {
  store: RecordStore<R, I>;
  /** Norwegian noun for headings and buttons: `legekontor`, `hjemmel`. */
  noun: string;
  /** "Nytt legekontor", "Ny hjemmel" (gender differs). */
  newLabel: string;
  /** The form of a stored record, when its contract differs from a new one's (a user: no username, password optional). */
  edit?: RecordForm;
  /** Values of a new record that are not empty (an empty form needs no defaults). */
  defaults?: Record<string, unknown>;
  /** Values the audit trail records beyond the form's fields (a user's `passwordChanged`), for showing it. */
  auditFields?: FieldSpec[];
  /** A short name of a stored record for headings ("Rediger hjemmel SF-H01"). */
  title(row: R): string;
}

/** The definition of a registry table's records. */
export type RegistryDef<N extends EntityName> = RecordDef<RegistryRows[N], RegistryInputs[N]>;

/** The form for a new record (null) or a stored one. */
export function formOf(def: RecordDef, record: StoredRow | null): RecordForm {
  return record && def.edit ? def.edit : def;
}
