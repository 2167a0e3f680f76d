import { useCallback, useMemo, useState } from 'react';
import type { ZodType } from 'zod';
import type { TFieldError } from '../../contracts/errors.ts';
import { isShown, type FieldSpec, type FormState } from './field-spec.ts';
import { stripLabel, validateForm, type FieldErrors } from './validate.ts';

/**
 * Form state with validate-as-you-type: a field's contract message shows once the user has changed it
 * (or tried to save); the API's field errors show on their fields until the user edits them.
 */
export function useRecordForm(schema: ZodType, specs: readonly FieldSpec[], initial: FormState) {
  const [state, setState] = useState<FormState>(initial);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});

  const clientErrors = useMemo(() => validateForm(schema, specs, state), [schema, specs, state]);

  const errorFor = (name: string): string | undefined =>
    ((touched.has(name) || submitted) && clientErrors[name]) || serverErrors[name] || undefined;

  const setField = useCallback((name: string, value: string | boolean) => {
    setState((s) => ({ ...s, [name]: value }));
    setTouched((t) => new Set(t).add(name));
    setServerErrors((e) => {
      if (!(name in e)) return e;
      const next = { ...e };
      delete next[name];
      return next;
    });
  }, []);

  const reset = useCallback((next: FormState) => {
    setState(next);
    setTouched(new Set());
    setSubmitted(false);
    setServerErrors({});
  }, []);

  /** Puts the API's field errors on their fields; returns those that match no field in the form. */
  const applyServerErrors = useCallback(
    (fields: readonly TFieldError[]): TFieldError[] => {
      const placed: FieldErrors = {};
      const unplaced: TFieldError[] = [];
      for (const f of fields) {
        const name = f.path.split('.')[0] ?? '';
        const spec = specs.find((s) => s.name === name && isShown(s, state));
        if (spec) placed[name] ??= stripLabel(spec, f.message);
        else unplaced.push(f);
      }
      setServerErrors(placed);
      return unplaced;
    },
    [specs, state],
  );

  return {
    state,
    setField,
    reset,
    errorFor,
    clientErrors,
    isValid: Object.keys(clientErrors).length === 0,
    /** Marks the form as submitted so every error shows; returns the first invalid field in the form. */
    submit: (): string | undefined => {
      setSubmitted(true);
      return specs.find((s) => isShown(s, state) && clientErrors[s.name])?.name;
    },
    applyServerErrors,
  };
}
