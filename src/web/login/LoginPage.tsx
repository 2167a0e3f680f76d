import { Alert, Button, Card, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { TLoginRequest, TSessionResponse } from '../../contracts/auth/login.ts';
import { ZLoginRequest } from '../../contracts/auth/login.ts';
import { ApiError, errorMessage } from '../api.ts';
import { login } from '../app/session-api.ts';
import { usePageTitle } from '../app/use-page-title.ts';
import { firstIssues, type FieldErrors } from '../forms/validate.ts';
import { SsoLogin } from './SsoLogin.tsx';

interface Props {
  onLoggedIn: (session: TSessionResponse) => void;
  /** Why the user is here again (e.g. the session expired). */
  notice?: string | null;
}

type Values = Required<TLoginRequest>;

const FIELDS: readonly { name: keyof Values; label: string; type?: 'password'; autoComplete: string; description?: string }[] = [
  { name: 'username', label: 'Brukernavn', autoComplete: 'username' },
  { name: 'password', label: 'Passord', type: 'password', autoComplete: 'current-password' },
];
const CODE_FIELD = {
  name: 'secondFactorCode',
  label: 'Kode fra autentiseringsappen',
  autoComplete: 'one-time-code',
  description: 'Seks sifre, eller en av gjenopprettingskodene dine',
} as const;

/**
 * Innlogging: username and password, then the authenticator's code when the account has a second factor;
 * the API's Norwegian message on failure (wrong password, wrong code, too many tries).
 */
export function LoginPage({ onLoggedIn, notice }: Props) {
  usePageTitle('Logg inn');
  const [values, setValues] = useState<Values>({ username: '', password: '', secondFactorCode: '' });
  const [askCode, setAskCode] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = ZLoginRequest.safeParse(askCode ? values : { username: values.username, password: values.password });
    if (!parsed.success) {
      setFieldErrors(firstIssues(parsed.error));
      return;
    }
    setFieldErrors({});
    setBusy(true);
    setError(null);
    try {
      onLoggedIn(await login(parsed.data));
    } catch (err) {
      setBusy(false);
      if (err instanceof ApiError && err.code === 'second_factor_required') {
        setAskCode(true);
        setError(null);
        return;
      }
      setError(errorMessage(err));
    }
  };

  return (
    <main id="main" className="login-page">
      <Card data-color="neutral" className="login-card">
        <Heading level={1} data-size="md">
          Logg inn i Legeplan
        </Heading>
        <Paragraph data-size="sm">Planlegging av legetjenestene i kommunen.</Paragraph>
        {notice && (
          <Alert data-color="info" data-testid="login-notice">
            {notice}
          </Alert>
        )}
        <form onSubmit={(e) => void submit(e)} noValidate className="login-form" data-testid="login-form">
          {[...FIELDS, ...(askCode ? [CODE_FIELD] : [])].map((f) => (
            <Textfield
              key={f.name}
              label={f.label}
              description={'description' in f ? f.description : undefined}
              name={f.name}
              type={'type' in f ? f.type : undefined}
              autoComplete={f.autoComplete}
              // The code field appears after the password was accepted: the user goes on typing there.
              autoFocus={f.name === 'secondFactorCode'}
              value={values[f.name]}
              error={fieldErrors[f.name]}
              onChange={(e) => setValues((v) => ({ ...v, [f.name]: e.target.value }))}
              data-testid={`login-${f.name}`}
            />
          ))}
          {error && (
            <Alert data-color="danger" data-testid="login-error">
              {error}
            </Alert>
          )}
          <Button type="submit" data-color="accent" disabled={busy} loading={busy} data-testid="login-submit">
            Logg inn
          </Button>
        </form>
        <SsoLogin />
      </Card>
    </main>
  );
}
