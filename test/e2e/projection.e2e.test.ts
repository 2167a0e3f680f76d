import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, loginPage, startE2e, type E2eEnv } from './harness.ts';

const ssbFile = fileURLToPath(new URL('../../data/ssb/framskriving-14288-sandefjord-sarpsborg.json', import.meta.url));
const text = (s: string | null) => (s ?? '').replace(/\s/g, ' ').trim();

describe('GP capacity and dimensioning in the browser (Debian chromium)', () => {
  let env: E2eEnv;
  beforeAll(async () => {
    env = await startE2e();
  });
  afterAll(async () => {
    await env?.close();
  });

  it('Oversikt shows the free-share alert for Sandefjord with the figures behind it', async () => {
    const page = await loginPage(env, 'sandefjord-leser');
    const alert = page.getByTestId('alert-free-share-below-target');
    await alert.waitFor();
    expect(await page.getByTestId('overview-alerts').isVisible()).toBe(true);
    const content = text(await alert.textContent());
    expect(content).toContain('1,6 %');
    expect(content).toContain('7');
    // The missed target is said once, in the alert; the capacity section states the figures and points to it.
    expect(text(await page.locator('#sec-capacity').textContent())).not.toContain('under målet');
    const status = page.getByTestId('target-status');
    expect(await status.getAttribute('data-met')).toBe('false');
    expect(text(await status.textContent())).toContain('1,6 %');
    await page.context().close();
  });

  it('Kapasitet shows 1,6 % free for February 2021, per office on request, and passes axe', async () => {
    const page = await loginPage(env, 'sandefjord-planlegger');
    await page.getByTestId('nav-kapasitet').click();
    await page.waitForURL('**/kapasitet');
    const feb = page.locator('[data-testid="capacity-row"][data-month="2021-02-01"]');
    await feb.waitFor();
    expect(text(await feb.getByTestId('capacity-open-share').textContent())).toBe('1,6 %');
    expect(await page.getByTestId('capacity-chart').getAttribute('aria-label')).toContain('Tallene står i tabellen');
    expect(await page.getByTestId('capacity-export').getAttribute('href')).toBe('/api/capacity/timeline/export.xlsx');
    await page.waitForLoadState('networkidle');
    await expectAccessible(page, 'kapasitet');
    // One office: fewer places than the whole municipality.
    const select = page.getByTestId('capacity-office');
    const firstOffice = await select.locator('option').nth(1).getAttribute('value');
    await select.selectOption(firstOffice ?? '');
    await expect.poll(async () => text(await page.locator('#sec-capacity-chart').textContent())).not.toContain('hele kommunen');
    await page.context().close();
  });

  it('Dimensjonering shows the "7 % ledig" scenario, recomputes in the browser without a request, and passes axe', async () => {
    const page = await loginPage(env, 'sandefjord-planlegger');
    await page.getByTestId('nav-dimensjonering').click();
    await page.waitForURL('**/dimensjonering');
    const select = page.getByTestId('scenario-select');
    await select.waitFor();
    await select.selectOption({ label: '7 % ledig' });
    const row2021 = page.locator('[data-testid="projection-row"][data-year="2021"]');
    await expect.poll(async () => text(await page.getByTestId('projection-table').locator('caption').textContent())).toContain('7 % ledig');
    await row2021.waitFor();
    // 54 positions held, 57,2 needed for 7 % free: 3,2 positions short, 4 to create.
    expect(text(await row2021.getByTestId('projection-gap').textContent())).toBe('+3,2');
    expect(text(await row2021.getByTestId('projection-needed').textContent())).toBe('57,2');
    expect(text(await row2021.getByTestId('projection-to-create').textContent())).toBe('4');
    await page.getByTestId('fan-chart').waitFor();
    await page.waitForLoadState('networkidle');
    await expectAccessible(page, 'dimensjonering');

    const requests: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/api/')) requests.push(r.url());
    });
    const before = text(await page.getByTestId('projection-table').textContent());
    await page.getByTestId('assumption-plannedAverageList-input').fill('900');
    await expect.poll(async () => text(await page.getByTestId('projection-table').textContent())).not.toBe(before);
    expect(text(await page.getByTestId('projection-table').locator('caption').textContent())).toContain('ulagrede endringer');
    expect(requests).toEqual([]);
    await page.context().close();
  });

  it('compares two scenarios side by side', async () => {
    const page = await loginPage(env, 'sandefjord-planlegger');
    await page.goto(`${env.baseUrl}/dimensjonering`);
    const picker = page.getByTestId('compare-picker');
    await picker.waitFor();
    const boxes = picker.getByRole('checkbox');
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await page.getByTestId('compare-button').click();
    await page.getByTestId('compare-table').waitFor();
    await page.getByTestId('compare-chart').waitFor();
    expect(await page.getByTestId('compare-table').locator('tbody tr').count()).toBeGreaterThan(1);
    await page.context().close();
  });

  it('a planner saves changed assumptions as a new scenario, then saves a change to it', async () => {
    const page = await loginPage(env, 'sandefjord-planlegger');
    await page.goto(`${env.baseUrl}/dimensjonering`);
    await page.getByTestId('projection-table').waitFor();
    await page.getByTestId('assumption-retirementAge-input').fill('67');
    await page.getByTestId('scenario-new-name').fill('Pensjon 67');
    await page.getByTestId('scenario-save-as').click();
    await page.getByTestId('scenario-saved').waitFor();
    await expect.poll(async () => text(await page.getByTestId('projection-table').locator('caption').textContent())).toContain('Pensjon 67');
    await page.getByTestId('assumption-newPerYear-input').fill('1');
    await page.getByTestId('scenario-save').click();
    await expect.poll(async () => text(await page.getByTestId('scenario-saved').textContent())).toContain('Endringene er lagret');
    await expect.poll(() => page.getByTestId('scenario-save').isDisabled()).toBe(true);
    await page.context().close();
  });

  it('Befolkning: an SSB file is previewed, imported, listed and deleted (last: the other tests use the seeded import); the page passes axe', async () => {
    const page = await loginPage(env, 'sandefjord-planlegger');
    await page.getByTestId('nav-befolkning').click();
    await page.waitForURL('**/befolkning');
    await page.getByTestId('ssb-upload').waitFor();
    await page.waitForLoadState('networkidle');
    await page.getByTestId('ssb-file').setInputFiles(ssbFile);
    const preview = page.getByTestId('ssb-preview');
    await preview.waitFor();
    expect(text(await preview.textContent())).toContain('MMMM');
    await expectAccessible(page, 'befolkning');
    await page.getByTestId('ssb-import').click();
    await page.getByTestId('ssb-imported').waitFor();
    // The same table for the same municipality replaces the earlier import (the demo seeds this file).
    await expect.poll(async () => text(await page.getByTestId('ssb-imports').textContent())).toContain('framskriving-14288-sandefjord-sarpsborg.json');
    const rows = await page.getByTestId('ssb-import-row').count();
    await page.getByTestId('ssb-import-delete').last().click();
    await page.getByTestId('ssb-delete-dialog-confirm').click();
    await expect.poll(() => page.getByTestId('ssb-import-row').count()).toBe(rows - 1);
    await page.context().close();
  });
});
