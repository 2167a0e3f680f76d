// A form is a list of field specs. The same spec turns a stored record into form text, form text into the
// contract's input (validated by the contract's zod schema) and any stored value into display text
// (tables, the conflict view and the audit log).
import { FIELD_LABELS } from '../../contracts/common.ts';
import { formatDate, formatDecimalTrim, formatInt, formatMonthLong, formatPercentTrim, formatYesNo, parseNumber } from '../format.ts';

export interface Option {
  value: string;
  label: string;
}

interface Common {
  /** The contract's field name. */
  name: string;
  /** Norwegian label; defaults to the contracts' FIELD_LABELS. */
  label?: string;
  description?: string;
  /** Part of the input but not shown (e.g. the position when adding a doctor from the position's page). */
  hidden?: boolean;
  /**
   * Shown and sent only while this holds for the form's values (a user's doctor, only for the role Lege);
   * otherwise the field is left out of the form and sent as null, "not applicable".
   */
  shownWhen?: (state: FormState) => boolean;
}

export type FieldSpec = Common &
  (
    /** A read-only text is shown but not sent (a username once the account exists). */
    | { kind: 'text'; readOnly?: boolean }
    /** Never shown back; empty is "not given", which `keepIfEmpty` accepts (on edit: keep the current password). */
    | { kind: 'password'; keepIfEmpty?: boolean }
    | { kind: 'integer'; nullable?: boolean; suffix?: string }
    /** A number with decimals, typed with a decimal comma (0,5 årsverk, 13,1 timer). */
    | { kind: 'decimal'; nullable?: boolean; suffix?: string }
    /** Money stored as integer øre, typed and shown in kroner (`1 250,50`). */
    | { kind: 'money'; nullable?: boolean }
    /** A share stored as a fraction (0.07), typed as a percentage (7). */
    | { kind: 'percent'; nullable?: boolean }
    | { kind: 'date'; nullable?: boolean }
    /** A month stored as its 1st day. */
    | { kind: 'month' }
    /** `emptyLabel` names the empty choice ("Alle vakter"); by default "Ingen" when nullable, else "Velg …". */
    | { kind: 'select'; options: readonly Option[]; numeric?: boolean; nullable?: boolean; emptyLabel?: string }
    | { kind: 'boolean' }
  );

/** The form's values as the inputs hold them. */
export type FormState = Record<string, string | boolean>;

export const fieldLabel = (spec: FieldSpec): string => spec.label ?? FIELD_LABELS[spec.name] ?? spec.name;

/** Whether the field is part of the input for these values (see `shownWhen`). */
const applies = (spec: FieldSpec, state: FormState): boolean => spec.shownWhen?.(state) ?? true;

/** Whether the field is in the form for these values: not hidden, and its condition holds. */
export const isShown = (spec: FieldSpec, state: FormState): boolean => !spec.hidden && applies(spec, state);

/** Whether the field's value goes to the API (a read-only one does not). */
const isSent = (spec: FieldSpec): boolean => !(spec.kind === 'text' && spec.readOnly);

/** Options from a Record of Norwegian labels (the contracts' *_LABELS maps). */
export const optionsFrom = (labels: Record<string, string>): Option[] =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

const decimalText = (n: number): string => String(Math.round(n * 10000) / 10000).replace('.', ',');

/** A stored value as form text. */
export function toFormValue(spec: FieldSpec, value: unknown): string | boolean {
  switch (spec.kind) {
    case 'boolean':
      return value === true;
    case 'percent':
      return typeof value === 'number' ? decimalText(value * 100) : '';
    case 'decimal':
      return typeof value === 'number' ? decimalText(value) : '';
    case 'money':
      return typeof value === 'number' ? decimalText(value / 100) : '';
    case 'month':
      return typeof value === 'string' ? value.slice(0, 7) : '';
    case 'password':
      return '';
    case 'text':
    case 'integer':
    case 'date':
    case 'select':
      return value === null || value === undefined ? '' : String(value);
  }
}

/** A record (or defaults) as form state, field by field. */
export function toFormState(specs: readonly FieldSpec[], record: object): FormState {
  const values = record as Record<string, unknown>;
  return Object.fromEntries(specs.map((s) => [s.name, toFormValue(s, values[s.name])]));
}

