import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, loginPage, startE2e, type E2eEnv } from './harness.ts';

const text = (s: string | null) => (s ?? '').replace(/\s/g, ' ').trim();

describe('Økonomi and Mål og tiltak in the browser (Debian chromium)', () => {
  let env: E2eEnv;
  beforeAll(async () => {
    env = await startE2e();
  });
  afterAll(async () => {
    await env?.close();
  });

  it('Sarpsborg: the package costs 4,14 mill. kr in 2023 and 5,94 full-year; a bad parameter gets a Norwegian message; a change is costed', async () => {
    const page = await loginPage(env, 'sarpsborg-planlegger');
    await page.getByTestId('nav-okonomi').click();
    await page.waitForURL('**/okonomi');
    const pkg = page.locator('[data-testid^="package-"]').first();
    await pkg.waitFor();
    const id = (await pkg.getAttribute('data-testid'))!.replace('package-', '');
    expect(text(await page.getByTestId(`total-${id}-2023`).textContent())).toBe('4,14 mill. kr');
    expect(text(await page.getByTestId(`total-${id}-full`).textContent())).toBe('5,94 mill. kr');
    expect(text(await page.getByTestId('compare-table').textContent())).toContain('12,00 mill. kr');
    expect(text(await page.getByTestId(`outside-${id}`).textContent())).toContain('18,90 mill. kr');
    await page.getByTestId('subsidy-table').waitFor();
    await page.getByTestId('measure-editor').waitFor();
    await page.waitForLoadState('networkidle');
    await expectAccessible(page, 'okonomi');

    const consultant = await page.getByTestId('measure-select').locator('option', { hasText: 'Praksiskonsulent' }).getAttribute('value');
    await page.getByTestId('measure-select').selectOption(consultant!);
    const share = page.locator('#param-positionShare');
    await share.fill('-5');
    await page.getByTestId('measure-save').click();
    await page.getByText('Kan ikke være negativt').first().waitFor();
    await share.fill('40');
    await page.getByTestId('measure-save').click();
    await page.getByText('Tiltaket «Praksiskonsulent» er lagret.').waitFor();
    // 40 % instead of 20 % adds 0,30 mill. kr a full year: 5,94 → 6,24.
    await page.waitForFunction((tid) => document.querySelector(`[data-testid="${tid}"]`)?.textContent?.includes('6,24'), `total-${id}-full`);
    await page.context().close();
  });

  it('Sandefjord: the 25 goals with live indicators, and the plan document links with the chosen chapters', async () => {
    const page = await loginPage(env, 'sandefjord-planlegger');
    await page.getByTestId('nav-mal').click();
    await page.waitForURL('**/mal');
    await page.getByTestId('plan-goals-table-row').first().waitFor();
    expect(await page.getByTestId('plan-goals-table-row').count()).toBe(25);
    expect(text(await page.getByTestId('plan-goals-table').textContent())).toContain('1,6 %');
    await page.getByTestId('chapter-institutions').uncheck();
    expect(await page.getByTestId('plan-docx').getAttribute('href')).toBe('/api/economics/plan.docx?chapters=key_figures,capacity,legevakt,training,economics,goals');
    await page.waitForLoadState('networkidle');
    await expectAccessible(page, 'mal');
    await page.context().close();
  });
});
