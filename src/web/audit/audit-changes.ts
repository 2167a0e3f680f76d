import { FIELD_LABELS } from '../../contracts/common.ts';
import { fieldLabel, formatValue, type FieldSpec } from '../forms/field-spec.ts';
import type { TAuditAction, TAuditEntry } from './audit-api.ts';

export const AUDIT_ACTION_LABELS: Record<TAuditAction, string> = {
  create: 'Opprettet',
  update: 'Endret',
  delete: 'Slettet',
  import: 'Importert',
  login: 'Logget inn',
  logout: 'Logget ut',
};

export interface AuditChange {
  field: string;
  label: string;
  before: string | null;
  after: string | null;
}

const IGNORED = new Set(['id', 'version']);

/** What an audit entry changed, field by field, in display text (a creation lists every value it set). */
export function auditChanges(entry: TAuditEntry, specs: readonly FieldSpec[]): AuditChange[] {
  const before = entry.before ?? {};
  const after = entry.after ?? {};
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => !IGNORED.has(k));
  const bySpec = new Map(specs.map((s) => [s.name, s]));
  const order = (k: string) => {
    const i = specs.findIndex((s) => s.name === k);
    return i === -1 ? specs.length : i;
  };
  return keys
    .filter((k) => JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null))
    .sort((a, b) => order(a) - order(b))
    .map((k) => {
      const spec = bySpec.get(k);
      const show = (v: unknown) => (spec ? formatValue(spec, v) : v === null || v === undefined ? '–' : String(v));
      return {
        field: k,
        label: spec ? fieldLabel(spec) : (FIELD_LABELS[k] ?? k),
        before: entry.before ? show(before[k]) : null,
        after: entry.after ? show(after[k]) : null,
      };
    });
}
