import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import { ZCreateNormVersionRequest } from '../../contracts/norms/index.ts';
import { api, type ApiError } from '../api.ts';
import { useSession } from '../app/session.tsx';
import { invalidate } from '../data/use-records.ts';
import { isMissing, toInput, type FieldSpec, type FormState, type Option } from '../forms/field-spec.ts';
import { FormField } from '../forms/FormField.tsx';
import { firstIssues, stripLabel, type FieldErrors } from '../forms/validate.ts';

const NFAS = 'nfas-2020';

/**
 * A new dated version of the norm, copied with its whole activity table from one of the municipality's versions or
 * from the shipped Nfas 2020 default (POST /api/norms/versions); the copy is then edited row by row.
 */
export function NormVersionCopyForm({ versions }: { versions: readonly Option[] }) {
  const { canWrite } = useSession();
  const formId = useId();
  const fields: FieldSpec[] = [
    { kind: 'date', name: 'validFrom' },
    { kind: 'text', name: 'name' },
    { kind: 'select', name: 'copyOf', label: 'Kopi av', options: [...versions, { value: NFAS, label: 'Nfas 2020 (standard)' }] },
  ];
  const [state, setState] = useState<FormState>({ validFrom: '', name: '', copyOf: versions[versions.length - 1]?.value ?? NFAS });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [saving, setSaving] = useState(false);
  if (!canWrite) return null;

  // The choice is a version id (a number) or the default's key.
  const input = () => {
    const body = toInput(fields, state);
    return { ...body, copyOf: body.copyOf === NFAS || body.copyOf === undefined ? body.copyOf : Number(body.copyOf) };
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    setMessage(null);
    const found: FieldErrors = {};
    for (const spec of fields) if (isMissing(spec, state)) found[spec.name] = 'Må fylles ut';
    const parsed = ZCreateNormVersionRequest.safeParse(input());
    if (!parsed.success) firstIssues(parsed.error, found);
    setErrors(found);
    if (Object.keys(found).length > 0 || !parsed.success) return;
    setSaving(true);
    try {
      await api.post('/api/norms/versions', parsed.data);
      invalidate('staffing-norms', 'norm-activities');
      setMessage({ ok: true, text: `Normversjonen «${parsed.data.name}» er opprettet med aktivitetene fra kopien.` });
      setState({ ...state, validFrom: '', name: '' });
    } catch (err) {
      const apiErr = err as ApiError;
      const byField: FieldErrors = {};
      for (const f of apiErr.fields ?? []) byField[f.path] = stripLabel(fields.find((s) => s.name === f.path), f.message);
      setErrors(byField);
      setMessage({ ok: false, text: apiErr.message });
    } finally {
      setSaving(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label="Ny normversjon som kopi" data-testid="norm-version-copy" className="form-grid">
      <Paragraph data-size="sm">En ny versjon gjelder fra datoen sin og tar med seg hele aktivitetstabellen fra versjonen den kopierer.</Paragraph>
      {fields.map((spec) => (
        <FormField
          key={spec.name}
          spec={spec}
          id={`${formId}-${spec.name}`}
          value={state[spec.name] ?? ''}
          error={errors[spec.name]}
          disabled={saving}
          onChange={(v) => setState({ ...state, [spec.name]: v })}
        />
      ))}
      <div>
        <Button type="submit" data-size="sm" loading={saving} data-testid="norm-version-copy-submit">
          Lag ny versjon som kopi
        </Button>
      </div>
      {message && (
        <Alert data-color={message.ok ? 'success' : 'danger'} role="status" data-testid="norm-version-copy-message">
          {message.text}
        </Alert>
      )}
    </form>
  );
}
