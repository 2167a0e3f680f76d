import { Alert, Button, Checkbox, Paragraph, Spinner, Textarea, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useState, type FormEvent } from 'react';
import { ROLES, ROLE_LABELS, type TRole } from '../../contracts/auth/login.ts';
import { ZSaveOidcConfigRequest, type TOidcConfigResponse, type TSaveOidcConfigRequest } from '../../contracts/auth/oidc-config.ts';
import { ApiError, errorMessage } from '../api.ts';
import { PageSection } from '../components/PageSection.tsx';
import { firstIssues, type FieldErrors } from '../forms/validate.ts';
import { fetchSsoConfig, saveSsoConfig } from './sso-api.ts';

interface Form {
  label: string;
  issuer: string;
  clientId: string;
  /** Empty: keep the stored secret. */
  clientSecret: string;
  removeSecret: boolean;
  groupsClaim: string;
  /** Group values per role, one per line. */
  groups: Record<TRole, string>;
  enabled: boolean;
}

const TEXT_FIELDS = [
  { name: 'label', label: 'Navn på knappen', description: 'Vises som «Logg inn med …» på innloggingssiden.' },
  { name: 'issuer', label: 'Utsteder (issuer-URL)', description: 'For Entra ID: https://login.microsoftonline.com/<tenant-id>/v2.0' },
  { name: 'clientId', label: 'Klient-ID', description: 'Applikasjonens ID hos identitetsleverandøren.' },
  { name: 'groupsClaim', label: 'Claim med grupper eller roller', description: 'For eksempel groups eller roles.' },
] as const;

function toForm(r: TOidcConfigResponse): Form {
  const c = r.config;
  const groups = Object.fromEntries(ROLES.map((role) => [role, (c?.roleMappings ?? []).filter((m) => m.role === role).map((m) => m.group).join('\n')])) as Record<TRole, string>;
  return { label: c?.label ?? '', issuer: c?.issuer ?? '', clientId: c?.clientId ?? '', clientSecret: '', removeSecret: false, groupsClaim: c?.groupsClaim ?? 'groups', groups, enabled: c?.enabled ?? true };
}

function toRequest(form: Form, version: number | null): TSaveOidcConfigRequest {
  const roleMappings = ROLES.flatMap((role) =>
    form.groups[role]
      .split('\n')
      .map((g) => g.trim())
      .filter((g) => g !== '')
      .map((group) => ({ group, role })),
  );
  const secret = form.removeSecret ? { clientSecret: null } : form.clientSecret === '' ? {} : { clientSecret: form.clientSecret };
  return { version, label: form.label, issuer: form.issuer, clientId: form.clientId, groupsClaim: form.groupsClaim, roleMappings, enabled: form.enabled, ...secret };
}

/** The API's field messages name the field ("Klient-ID: Må fylles ut"); under the field itself the name is redundant. */
const withoutLabel = (message: string) => message.replace(/^[^:]+: /, '');

