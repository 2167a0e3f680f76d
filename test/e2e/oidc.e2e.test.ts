import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, loginPage, startE2e, type E2eEnv } from './harness.ts';
import { makeKommune, TEST_PASSWORD } from '../helpers/app.ts';
import { startOidcProvider, type TestOidcProvider } from '../helpers/oidc-provider.ts';

/** A fresh browser at the login page; the provider's pages ask for a web font, which this machine cannot fetch. */
async function freshLoginPage(env: E2eEnv): Promise<Page> {
  const context = await env.browser.newContext({ locale: 'nb-NO', viewport: { width: 1400, height: 1000 } });
  await context.route(/fonts\.googleapis\.com/, (route) => route.abort());
  const page = await context.newPage();
  await page.goto(env.baseUrl + '/');
  return page;
}

/** Signs in on the provider's own login page (its development page takes any password). */
async function signInAtProvider(page: Page, provider: TestOidcProvider, loginName: string): Promise<void> {
  await page.waitForURL((url) => url.origin === provider.issuer);
  await page.locator('input[name="login"]').fill(loginName);
  await page.locator('input[name="password"]').fill('hva-som-helst');
  await page.getByRole('button', { name: 'Sign-in' }).click();
}

describe('single sign-on in the browser (Debian chromium, a real OIDC provider)', () => {
  let env: E2eEnv;
  let provider: TestOidcProvider;
  beforeAll(async () => {
    env = await startE2e({ oidcAllowHttpLoopback: true });
    provider = await startOidcProvider(env.baseUrl);
  });
  afterAll(async () => {
    await provider?.close();
    await env?.close();
  });

  it('an admin sets up the provider; a person signs in through its login page with the role of their group, and logs out there too', async () => {
    const k = await makeKommune(env.db);
    provider.accounts.set('kari', { name: 'Kari Nordmann', groups: ['alle-ansatte', 'legeplan-planleggere'] });
    provider.accounts.set('ola', { name: 'Ola Uten Tilgang', groups: ['alle-ansatte'] });

    const admin = await loginPage(env, k.users.admin, TEST_PASSWORD);
    await admin.getByTestId('nav-brukere').click();
    await admin.waitForURL('**/brukere');
    await admin.getByTestId('sso-form').waitFor();
    expect(await admin.getByTestId('sso-urls').textContent()).toContain(`${env.baseUrl}/api/auth/oidc/callback`);
    await admin.getByLabel('Navn på knappen').fill('Testleverandør');
    await admin.getByLabel('Utsteder (issuer-URL)').fill('http://idp.example.no');
    await admin.getByLabel('Klient-ID').fill(provider.client.clientId);
    await admin.getByLabel('Klienthemmelighet').fill(provider.client.clientSecret);
    await admin.getByTestId('sso-save').click();
    // Refused in the browser already: plain http only on this machine, and at least one group must give a role.
    await expect.poll(() => admin.getByTestId('sso-form').textContent()).toContain('Må bruke https');
    expect(await admin.getByTestId('sso-roleMappings-error').textContent()).toContain('Minst én gruppe');
    await admin.getByLabel('Utsteder (issuer-URL)').fill(provider.issuer);
    await admin.getByLabel('Grupper som gir rollen Planlegger (én per linje)').fill('legeplan-planleggere');
    await admin.getByTestId('sso-save').click();
    await expect.poll(() => admin.getByTestId('sso-message').textContent()).toBe('Oppsettet er lagret.');
    expect(await admin.getByLabel('Klienthemmelighet').inputValue()).toBe('');
    await expectAccessible(admin, 'brukere med innlogging via identitetsleverandør');
    await admin.context().close();

    const page = await freshLoginPage(env);
    const button = page.getByRole('link', { name: `Logg inn med Testleverandør (Testkommune` });
    await button.first().waitFor();
    await expectAccessible(page, 'innlogging med knapp for identitetsleverandør');
    await page.getByTestId(`sso-start-${k.nr.padStart(4, '0')}`).click();
    await signInAtProvider(page, provider, 'kari');
    await page.getByRole('button', { name: 'Logg ut' }).waitFor();
    expect(await page.getByTestId('header-user').textContent()).toBe('Kari Nordmann (Planlegger)');
    expect(await page.getByTestId('header-kommune').textContent()).toMatch(/^Testkommune/);

    // Logging out ends the session here and at the provider, which sends the browser back to the login page.
    await page.getByRole('button', { name: 'Logg ut' }).click();
    await page.waitForURL((url) => url.origin === provider.issuer);
    await page.getByRole('button', { name: 'Yes, sign me out' }).click();
    await page.waitForURL(`${env.baseUrl}/`);
    await page.getByRole('heading', { name: 'Logg inn i Legeplan' }).waitFor();
    // Signed out at the provider as well: the next login asks for its login page again, and a person without a mapped group is refused.
    await page.getByTestId(`sso-start-${k.nr.padStart(4, '0')}`).click();
    await signInAtProvider(page, provider, 'ola');
    await page.getByTestId('sso-error').waitFor();
    expect(await page.getByTestId('sso-error').textContent()).toContain('ingen av gruppene dine gir tilgang til Legeplan');
    expect(new URL(page.url()).search).toBe('');
    await page.context().close();
  });
});
