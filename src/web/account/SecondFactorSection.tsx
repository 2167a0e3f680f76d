import { Alert, Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { TSecondFactorSetupResponse } from '../../contracts/auth/account.ts';
import { ApiError, errorMessage } from '../api.ts';
import { ACCOUNT_PATH } from '../app/paths.ts';
import { navigate } from '../app/router.ts';
import { useSession } from '../app/session.tsx';
import { PageSection } from '../components/PageSection.tsx';
import { accountApi } from './account-api.ts';

/** Tofaktorinnlogging: set up an authenticator app (QR code or the secret typed in), confirm with a code, see the recovery codes once. */
export function SecondFactorSection() {
  const { session, replaceSession } = useSession();
  const [setup, setSetup] = useState<TSecondFactorSetupResponse | null>(null);
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);

  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      setSetup(await accountApi.setupSecondFactor());
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  const confirm = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setCodeError(undefined);
    try {
      const answer = await accountApi.confirmSecondFactor(code.trim());
      setRecoveryCodes(answer.recoveryCodes);
      setSetup(null);
      // An admin held on this page until now stays on it (at its own address) to read the recovery codes.
      navigate(ACCOUNT_PATH);
      replaceSession(answer.session);
    } catch (err) {
      const field = err instanceof ApiError ? err.fields.find((f) => f.path === 'secondFactorCode') : undefined;
      if (field) setCodeError(field.message);
      else setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <PageSection id="second-factor" title="Tofaktorinnlogging">
      {recoveryCodes && (
        <Alert data-color="success" data-testid="recovery-codes">
          <Paragraph>
            Tofaktorinnlogging er slått på. Skriv ut eller skriv ned disse gjenopprettingskodene nå – de vises bare denne ene gangen. Hver kode
            kan brukes én gang i stedet for koden fra appen hvis du mister telefonen.
          </Paragraph>
          <ul className="recovery-codes">
            {recoveryCodes.map((c) => (
              <li key={c}>
                <code>{c}</code>
              </li>
            ))}
          </ul>
        </Alert>
      )}
      {session.user.secondFactor && !recoveryCodes && (
        <Paragraph data-testid="second-factor-on">Tofaktorinnlogging er på: du logger inn med passord og en kode fra autentiseringsappen.</Paragraph>
      )}
      {!session.user.secondFactor && !setup && (
        <>
          <Paragraph>
            Med tofaktorinnlogging trenger du både passordet og en kode fra en autentiseringsapp på telefonen (for eksempel Microsoft
            Authenticator eller Google Authenticator).{session.user.role === 'admin' ? ' Administratorer må ha det.' : ''}
          </Paragraph>
          <Button onClick={() => void start()} disabled={busy} data-testid="second-factor-start">
            Sett opp tofaktorinnlogging
          </Button>
        </>
      )}
      {setup && (
        <form onSubmit={(e) => void confirm(e)} noValidate className="login-form" data-testid="second-factor-setup">
          <Paragraph>1. Skann QR-koden med autentiseringsappen, eller skriv inn nøkkelen under.</Paragraph>
          <img className="qr-code" src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(setup.qrSvg)}`} alt="QR-kode for autentiseringsappen" width={200} height={200} />
          <Paragraph data-size="sm">
            Nøkkel: <code data-testid="second-factor-secret">{setup.secret}</code>
          </Paragraph>
          <Textfield
            label="2. Skriv inn koden appen viser"
            name="secondFactorCode"
            inputMode="numeric"
            autoComplete="one-time-code"
            value={code}
            error={codeError}
            onChange={(e) => setCode(e.target.value)}
            data-testid="second-factor-code"
          />
          <Button type="submit" disabled={busy} data-testid="second-factor-confirm">
            Slå på
          </Button>
        </form>
      )}
      {error && <Alert data-color="danger">{error}</Alert>}
    </PageSection>
  );
}
