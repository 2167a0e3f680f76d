import type { Column } from '../components/DataTable.tsx';
import { fieldLabel, formatValue, type FieldSpec } from '../forms/field-spec.ts';

const NUMERIC_KINDS = new Set<FieldSpec['kind']>(['integer', 'decimal', 'money', 'percent']);

/**
 * Table columns for a record's form fields, shown the way the form shows them (`0,5`, `95 %`, `24.11.2026`, a select's
 * label); numbers sort as numbers. For tables whose columns are just the fields.
 */
export function fieldColumns<R extends object>(fields: readonly FieldSpec[], names?: readonly string[]): Column<R>[] {
  const chosen = names ? names.map((n) => fields.find((f) => f.name === n)).filter((f): f is FieldSpec => f !== undefined) : fields.filter((f) => !f.hidden);
  return chosen.map((spec) => {
    const value = (row: R) => (row as Record<string, unknown>)[spec.name];
    const numeric = NUMERIC_KINDS.has(spec.kind);
    return {
      id: spec.name,
      header: fieldLabel(spec),
      text: (row: R) => formatValue(spec, value(row)),
      numeric,
      ...(numeric ? { sortValue: (row: R) => (typeof value(row) === 'number' ? (value(row) as number) : null) } : {}),
    };
  });
}
