import { Alert, Button, Heading } from '@digdir/designsystemet-react';
import { useId, useMemo, useState } from 'react';
import { ZSessionInput } from '../../contracts/training/index.ts';
import { ApiError, errorMessage } from '../api.ts';
import { invalidate } from '../data/use-records.ts';
import { toFormState, toInput } from '../forms/field-spec.ts';
import { FormField } from '../forms/FormField.tsx';
import { useRecordForm } from '../forms/use-record-form.ts';
import { todayIso } from '../format.ts';
import { logSession } from './training-api.ts';
import { sessionDef } from './training-defs.ts';

/** The doctor logs a supervision session on their own agreement (date, minutes, topic — no patient data). */
export function SessionLogForm({ agreementId, onLogged }: { agreementId: number; onLogged: () => void }) {
  const formId = useId();
  const fields = useMemo(() => sessionDef([]).fields.map((f) => (f.name === 'agreementId' ? { ...f, hidden: true } : f)), []);
  const initial = useMemo(() => toFormState(fields, { agreementId, sessionDate: todayIso(), minutes: 60, sessionKind: 'individual', topic: '' }), [fields, agreementId]);
  const form = useRecordForm(ZSessionInput, fields, initial);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function save() {
    if (form.submit()) return;
    setBusy(true);
    setMessage(null);
    try {
      await logSession(toInput(fields, form.state) as Parameters<typeof logSession>[0]);
      invalidate('supervision-sessions');
      form.reset(initial);
      setMessage({ ok: true, text: 'Veiledningen er ført. Veilederen bekrefter den.' });
      onLogged();
    } catch (err) {
      const rest = err instanceof ApiError ? form.applyServerErrors(err.fields) : [];
      setMessage({ ok: false, text: rest.length > 0 || !(err instanceof ApiError) ? errorMessage(err) : 'Rett feilene i skjemaet.' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      id={formId}
      className="record-form"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      data-testid="session-log-form"
    >
      <Heading level={4} data-size="2xs">
        Før veiledning
      </Heading>
      {fields
        .filter((f) => !f.hidden)
        .map((f) => (
          <FormField key={f.name} spec={f} id={`${formId}-${f.name}`} value={form.state[f.name] ?? ''} error={form.errorFor(f.name)} onChange={(v) => form.setField(f.name, v)} disabled={busy} />
        ))}
      {message && (
        <Alert data-color={message.ok ? 'success' : 'danger'} data-testid="session-log-message">
          {message.text}
        </Alert>
      )}
      <Button type="submit" disabled={busy} loading={busy} data-testid="session-log-save">
        Før veiledning
      </Button>
    </form>
  );
}
