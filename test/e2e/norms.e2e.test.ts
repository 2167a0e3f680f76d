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
    await page.getByTestId('institutions-table-row').first().waitFor();
    expect(await page.getByTestId('institutions-table-new').count()).toBe(1);
    await page.waitForLoadState('networkidle');
    await expectAccessible(page, 'sykehjem');

    // Shorter stays mean more admissions: the what-if at 50 % needs more FTE than as registered.
    await page.getByTestId('norms-stay-scale').fill('50');
    await page.getByTestId('norms-what-if-change').waitFor();
    expect(text(await page.getByTestId('norms-what-if-change').textContent())).toMatch(/^\+/);
    expect(await page.getByTestId('norms-pdf').getAttribute('href')).toContain('stayScale=0.5');
    await page.context().close();
  });
});