/** Innlogging med identitetsleverandør (admins): the municipality's OpenID Connect provider and which groups give which role. */
export function SsoSettings() {
  const [loaded, setLoaded] = useState<TOidcConfigResponse | null>(null);
  const [form, setForm] = useState<Form | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const load = async () => {
    try {
      const r = await fetchSsoConfig();
      setLoaded(r);
      setForm(toForm(r));
    } catch (err) {
      setMessage({ ok: false, text: errorMessage(err) });
    }
  };
  useEffect(() => {
    void load();
  }, []);

  if (!loaded || !form) {
    return (
      <PageSection id="sec-sso" title="Innlogging med identitetsleverandør">
        {message ? <Alert data-color="danger">{message.text}</Alert> : <Spinner aria-label="Laster oppsettet for innlogging" />}
      </PageSection>
    );
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const body = toRequest(form, loaded.config?.version ?? null);
    const parsed = ZSaveOidcConfigRequest.safeParse(body);
    setMessage(null);
    if (!parsed.success) {
      setErrors(firstIssues(parsed.error));
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const saved = await saveSsoConfig(parsed.data);
      setLoaded(saved);
      setForm(toForm(saved));
      setMessage({ ok: true, text: 'Oppsettet er lagret.' });
    } catch (err) {
      if (err instanceof ApiError) setErrors(Object.fromEntries(err.fields.map((f) => [f.path.split('.')[0] ?? '', withoutLabel(f.message)])));
      setMessage({ ok: false, text: errorMessage(err) });
    } finally {
      setBusy(false);
    }
  };
  const set = (patch: Partial<Form>) => setForm({ ...form, ...patch });

  return (
    <PageSection id="sec-sso" title="Innlogging med identitetsleverandør">
      <Paragraph data-size="sm">
        Brukerne kan logge inn med kommunens identitetsleverandør (OpenID Connect, for eksempel Entra ID). Kontoen lages ved første innlogging, og rollen
        settes fra gruppene ved hver innlogging. Registrer disse adressene hos leverandøren:
      </Paragraph>
      <ul className="sso-urls" data-testid="sso-urls">
        <li>Omdirigerings-URI: <code>{loaded.urls.redirectUri}</code></li>
        <li>URI etter utlogging: <code>{loaded.urls.postLogoutRedirectUri}</code></li>
        <li>URI for utlogging fra leverandøren (back-channel): <code>{loaded.urls.backchannelLogoutUri}</code></li>
      </ul>
      <form onSubmit={(e) => void submit(e)} noValidate className="sso-form" data-testid="sso-form">
        {TEXT_FIELDS.map((f) => (
          <Textfield
            key={f.name}
            label={f.label}
            description={f.description}
            value={form[f.name]}
            error={errors[f.name]}
            onChange={(e) => set({ [f.name]: e.target.value })}
            data-testid={`sso-${f.name}`}
          />
        ))}
        <Textfield
          label="Klienthemmelighet"
          type="password"
          autoComplete="off"
          description={loaded.config?.hasClientSecret ? 'En hemmelighet er lagret. La feltet stå tomt for å beholde den.' : 'Tomt: offentlig klient (bare PKCE).'}
          value={form.clientSecret}
          error={errors.clientSecret}
          disabled={form.removeSecret}
          onChange={(e) => set({ clientSecret: e.target.value })}
          data-testid="sso-clientSecret"
        />
        {loaded.config?.hasClientSecret && (
          <Checkbox label="Fjern den lagrede hemmeligheten" checked={form.removeSecret} onChange={(e) => set({ removeSecret: e.target.checked })} />
        )}
        {ROLES.map((role) => (
          <div key={role}>
            <label htmlFor={`sso-groups-${role}`} className="ds-label">
              Grupper som gir rollen {ROLE_LABELS[role]} (én per linje)
            </label>
            <Textarea
              id={`sso-groups-${role}`}
              rows={2}
              value={form.groups[role]}
              onChange={(e) => set({ groups: { ...form.groups, [role]: e.target.value } })}
              data-testid={`sso-groups-${role}`}
            />
          </div>
        ))}
        {errors.roleMappings && (
          <Alert data-color="danger" data-testid="sso-roleMappings-error">
            {errors.roleMappings}
          </Alert>
        )}
        <Checkbox label="Påslått (knappen vises på innloggingssiden)" checked={form.enabled} onChange={(e) => set({ enabled: e.target.checked })} data-testid="sso-enabled" />
        {message && (
          <Alert data-color={message.ok ? 'success' : 'danger'} data-testid="sso-message">
            {message.text}
          </Alert>
        )}
        {message && !message.ok && loaded.config && (
          <Button variant="secondary" type="button" onClick={() => void load()}>
            Last inn lagret oppsett på nytt
          </Button>
        )}
        <Button type="submit" disabled={busy} loading={busy} data-testid="sso-save">
          Lagre oppsettet
        </Button>
      </form>
    </PageSection>
  );
}
