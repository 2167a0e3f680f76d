import type { ZodError, ZodType } from 'zod';
import { FIELD_LABELS } from '../../contracts/common.ts';
import { fieldLabel, isMissing, toInput, type FieldSpec, type FormState } from './field-spec.ts';

export type FieldErrors = Record<string, string>;

/** The first message of each top-level field in a zod error (the contracts' messages are Norwegian). */
export function firstIssues(error: ZodError, into: FieldErrors = {}): FieldErrors {
  for (const issue of error.issues) {
    const name = String(issue.path[0] ?? '');
    if (!(name in into)) into[name] = issue.message;
  }
  return into;
}

/** Validates the form with the contract's schema; one Norwegian message per field (the first). */
export function validateForm(schema: ZodType, specs: readonly FieldSpec[], state: FormState): FieldErrors {
  const errors: FieldErrors = {};
  for (const spec of specs) if (isMissing(spec, state)) errors[spec.name] = 'Må fylles ut';
  const result = schema.safeParse(toInput(specs, state));
  return result.success ? errors : firstIssues(result.error, errors);
}

/** The API's field messages name the field ("Navn: Må fylles ut"); under the field itself the label is redundant. */
export function stripLabel(spec: FieldSpec | undefined, message: string): string {
  if (!spec) return message;
  // The API names the field by the contracts' label, which a form may have renamed ("Nytt passord").
  for (const label of [fieldLabel(spec), FIELD_LABELS[spec.name]]) {
    if (label && message.startsWith(`${label}: `)) return message.slice(label.length + 2);
  }
  return message;
}
