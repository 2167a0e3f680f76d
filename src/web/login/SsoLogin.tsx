import { Alert, Button } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { SSO_ERROR_MESSAGES, SSO_ERROR_PARAM, type SsoErrorCode, type TListSsoProvidersResponse, type TSsoProvider } from '../../contracts/auth/oidc-login.ts';
import { api } from '../api.ts';

/** Why the last single sign-on failed, from the address the server sent the browser back to (then taken out of it). */
function takeSsoError(): string | null {
  const url = new URL(window.location.href);
  const code = url.searchParams.get(SSO_ERROR_PARAM);
  if (code === null) return null;
  url.searchParams.delete(SSO_ERROR_PARAM);
  window.history.replaceState(null, '', url.pathname + url.search + url.hash);
  return code in SSO_ERROR_MESSAGES ? SSO_ERROR_MESSAGES[code as SsoErrorCode] : 'Innloggingen med identitetsleverandør mislyktes.';
}

/** «Logg inn med …»: one button per municipality with single sign-on, and why the last attempt failed. */
export function SsoLogin() {
  const [providers, setProviders] = useState<TSsoProvider[]>([]);
  const [error] = useState(takeSsoError);

  useEffect(() => {
    api.get<TListSsoProvidersResponse>('/api/auth/oidc/providers').then(
      (r) => setProviders(r.items),
      () => setProviders([]),
    );
  }, []);

  if (providers.length === 0 && !error) return null;
  return (
    <div className="sso-login" data-testid="sso-login">
      {error && (
        <Alert data-color="danger" data-testid="sso-error">
          {error}
        </Alert>
      )}
      {providers.map((p) => (
        <Button key={p.kommuneNr} asChild variant="secondary">
          <a href={`/api/auth/oidc/start?kommune=${encodeURIComponent(p.kommuneNr)}`} data-testid={`sso-start-${p.kommuneNr}`}>
            Logg inn med {p.label} ({p.kommuneName})
          </a>
        </Button>
      ))}
    </div>
  );
}
