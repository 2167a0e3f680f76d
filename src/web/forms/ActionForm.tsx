import { Alert, Button, Heading } from '@digdir/designsystemet-react';
import { useId, useMemo, useState } from 'react';
import { z, type ZodType } from 'zod';
import { ApiError, errorMessage } from '../api.ts';
import { toFormState, toInput, type FieldSpec } from './field-spec.ts';
import { FormField } from './FormField.tsx';
import { useRecordForm } from './use-record-form.ts';

interface Props {
  title: string;
  headingLevel?: 3 | 4;
  fields: FieldSpec[];
  /** The contract's request schema: the form validates with it as the user types. */
  schema: ZodType;
  /** Values of the fields when the form opens. */
  initial: Record<string, unknown>;
  /** Values sent that are not fields (the version of the record the user sees). */
  fixed?: Record<string, unknown>;
  submitLabel: string;
  testId: string;
  /** Empty the form again after a success (a log where each entry is new). */
  resetOnSuccess?: boolean;
  /** The action cannot run now (a job is running): the button is disabled, the fields stay readable. */
  disabled?: boolean;
  /** Sends the request; may return a message to show on success. Field errors of a thrown ApiError go to their fields. */
  onSubmit: (input: Record<string, unknown>) => Promise<string | void>;
}

/** A form that runs one action of the API (not a stored record): fields, contract validation, the API's errors in Norwegian. */
export function ActionForm({ title, headingLevel = 3, fields, schema, initial, fixed, submitLabel, testId, onSubmit, resetOnSuccess, disabled }: Props) {
  const formId = useId();
  const start = useMemo(() => toFormState(fields, initial), [fields, initial]);
  // The fixed values take part in validation too, so the contract's strict schema sees the whole request.
  const validating = useMemo(() => (fixed ? z.preprocess((x) => ({ ...(x as object), ...fixed }), schema) : schema), [schema, fixed]);
  const form = useRecordForm(validating, fields, start);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function submit() {
    if (form.submit()) return;
    setBusy(true);
    setMessage(null);
    try {
      const done = await onSubmit({ ...toInput(fields, form.state), ...fixed });
      if (resetOnSuccess) form.reset(start);
      if (done) setMessage({ ok: true, text: done });
    } catch (err) {
      const rest = err instanceof ApiError ? form.applyServerErrors(err.fields) : [];
      const placed = err instanceof ApiError && err.fields.length > 0 && rest.length === 0;
      setMessage({ ok: false, text: placed ? 'Rett feilene i skjemaet.' : errorMessage(err) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      id={formId}
      className="record-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      data-testid={testId}
    >
      <Heading level={headingLevel} data-size="2xs">
        {title}
      </Heading>
      {fields
        .filter((f) => !f.hidden)
        .map((f) => (
          <FormField key={f.name} spec={f} id={`${formId}-${f.name}`} value={form.state[f.name] ?? ''} error={form.errorFor(f.name)} onChange={(v) => form.setField(f.name, v)} disabled={busy} />
        ))}
      {message && (
        <Alert data-color={message.ok ? 'success' : 'danger'} data-testid={`${testId}-message`}>
          {message.text}
        </Alert>
      )}
      <Button type="submit" disabled={busy || disabled} loading={busy} data-testid={`${testId}-submit`}>
        {submitLabel}
      </Button>
    </form>
  );
}
