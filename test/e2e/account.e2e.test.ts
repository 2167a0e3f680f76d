import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, startE2e, type E2eEnv } from './harness.ts';
import { makeKommune, TEST_PASSWORD } from '../helpers/app.ts';
import { totpCode } from '../../src/server/auth/second-factor.ts';

describe('Min konto in the browser (Debian chromium): two-factor login and sessions', () => {
  let env: E2eEnv;
  beforeAll(async () => {
    env = await startE2e({ adminSecondFactor: 'required' });
  });
  afterAll(async () => {
    await env?.close();
  });

  it('an admin sets up an authenticator at first login, then logs in with its code; sees and ends other sessions', async () => {
    const k = await makeKommune(env.db);
    const context = await env.browser.newContext({ locale: 'nb-NO', viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    await page.goto(env.baseUrl + '/');
    await page.getByLabel('Brukernavn').fill(k.users.admin);
    await page.getByLabel('Passord').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Logg inn' }).click();

    // Only the account page, with the reason, until a second factor is set up.
    await page.getByTestId('second-factor-required').waitFor();
    expect(await page.getByTestId('nav-oversikt').count()).toBe(0);
    await page.getByTestId('second-factor-start').click();
    await page.getByTestId('second-factor-setup').waitFor();
    expect(await page.getByRole('img', { name: 'QR-kode for autentiseringsappen' }).count()).toBe(1);
    await page.waitForLoadState('networkidle');
    await expectAccessible(page, 'oppsett av tofaktor');
    const secret = (await page.getByTestId('second-factor-secret').textContent())!;
    // A code from ten minutes ahead is refused on the field.
    await page.getByTestId('second-factor-code').fill(totpCode(secret, new Date(Date.now() + 600_000)));
    await page.getByTestId('second-factor-confirm').click();
    await expect.poll(() => page.getByTestId('second-factor-code').getAttribute('aria-invalid')).toBe('true');
    await page.getByTestId('second-factor-code').fill(totpCode(secret, new Date()));
    await page.getByTestId('second-factor-confirm').click();
    await page.getByTestId('recovery-codes').waitFor();
    const codes = await page.getByTestId('recovery-codes').locator('li').allTextContents();
    expect(codes).toHaveLength(10);
    await page.getByTestId('nav-oversikt').waitFor();
    await expectAccessible(page, 'gjenopprettingskoder');

    // Logged in elsewhere with a recovery code (a second device).
    const other = await env.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: k.users.admin, password: TEST_PASSWORD, secondFactorCode: codes[0] } });
    expect(other.statusCode).toBe(200);
    const otherCookie = other.cookies.find((c) => c.name === 'lp_session')!.value;

    // Next login asks for the code after the password (the next time step: the setup used this one).
    await page.getByTestId('logout').click();
    await page.getByLabel('Brukernavn').fill(k.users.admin);
    await page.getByLabel('Passord', { exact: true }).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.getByLabel('Kode fra autentiseringsappen').fill(totpCode(secret, new Date(Date.now() + 30_000)));
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.getByTestId('logout').waitFor();

    await page.getByTestId('header-account').click();
    await page.waitForURL('**/konto');
    await expect.poll(() => page.getByTestId('sessions-table-row').count()).toBe(2);
    expect(await page.getByTestId('sessions-table').textContent()).toContain('(denne)');
    await page.waitForLoadState('networkidle');
    await expectAccessible(page, 'min konto');
    await page.getByTestId('sessions-end-others').click();
    await page.getByTestId('sessions-status').waitFor();
    expect(await page.getByTestId('sessions-status').textContent()).toBe('Logget ut alle andre steder (1 økt).');
    await expect.poll(() => page.getByTestId('sessions-table-row').count()).toBe(1);
    const ended = await env.app.inject({ method: 'GET', url: '/api/auth/session', cookies: { lp_session: otherCookie } });
    expect(ended.statusCode).toBe(204); // no session: nobody signed in
    await context.close();
  });
});
