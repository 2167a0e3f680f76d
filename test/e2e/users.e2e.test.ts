import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, loginPage, startE2e, type E2eEnv } from './harness.ts';
import type { TUser } from '../../src/contracts/auth/users.ts';
import { login, makeKommune, TEST_PASSWORD, type Client } from '../helpers/app.ts';

/** The municipality's accounts as the API stores them. */
async function usersOf(api: Client): Promise<TUser[]> {
  return ((await api.get('/api/users')).json() as { items: TUser[] }).items;
}

/** The text of what a field's aria-describedby points at: its description and its error message, as a screen reader hears them. */
async function description(field: Locator): Promise<string> {
  return field.evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => (id ? (document.getElementById(id)?.textContent ?? '') : ''))
      .join(' '),
  );
}

describe('Brukere in the browser (Debian chromium)', () => {
  let env: E2eEnv;
  beforeAll(async () => {
    env = await startE2e();
  });
  afterAll(async () => {
    await env?.close();
  });

  it('an admin creates a read-only user, validated as they type; the page passes axe; the new user can log in', async () => {
    const k = await makeKommune(env.db);
    const page = await loginPage(env, k.users.admin, TEST_PASSWORD);
    await page.getByTestId('nav-brukere').click();
    await page.waitForURL('**/brukere');
    await page.getByTestId('users-table-row').first().waitFor();
    expect(await page.getByTestId('users-table-row').count()).toBe(4);
    expect(await page.getByTestId('users-table').textContent()).toContain('Lesetilgang');
    await page.waitForLoadState('networkidle');
    await expectAccessible(page, 'brukere');

    await page.getByTestId('users-table-new').click();
    const dialog = page.getByTestId('record-dialog');
    const username = `ny-leser-${k.id}`;
    await dialog.getByLabel('Brukernavn').fill('Ny Leser');
    await expect.poll(() => description(dialog.getByLabel('Brukernavn'))).toContain('Bare små bokstaver');
    await dialog.getByLabel('Brukernavn').fill(username);
    await dialog.getByLabel('Navn', { exact: true }).fill('Ny Leser');
    // The doctor is asked for only when the role is Lege, and then it is required.
    expect(await dialog.getByTestId('field-doctorId').count()).toBe(0);
    await dialog.getByLabel('Rolle').selectOption('doctor');
    await dialog.getByTestId('field-doctorId').waitFor();
    await dialog.getByLabel('Passord').fill('for-kort');
    await dialog.getByTestId('save-button').click();
    await expect.poll(() => description(dialog.getByLabel('Passord'))).toContain('Minst 12 tegn');
    await expect.poll(() => description(dialog.getByLabel('Lege', { exact: true }))).toContain('Må fylles ut');
    expect(await dialog.getByLabel('Passord').getAttribute('type')).toBe('password');
    expect(await dialog.getByLabel('Passord').getAttribute('autocomplete')).toBe('new-password');
    await expectAccessible(page, 'ny bruker med feil');

    await dialog.getByLabel('Rolle').selectOption('readonly');
    expect(await dialog.getByTestId('field-doctorId').count()).toBe(0);
    await dialog.getByLabel('Passord').fill('et-langt-nok-passord');
    await dialog.getByTestId('save-button').click();
    await page.getByTestId('users-table-status').waitFor();
    expect(await page.getByTestId('users-table-status').textContent()).toBe(`Ny Leser (${username}) er opprettet.`);
    await expect.poll(() => page.getByTestId('users-table-row').count()).toBe(5);
    const row = page.getByTestId('users-table-row').filter({ hasText: username });
    expect(await row.textContent()).toContain('Lesetilgang');

    const api = await login(env.app, k.users.admin);
    const created = (await usersOf(api)).find((u) => u.username === username);
    expect(created).toMatchObject({ displayName: 'Ny Leser', role: 'readonly', doctorId: null, version: 1 });
    await page.context().close();

    const reader = await loginPage(env, username, 'et-langt-nok-passord');
    expect(await reader.getByTestId('header-user').textContent()).toBe('Ny Leser (Lesetilgang)');
    expect(await reader.getByTestId('nav-brukere').count()).toBe(0);
    await reader.context().close();
  });

  it('a planner does not see Brukere, and the page refuses them', async () => {
    const page = await loginPage(env, 'sandefjord-planlegger');
    await page.getByTestId('nav-import').waitFor();
    expect(await page.getByTestId('nav-brukere').count()).toBe(0);
    await page.goto(`${env.baseUrl}/brukere`);
    await expect.poll(() => page.locator('main').textContent()).toContain('Bare administratorer kan forvalte brukere');
    await page.context().close();
  });

  it("an admin editing a user gets the API's field error on its field, and a stale edit gets the conflict choice", async () => {
    const k = await makeKommune(env.db);
    const page = await loginPage(env, k.users.admin, TEST_PASSWORD);
    await page.getByTestId('nav-brukere').click();
    const dialog = page.getByTestId('record-dialog');

    // An admin cannot remove their own admin role: the API says so under Rolle.
    // The link shows the username and is named by it too (makeKommune names a user "<role> <tag>", username "<role>-<tag>").
    await page.getByRole('button', { name: `Rediger ${k.users.admin.replace('-', ' ')} (${k.users.admin})`, exact: true }).click();
    expect(await dialog.getByLabel('Brukernavn').getAttribute('readonly')).not.toBeNull();
    await dialog.getByLabel('Rolle').selectOption('planner');
    await dialog.getByTestId('save-button').click();
    await expect.poll(() => description(dialog.getByLabel('Rolle'))).toContain('du kan ikke fjerne din egen administratorrolle');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    // Someone else renames the reader after the dialog opened; the new password and name are kept by overwriting.
    await page.getByTestId('users-table-open').filter({ hasText: k.users.readonly }).click();
    const api = await login(env.app, k.users.admin);
    const reader = (await usersOf(api)).find((u) => u.username === k.users.readonly)!;
    const other = await api.put(`/api/users/${reader.id}`, { version: 1, displayName: 'Deres navn', role: 'readonly', doctorId: null });
    expect(other.statusCode).toBe(200);
    await dialog.getByLabel('Navn', { exact: true }).fill('Mitt navn');
    await dialog.getByLabel('Nytt passord').fill('et-helt-nytt-passord');
    await dialog.getByTestId('save-button').click();
    await page.getByTestId('conflict-alert').waitFor();
    const table = await page.getByTestId('conflict-table').textContent();
    expect(table).toContain('Mitt navn');
    expect(table).toContain('Deres navn');
    expect(table).not.toContain('et-helt-nytt-passord');
    await page.getByTestId('conflict-overwrite').click();
    await page.getByTestId('users-table-status').waitFor();
    expect((await usersOf(api)).find((u) => u.id === reader.id)).toMatchObject({ displayName: 'Mitt navn', version: 3 });
    await page.context().close();

    const renamed = await loginPage(env, k.users.readonly, 'et-helt-nytt-passord');
    expect(await renamed.getByTestId('header-user').textContent()).toBe('Mitt navn (Lesetilgang)');
    await renamed.context().close();
  });
});
