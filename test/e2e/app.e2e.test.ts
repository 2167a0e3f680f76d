import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, expectAccessible, loginPage, startE2e, type E2eEnv } from './harness.ts';
import { login, makeKommune, TEST_PASSWORD } from '../helpers/app.ts';
import { buildSmallRegistry } from '../helpers/fixtures.ts';
import { dbFingerprint } from '../helpers/fingerprint.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/import/${name}`, import.meta.url));

describe('Legeplan in the browser (Debian chromium)', () => {
  let env: E2eEnv;
  beforeAll(async () => {
    env = await startE2e();
  });
  afterAll(async () => {
    await env?.close();
  });

  it('logs in and shows Oversikt for Sandefjord Feb 2021: 54 positions, 1,6 % free (1 013), average list 1 143', async () => {
    const page = await loginPage(env, 'sandefjord-leser');
    await expect.poll(() => page.getByTestId('header-kommune').textContent()).toBe('Sandefjord (demo)');
    await expect.poll(() => page.getByTestId('overview-month').textContent()).toContain('1. februar 2021');
    const kpi = (id: string) => page.getByTestId(`kpi-${id}-value`).textContent();
    expect((await kpi('positions'))?.trim()).toBe('54');
    expect((await kpi('open-share'))?.replace(/\s/g, ' ').trim()).toBe('1,6 %');
    expect((await kpi('open-places'))?.replace(/\s/g, ' ').trim()).toBe('1 013');
    expect((await kpi('average-list'))?.replace(/\s/g, ' ').trim()).toBe('1 143');
    expect((await kpi('waiting-list'))?.replace(/\s/g, ' ').trim()).toBe('1 900');
    expect(await page.getByTestId('kpi-open-share-target').textContent()).toContain('7');
    // A read-only user sees no edit controls.
    await page.getByTestId('nav-legekontor').click();
    await page.getByTestId('offices-table-row').first().waitFor();
    expect(await page.getByTestId('offices-table-new').count()).toBe(0);
    expect(await page.getByTestId('nav-dimensjonering').count()).toBe(1);
    await page.context().close();
  });

  it('runs under the strict Content-Security-Policy: every page loads with no violation and no console error', async () => {
    const context = await env.browser.newContext({ locale: 'nb-NO', viewport: { width: 1400, height: 1000 } });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || /Content.Security.Policy|Refused to/i.test(m.text())) problems.push(`${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`${page.url()}: ${e.message}`));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`)),
    );
    const first = await page.goto(env.baseUrl + '/');
    expect(first!.headers()['content-security-policy']).toContain("script-src 'self'");
    // Before login the app asks whether a session exists: that is no error.
    await page.getByLabel('Brukernavn').fill('sandefjord-planlegger');
    await page.getByLabel('Passord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.getByTestId('kpi-positions-value').waitFor();
    const navs = await page.locator('[data-testid^="nav-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!));
    expect(navs).toContain('nav-dimensjonering');
    for (const nav of navs) {
      await page.getByTestId(nav).click();
      await page.locator('main h1').first().waitFor();
      await page.waitForLoadState('networkidle');
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a doctor is not offered Dimensjonering, which is built on other doctors’ birth years', async () => {
    const page = await loginPage(env, 'sandefjord-lege');
    await page.getByTestId('nav-oversikt').waitFor();
    expect(await page.getByTestId('nav-dimensjonering').count()).toBe(0);
    await page.context().close();
  });

  it('every page passes axe (WCAG 2.1 AA: no serious or critical violations) for a planner', async () => {
    const page = await loginPage(env, 'sandefjord-planlegger');
    await page.getByTestId('kpi-positions-value').waitFor();
    await expectAccessible(page, 'Oversikt');
    for (const nav of ['legevakt', 'legekontor', 'hjemler', 'leger', 'listetall', 'befolkning', 'innstillinger', 'import']) {
      await page.getByTestId(`nav-${nav}`).click();
      await page.waitForURL(`**/${nav}`);
      await page.locator('main h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      await expectAccessible(page, nav);
    }
    await page.getByTestId('nav-hjemler').click();
    await page.getByTestId('positions-table-open').first().click();
    await page.getByTestId('position-heading').waitFor();
    await page.waitForLoadState('networkidle');
    await expectAccessible(page, 'hjemmel');
    await page.context().close();
    const anonymous = await env.browser.newContext({ locale: 'nb-NO' });
    const loginOnly = await anonymous.newPage();
    await loginOnly.goto(env.baseUrl + '/');
    await loginOnly.getByLabel('Brukernavn').waitFor();
    await expectAccessible(loginOnly, 'innlogging');
    await anonymous.close();
  });

  it('Legevakt: a planner adds a kind of shift; a time that is not TT:MM is refused at the field, in Norwegian', async () => {
    const k = await makeKommune(env.db);
    const api = await login(env.app, k.users.planner);
    const page = await loginPage(env, k.users.planner, TEST_PASSWORD);
    await page.getByTestId('nav-legevakt').click();
    await page.getByTestId('duty-templates-table-new').click();
    const dialog = page.getByTestId('record-dialog');
    await dialog.getByLabel('Navn').fill('Natt, tilstedevakt');
    await dialog.getByTestId('field-kind').selectOption('night');
    await dialog.getByTestId('field-startTime').fill('25:00');
    await dialog.getByTestId('field-endTime').fill('08:00');
    await dialog.getByTestId('save-button').click();
    await expect.poll(() => dialog.textContent()).toContain('Klokkeslett skrives TT:MM');
    expect((await api.get('/api/registry/duty-templates')).json().items).toHaveLength(0);
    await dialog.getByTestId('field-startTime').fill('23:00');
    await dialog.getByTestId('save-button').click();
    await page.getByTestId('duty-templates-table-status').waitFor();
    expect((await api.get('/api/registry/duty-templates')).json().items).toMatchObject([{ name: 'Natt, tilstedevakt', kind: 'night', startTime: '23:00', endTime: '08:00' }]);
    await expect.poll(() => page.getByTestId('duty-templates-table').textContent()).toContain('Nattevakt');
    await page.context().close();
  });

  it('a planner edits a position; the change is saved, versioned and audited', async () => {
    const k = await makeKommune(env.db);
    const api = await login(env.app, k.users.planner);
    const reg = await buildSmallRegistry(api, 'Redigering');
    const page = await loginPage(env, k.users.planner, TEST_PASSWORD);
    await page.goto(`${env.baseUrl}/hjemler/${reg.positionIds[0]}`);
    const form = page.getByTestId('record-form').first();
    const cap = form.getByLabel('Listetak');
    await cap.fill('-5');
    await expect.poll(() => form.textContent()).toContain('Kan ikke være negativt');
    await cap.fill('1234');
    await form.getByTestId('save-button').click();
    await page.getByTestId('form-saved').waitFor();
    const saved = (await api.get(`/api/registry/positions/${reg.positionIds[0]}`)).json();
    expect(saved).toMatchObject({ listCap: 1234, version: 2 });
    await expect.poll(async () => (await page.getByTestId('audit-log').first().textContent())?.replace(/\s/g, ' ')).toContain('1 000 →endret til 1 234');
    await page.context().close();
  });

  it('a stale edit gets a conflict showing what changed, and can take the stored version', async () => {
    const k = await makeKommune(env.db);
    const api = await login(env.app, k.users.planner);
    const office = (await api.post('/api/registry/offices', { name: 'Konfliktsenteret', address: 'Gamlevei 1', orgForm: 'private' })).json();
    const page = await loginPage(env, k.users.planner, TEST_PASSWORD);
    await page.getByTestId('nav-legekontor').click();
    await page.getByTestId('offices-table-open').first().click();
    const dialog = page.getByTestId('record-dialog');
    await dialog.getByLabel('Adresse').fill('Min nye vei 2');
    // Someone else saves first.
    const other = await api.put(`/api/registry/offices/${office.id}`, { name: 'Konfliktsenteret', address: 'Deres vei 3', orgForm: 'private', version: 1 });
    expect(other.statusCode).toBe(200);
    await dialog.getByTestId('save-button').click();
    const conflict = page.getByTestId('conflict-alert');
    await conflict.waitFor();
    const table = await page.getByTestId('conflict-table').textContent();
    expect(table).toContain('Min nye vei 2');
    expect(table).toContain('Deres vei 3');
    await page.getByTestId('conflict-use-current').click();
    await expect.poll(() => dialog.getByLabel('Adresse').inputValue()).toBe('Deres vei 3');
    expect((await api.get(`/api/registry/offices/${office.id}`)).json()).toMatchObject({ address: 'Deres vei 3', version: 2 });
    await page.context().close();
  });

  it('an import with one bad row shows the row and the reason, and changes nothing', async () => {
    const k = await makeKommune(env.db);
    const api = await login(env.app, k.users.planner);
    await buildSmallRegistry(api, 'Import');
    const before = await dbFingerprint(env.db);
    const page = await loginPage(env, k.users.planner, TEST_PASSWORD);
    await page.getByTestId('nav-import').click();
    await page.getByLabel('Fil med listetall').setInputFiles(fixture('listetall-en-feil.csv'));
    await page.getByTestId('import-summary').waitFor();
    expect(await page.getByTestId('import-summary').textContent()).toContain('1 har feil');
    expect(await page.getByTestId('import-preview-table').textContent()).toContain('den 1. i måneden');
    expect(await page.getByTestId('import-commit').isDisabled()).toBe(true);
    await expectAccessible(page, 'import med feil');
    expect(await dbFingerprint(env.db)).toBe(before);
    await page.context().close();
  });

  it('a good file imports all rows, and the next upload reuses the remembered mapping', async () => {
    const k = await makeKommune(env.db);
    const api = await login(env.app, k.users.planner);
    await buildSmallRegistry(api, 'Importok');
    const page = await loginPage(env, k.users.planner, TEST_PASSWORD);
    await page.getByTestId('nav-import').click();
    await page.getByLabel('Fil med listetall').setInputFiles(fixture('listetall-ok.csv'));
    await page.getByTestId('import-commit').click();
    await page.getByTestId('import-result').waitFor();
    expect(await page.getByTestId('import-result').textContent()).toMatch(/oppdaterte/);
    const mapping = (await api.get('/api/import/list-snapshots/mapping')).json().mapping;
    expect(mapping).not.toBeNull();
    await page.context().close();
  });
});
