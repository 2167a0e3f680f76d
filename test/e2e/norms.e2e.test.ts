import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, expectAccessible, loginPage, startE2e, type E2eEnv } from './harness.ts';
import { login } from '../helpers/app.ts';

const text = (s: string | null) => (s ?? '').replace(/\s/g, ' ').trim();
const fte = (n: number) => new Intl.NumberFormat('nb-NO', { minimumFractionDigits: 1, maximumFractionDigits: 2 }).format(n).replace(/\s/g, ' ');

interface GapTotals {
  totals: { requiredFte: { total: number }; fteInPost: number };
}

describe('Sykehjemsleger in the browser (Debian chromium)', () => {
  let env: E2eEnv;
  beforeAll(async () => {
    env = await startE2e();
  });
  afterAll(async () => {
    await env?.close();
  });

  it('Sandefjord: the total required FTE by the norm, 7,5 FTE in post, the gap table, and axe passes', async () => {
    const api = await login(env.app, 'sandefjord-planlegger', DEMO_PASSWORD);
    const gap = (await api.get('/api/norms/gap')).json() as GapTotals;
    expect(gap.totals.fteInPost).toBe(7.5);

    const page = await loginPage(env, 'sandefjord-planlegger');
    await page.getByTestId('nav-sykehjem').click();
    await page.waitForURL('**/sykehjem');
    await page.getByTestId('norms-gap-table').waitFor();
    expect(text(await page.getByTestId('norms-total-required').textContent())).toBe(fte(gap.totals.requiredFte.total));
    expect(text(await page.getByTestId('norms-total-in-post').textContent())).toBe('7,5');
    expect(text(await page.getByTestId('norms-total-gap').textContent())).toMatch(/^\+/);
    expect(await page.getByTestId('norms-institution-row').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('norms-pdf').getAttribute('href')).toContain('/api/norms/gap.pdf?year=');
    await page.getByTestId('norms-ohd-requests').waitFor();
    await page.getByTestId('norms-allocation-table').waitFor();
    await page.getByTestId('norms-gp-tasks-table').waitFor();
    await page.waitForLoadState('networkidle');
    await expectAccessible(page, 'sykehjem');

    // Shorter stays mean more admissions: the what-if at 50 % needs more FTE than as registered.
    await page.getByTestId('norms-stay-scale').fill('50');
    await page.getByTestId('norms-what-if-change').waitFor();
    expect(text(await page.getByTestId('norms-what-if-change').textContent())).toMatch(/^\+/);
    expect(await page.getByTestId('norms-pdf').getAttribute('href')).toContain('stayScale=0.5');
    await page.context().close();
  });

  it('a planner adds a unit and its places on Sykehjem – registre: bad values get Norwegian field messages, the gap grows', async () => {
    const api = await login(env.app, 'sandefjord-planlegger', DEMO_PASSWORD);
    const before = ((await api.get('/api/norms/gap')).json() as GapTotals).totals.requiredFte.total;
    const page = await loginPage(env, 'sandefjord-planlegger');
    await page.getByTestId('nav-sykehjem').click();
    await page.getByTestId('norms-data-link').click();
    await page.waitForURL('**/sykehjem/registre');
    await page.getByTestId('institution-units-table-row').first().waitFor();
    await page.getByTestId('unit-places-table-row').first().waitFor();
    await page.waitForLoadState('networkidle');
    await expectAccessible(page, 'sykehjem-registre');

    // A unit whose stay is 0 days is refused at the field, in Norwegian, before anything is sent.
    await page.getByTestId('institution-units-table-new').click();
    let dialog = page.getByTestId('record-dialog');
    await dialog.getByLabel('Institusjon').selectOption({ index: 1 });
    await dialog.getByLabel('Navn').fill('Testavdeling korttid');
    await dialog.getByLabel('Gjennomsnittlig liggetid (døgn)').fill('0');
    await dialog.getByTestId('save-button').click();
    await expect.poll(() => dialog.textContent()).toContain('Må være større enn 0 døgn');
    await dialog.getByLabel('Gjennomsnittlig liggetid (døgn)').fill('14,5');
    await dialog.getByTestId('save-button').click();
    await page.getByTestId('institution-units-table-status').waitFor();
    const unit = ((await api.get('/api/registry/institution-units')).json().items as { id: number; name: string; avgStayDays: number }[]).find((u) => u.name === 'Testavdeling korttid');
    expect(unit?.avgStayDays).toBe(14.5);
    await expect.poll(() => page.getByTestId('institution-units-table').textContent()).toContain('14,5');

    // Occupancy over 100 % is refused; 90 % of 6 short-term places is saved and the required FTE grows.
    await page.getByTestId('unit-places-table-new').click();
    dialog = page.getByTestId('record-dialog');
    await dialog.getByLabel('Avdeling').selectOption(String(unit!.id));
    await dialog.getByLabel('Plasstype').selectOption('short_term');
    await dialog.getByLabel('Plasser', { exact: true }).fill('-6');
    await dialog.getByLabel('Belegg').fill('120');
    await dialog.getByTestId('save-button').click();
    await expect.poll(() => dialog.textContent()).toContain('Belegget kan ikke være over 100 %');
    expect(await dialog.textContent()).toContain('Kan ikke være negativ');
    await dialog.getByLabel('Plasser', { exact: true }).fill('6');
    await dialog.getByLabel('Belegg').fill('90');
    await dialog.getByTestId('save-button').click();
    await page.getByTestId('unit-places-table-status').waitFor();
    const after = ((await api.get('/api/norms/gap')).json() as GapTotals).totals.requiredFte.total;
    expect(after).toBeGreaterThan(before);

    // A new dated version of the norm, copied from Nfas 2020 with its whole activity table.
    const activities = async () => ((await api.get('/api/registry/norm-activities')).json().items as unknown[]).length;
    const activitiesBefore = await activities();
    const copy = page.getByTestId('norm-version-copy');
    await copy.getByLabel('Navn').fill('Nfas 2020, revidert 2027');
    await copy.getByTestId('norm-version-copy-submit').click();
    await expect.poll(() => copy.textContent()).toContain('Må fylles ut');
    await copy.getByLabel('Gyldig fra').fill('2027-01-01');
    await copy.getByLabel('Kopi av').selectOption('nfas-2020');
    await copy.getByTestId('norm-version-copy-submit').click();
    await expect.poll(() => copy.getByTestId('norm-version-copy-message').textContent()).toContain('er opprettet');
    expect(await activities()).toBeGreaterThan(activitiesBefore);
    await expect.poll(() => page.getByTestId('staffing-norms-table').textContent()).toContain('Nfas 2020, revidert 2027');
    await page.context().close();
  });
});
