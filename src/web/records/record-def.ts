import type { ZodType } from 'zod';
import type { EntityName } from '../data/registry-api.ts';
import type { FieldSpec } from '../forms/field-spec.ts';

/** How one registry table is edited: its contract, its fields, and what a new record starts with. */
export interface RecordDef<N extends EntityName = EntityName> {
  entity: N;
  /** Norwegian noun for headings and buttons: `legekontor`, `hjemmel`. */
  noun: string;
  /** "Nytt legekontor", "Ny hjemmel" (gender differs). */
  newLabel: string;
  /** The contract's input schema (validates as the user types, with its Norwegian messages). */
  schema: ZodType;
  fields: FieldSpec[];
  /** Values of a new record. */
  defaults: Record<string, unknown>;
  /** A short name of a stored record for headings ("Rediger hjemmel SF-H01"). */
  title: (row: Record<string, unknown>) => string;
}
