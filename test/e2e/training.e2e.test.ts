import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, expectAccessible, loginPage, startE2e, type E2eEnv } from './harness.ts';
import { login } from '../helpers/app.ts';
import type { TTrainingOverviewResponse } from '../../src/contracts/training/index.ts';

const text = (s: string | null) => (s ?? '').replace(/\s/g, ' ').trim();

describe('Utdanning in the browser (Debian chromium)', () => {
  let env: E2eEnv;
  beforeAll(async () => {
    env = await startE2e();
    // The demo has no account for a supervisor: the admin gives SF-07's supervisor (SF-09) one.
    const admin = await login(env.app, 'sandefjord-admin', DEMO_PASSWORD);
    const doctors = (await admin.get('/api/registry/doctors')).json().items as { id: number; name: string }[];
    const sf09 = doctors.find((d) => d.name === 'Lege SF-09 (syntetisk)')!;
    const res = await admin.post('/api/users', { username: 'sandefjord-veileder', displayName: 'Veileder SF-09', role: 'doctor', doctorId: sf09.id, password: DEMO_PASSWORD });
    expect(res.statusCode, res.body).toBe(201);
  });
  afterAll(async () => {
    await env?.close();
  });

  it('a planner sees every ALIS red/amber/green with the reason, 0,42 supervisor FTE, and approves a learning goal; axe passes', async () => {
    const api = await login(env.app, 'sandefjord-planlegger', DEMO_PASSWORD);
    const o = (await api.get('/api/training/overview')).json() as TTrainingOverviewResponse;
    const page = await loginPage(env, 'sandefjord-planlegger');
    await page.getByTestId('nav-utdanning').click();
    await page.waitForURL('**/utdanning');
    await page.getByTestId('training-candidates').waitFor();
    expect(await page.getByTestId('training-candidates').locator('tbody tr').count()).toBe(12);
    expect(text(await page.getByTestId('training-summary').textContent())).toContain(`12 ALIS i avtale per`);
    expect(text(await page.getByTestId('training-supervisor-fte').textContent())).toContain('12 ALIS × 0,035 årsverk = 0,42 årsverk');
    expect(await page.locator('[data-testid="training-candidates"] [data-rag="red"]').count()).toBe(o.counts.red);

    const sf07 = o.candidates.find((c) => c.name === 'Lege SF-07 (syntetisk)')!;
    expect(sf07.goals.awaitingApproval).toBe(2);
    await page.getByTestId(`candidate-${sf07.agreementId}`).getByRole('button').click();
    const detail = page.getByTestId('training-candidate-detail');
    await detail.getByTestId('training-goals').waitFor();
    // One axe run covers the whole page with a candidate's detail open.
    await page.waitForLoadState('networkidle');
    await expectAccessible(page, 'utdanning');
    const approve = detail.locator('[data-testid^="approve-"]');
    await expect.poll(() => approve.count()).toBe(2);
    await approve.first().click();
    await expect.poll(() => approve.count()).toBe(1);
    const after = (await api.get('/api/training/overview')).json() as TTrainingOverviewResponse;
    expect(after.candidates.find((c) => c.agreementId === sf07.agreementId)!.goals.awaitingApproval).toBe(1);
    await page.context().close();
  });

  it('the ALIS sees only their own status and logs supervision; a negative number of minutes and a future date are refused in Norwegian', async () => {
    const page = await loginPage(env, 'sandefjord-lege');
    await page.getByTestId('nav-utdanning').click();
    await page.getByTestId('training-candidates').waitFor();
    expect(await page.getByTestId('training-candidates').locator('tbody tr').count()).toBe(1);
    await page.getByTestId('training-candidates').getByRole('button', { name: 'Lege SF-07 (syntetisk)' }).click();
    const form = page.getByTestId('session-log-form');
    await form.waitFor();
    await page.waitForLoadState('networkidle');
    await expectAccessible(page, 'utdanning-lege');

    await form.getByLabel('Minutter').fill('-30');
    await form.getByLabel('Tema').fill('Konsultasjonsteknikk');
    await form.getByTestId('session-log-form-submit').click();
    await expect.poll(() => form.textContent()).toContain('Kan ikke være negativt');
    await form.getByLabel('Minutter').fill('90');
    await form.getByLabel('Dato for veiledning').fill('2099-01-01');
    await form.getByTestId('session-log-form-submit').click();
    await expect.poll(() => form.textContent()).toContain('Veiledning kan ikke registreres fram i tid');
    const rowsBefore = await page.getByTestId('training-sessions').locator('tbody tr').count();
    await form.getByLabel('Dato for veiledning').fill(new Date().toISOString().slice(0, 10));
    await form.getByTestId('session-log-form-submit').click();
    await page.getByTestId('session-log-form-message').filter({ hasText: 'Veiledningen er ført' }).waitFor();
    await expect.poll(() => page.getByTestId('training-sessions').locator('tbody tr').count()).toBe(rowsBefore + 1);
    await page.context().close();
  });

  it('a supervisor sees only their own candidates and confirms a logged session', async () => {
    const page = await loginPage(env, 'sandefjord-veileder');
    await page.getByTestId('nav-utdanning').click();
    await page.getByTestId('training-candidates').waitFor();
    expect(await page.getByTestId('training-candidates').locator('tbody tr').count()).toBe(2);
    await page.getByTestId('training-candidates').getByRole('button', { name: 'Lege SF-07 (syntetisk)' }).click();
    const confirm = page.getByTestId('training-sessions').locator('[data-testid^="confirm-session-"]');
    await expect.poll(() => confirm.count()).toBeGreaterThan(0);
    const before = await confirm.count();
    await confirm.first().click();
    await expect.poll(() => confirm.count()).toBe(before - 1);
    await page.context().close();
  });

  it('a planner refuses a plan longer than 5 years on Utdanning – registre; the page passes axe', async () => {
    const page = await loginPage(env, 'sandefjord-planlegger');
    await page.getByTestId('nav-utdanning').click();
    await page.getByTestId('training-data-link').click();
    await page.waitForURL('**/utdanning/registre');
    await page.getByTestId('alis-agreements-table-row').first().waitFor();
    await page.waitForLoadState('networkidle');
    await expectAccessible(page, 'utdanning-registre');
    await page.getByTestId('alis-agreements-table-open').first().click();
    const dialog = page.getByTestId('record-dialog');
    await dialog.getByLabel('Plan: annen allmennmedisinsk tjeneste (måneder)').fill('40');
    await dialog.getByTestId('save-button').click();
    await expect.poll(() => dialog.textContent()).toContain('men utdanningen er 5 år (60 måneder)');
    await page.context().close();
  });
});
