import { Alert, Button, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { ZChangePasswordRequest, type TChangePasswordRequest } from '../../contracts/auth/account.ts';
import { ApiError, errorMessage } from '../api.ts';
import { useSession } from '../app/session.tsx';
import { PageSection } from '../components/PageSection.tsx';
import { firstIssues, type FieldErrors } from '../forms/validate.ts';
import { accountApi } from './account-api.ts';

const FIELDS = [
  { name: 'currentPassword', label: 'Nåværende passord', autoComplete: 'current-password', description: undefined },
  { name: 'newPassword', label: 'Nytt passord', autoComplete: 'new-password', description: 'Minst 12 tegn. Vanlige passord godtas ikke; flere ord etter hverandre er lett å huske.' },
] as const;

/** Bytt passord: the current one, then the new one; every other session ends, this one gets a new id. */
export function PasswordSection() {
  const { replaceSession } = useSession();
  const [values, setValues] = useState<TChangePasswordRequest>({ currentPassword: '', newPassword: '' });
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setStatus(null);
    setError(null);
    const parsed = ZChangePasswordRequest.safeParse(values);
    if (!parsed.success) {
      setFieldErrors(firstIssues(parsed.error));
      return;
    }
    setFieldErrors({});
    setBusy(true);
    try {
      replaceSession(await accountApi.changePassword(parsed.data));
      setValues({ currentPassword: '', newPassword: '' });
      setStatus('Passordet er byttet. Du er logget ut alle andre steder.');
    } catch (err) {
      if (err instanceof ApiError && err.fields.length > 0) setFieldErrors(Object.fromEntries(err.fields.map((f) => [f.path, f.message])));
      else setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <PageSection id="password" title="Bytt passord">
      <form onSubmit={(e) => void submit(e)} noValidate className="login-form" data-testid="password-form">
        {FIELDS.map((f) => (
          <Textfield
            key={f.name}
            label={f.label}
            description={f.description}
            name={f.name}
            type="password"
            autoComplete={f.autoComplete}
            value={values[f.name]}
            error={fieldErrors[f.name]}
            onChange={(e) => setValues((v) => ({ ...v, [f.name]: e.target.value }))}
          />
        ))}
        <Button type="submit" disabled={busy} data-testid="password-submit">
          Bytt passord
        </Button>
      </form>
      {status && (
        <Alert data-color="success" data-testid="password-status">
          {status}
        </Alert>
      )}
      {error && <Alert data-color="danger">{error}</Alert>}
    </PageSection>
  );
}
