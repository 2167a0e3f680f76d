import type { ZodType } from 'zod';
import type { Queryable } from './connection.ts';
import type { Scope } from './scope.ts';

/**
 * A registry table as the generic repository sees it: its columns (API name → SQL column),
 * which columns point at another municipality-owned table, and which rows a doctor may see.
 */
export interface EntityDef {
  /** Name in URLs and the audit log. */
  name: string;
  /** Norwegian name for messages. */
  label: string;
  table: string;
  columns: Record<string, string>;
  refs: Record<string, { table: string; label: string }>;
  /** SQL condition on alias `t` limiting a doctor to rows about themself; `$D` is their doctor id. null = all rows. */
  doctorScope: string | null;
  orderBy: string;
  input: ZodType;
  /** Unique constraint → Norwegian message naming the field. */
  unique: { constraint: string; path: string; message: string }[];
  /**
   * A rule across tables or against today's date, checked inside the write's transaction before a create or update
   * (e.g. the ALIS supervisor must be a specialist on the date); throws a DomainError naming the field.
   */
  check?: (tx: Queryable, scope: Scope, input: Record<string, unknown>, now: string) => Promise<void>;
}
