import { Alert, Button, Card, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { TSessionResponse } from '../../contracts/auth/login.ts';
import { ZLoginRequest } from '../../contracts/auth/login.ts';
import { errorMessage } from '../api.ts';
import { login } from '../app/session-api.ts';
import { usePageTitle } from '../app/use-page-title.ts';

interface Props {
  onLoggedIn: (session: TSessionResponse) => void;
  /** Why the user is here again (e.g. the session expired). */
  notice?: string | null;
}

/** Innlogging: username and password; the API's Norwegian message on failure (wrong password, too many tries). */
export function LoginPage({ onLoggedIn, notice }: Props) {
  usePageTitle('Logg inn');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<{ username?: string; password?: string }>({});

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const parsed = ZLoginRequest.safeParse({ username, password });
    if (!parsed.success) {
      const errs: { username?: string; password?: string } = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path[0];
        if ((key === 'username' || key === 'password') && !errs[key]) errs[key] = issue.message;
      }
      setFieldErrors(errs);
      return;
    }
    setFieldErrors({});
    setBusy(true);
    setError(null);
    try {
      onLoggedIn(await login(parsed.data));
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
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
          <Textfield
            label="Brukernavn"
            name="username"
            autoComplete="username"
            value={username}
            error={fieldErrors.username}
            onChange={(e) => setUsername(e.target.value)}
            data-testid="login-username"
          />
          <Textfield
            label="Passord"
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            error={fieldErrors.password}
            onChange={(e) => setPassword(e.target.value)}
            data-testid="login-password"
          />
          {error && (
            <Alert data-color="danger" data-testid="login-error">
              {error}
            </Alert>
          )}
          <Button type="submit" data-color="accent" disabled={busy} loading={busy} data-testid="login-submit">
            Logg inn
          </Button>
        </form>
      </Card>
    </main>
  );
}
