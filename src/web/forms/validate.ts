import type { ZodType } from 'zod';
import { fieldLabel, isMissing, toInput, type FieldSpec, type FormState } from './field-spec.ts';

export type FieldErrors = Record<string, string>;

/** Validates the form with the contract's schema; one Norwegian message per field (the first). */
export function validateForm(schema: ZodType, specs: readonly FieldSpec[], state: FormState): FieldErrors {
  const errors: FieldErrors = {};
  for (const spec of specs) if (isMissing(spec, state[spec.name] ?? '')) errors[spec.name] = 'Må fylles ut';
  const result = schema.safeParse(toInput(specs, state));
  if (!result.success) {
    for (const issue of result.error.issues) {
      const name = String(issue.path[0] ?? '');
      if (!(name in errors)) errors[name] = issue.message;
    }
  }
  return errors;
}

/** The API's field messages name the field ("Navn: Må fylles ut"); under the field itself the label is redundant. */
export function stripLabel(spec: FieldSpec | undefined, message: string): string {
  if (!spec) return message;
  const prefix = `${fieldLabel(spec)}: `;
  return message.startsWith(prefix) ? message.slice(prefix.length) : message;
}