/** True when a required field is left empty (checked before the contract, which cannot tell "empty" apart). */
export function isMissing(spec: FieldSpec, state: FormState): boolean {
  const raw = state[spec.name] ?? '';
  if (typeof raw === 'boolean' || !applies(spec, state) || !isSent(spec)) return false;
  switch (spec.kind) {
    case 'password':
      return raw === '' && !spec.keepIfEmpty;
    case 'boolean':
    case 'text':
      return false; // the contract says "Må fylles ut" itself
    case 'integer':
    case 'decimal':
    case 'money':
    case 'percent':
    case 'date':
    case 'select':
      return raw.trim() === '' && !spec.nullable;
    case 'month':
      return raw.trim() === '';
  }
}

/**
 * Form text as the value the contract expects. Text that is not a number is passed on as text,
 * so the contract's own message ("Må være et tall") is the one shown.
 */
export function toInputValue(spec: FieldSpec, raw: string | boolean): unknown {
  if (typeof raw === 'boolean') return raw;
  const empty = raw.trim() === '';
  switch (spec.kind) {
    case 'boolean':
      return raw === 'true';
    case 'text':
      return raw;
    case 'password':
      return raw === '' ? undefined : raw;
    case 'integer':
    case 'decimal': {
      if (empty) return spec.nullable ? null : undefined;
      const n = parseNumber(raw);
      return n === undefined || Number.isNaN(n) ? raw : n;
    }
    case 'percent': {
      if (empty) return spec.nullable ? null : undefined;
      const n = parseNumber(raw);
      return n === undefined || Number.isNaN(n) ? raw : Math.round(n * 100) / 10000;
    }
    case 'money': {
      if (empty) return spec.nullable ? null : undefined;
      const n = parseNumber(raw);
      return n === undefined || Number.isNaN(n) ? raw : Math.round(n * 100);
    }
    case 'date':
      return empty ? (spec.nullable ? null : undefined) : raw;
    case 'month':
      return empty ? undefined : `${raw}-01`;
    case 'select':
      if (empty) return spec.nullable ? null : undefined;
      return spec.numeric ? Number(raw) : raw;
  }
}

/** One field's value as the contract expects it, given the whole form (null when the field does not apply). */
export function inputValueOf(spec: FieldSpec, state: FormState): unknown {
  return applies(spec, state) ? toInputValue(spec, state[spec.name] ?? '') : null;
}

/** The whole form as the contract's input object (hidden fields included, read-only ones left out). */
export function toInput(specs: readonly FieldSpec[], state: FormState): Record<string, unknown> {
  return Object.fromEntries(specs.filter(isSent).map((s) => [s.name, inputValueOf(s, state)]));
}

/** A stored value as display text, e.g. `Aktiv`, `1 200`, `7 %`, `24.11.2026`, `Ja`; `–` when not set. */
export function formatValue(spec: FieldSpec, value: unknown): string {
  if (value === null || value === undefined || value === '') return '–';
  switch (spec.kind) {
    case 'boolean':
      return typeof value === 'boolean' ? formatYesNo(value) : String(value);
    case 'integer':
      return typeof value === 'number' ? formatInt(value) : String(value);
    case 'decimal':
      return typeof value === 'number' ? formatDecimalTrim(value) : String(value);
    case 'money':
      return typeof value === 'number' ? `${formatDecimalTrim(value / 100)} kr` : String(value);
    case 'percent':
      return typeof value === 'number' ? formatPercentTrim(value) : String(value);
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value) : String(value);
    case 'month':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatMonthLong(value) : String(value);
    case 'select':
      return spec.options.find((o) => o.value === String(value))?.label ?? String(value);
    case 'password':
      return 'Nytt passord'; // never the password itself
    case 'text':
      return String(value);
  }
}

/** What the user has typed, as display text (for the conflict view): the parsed value if it parses, else the text. */
export function formatFormValue(spec: FieldSpec, state: FormState): string {
  return formatValue(spec, inputValueOf(spec, state));
}
