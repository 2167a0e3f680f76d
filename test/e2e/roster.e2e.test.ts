import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { TCheckResponse, TRosterDetail, TRosterShift } from '../../src/contracts/roster/index.ts';
import { DEMO_PASSWORD, expectAccessible, loginPage, startE2e, type E2eEnv } from './harness.ts';
import { login, type Client } from '../helpers/app.ts';

const START = '2027-01-04';
/** Each test runs solver jobs and several pages: more than the default minute on a loaded machine. */
const SLOW = 180_000;
const FIRST_WEEK_END = '2027-01-10';

const doctorId = (detail: TRosterDetail, name: string) => detail.doctors.find((d) => d.name === name)!.id;

/** Opens the editor of one shift in the roster grid and picks a doctor; the live check answers. */
async function pickDoctor(page: Page, shift: TRosterShift, toDoctorId: number) {
  await page.getByTestId(`shift-${shift.id}`).click();
  const editor = page.getByTestId('shift-editor');
  await editor.waitFor();
  // As a planner does: pick once the candidates have come (the list regroups then; picking during that re-render raced under load).
  await editor.locator('optgroup').first().waitFor({ state: 'attached' });
  await editor.getByTestId('shift-editor-doctor').selectOption(String(toDoctorId));
  // The live check answers within a second alone; a full suite on two cores has kept it waiting past 30 s once.
  await editor.getByTestId('shift-editor-verdict').waitFor({ timeout: 90_000 });
  return editor;
}

/** A shift in the first week that the API allows `to` to take (for putting the demo doctor on the roster). */
async function allowedShiftFor(api: Client, detail: TRosterDetail, to: number): Promise<TRosterShift> {
  for (const s of detail.shifts.filter((x) => x.date <= FIRST_WEEK_END && x.doctorId !== to)) {
    const res = await api.post(`/api/legevakt/rosters/${detail.roster.id}/check`, {
      version: detail.roster.version,
      changes: [{ date: s.date, templateId: s.templateId, fromDoctorId: s.doctorId, toDoctorId: to }],
    });
    if ((res.json() as TCheckResponse).allowed) return s;
  }
  throw new Error('no shift the doctor may take in the first week');
}

/** A doctor without a shift on the shift's day whom the API allows to take it. */
async function freeColleague(api: Client, detail: TRosterDetail, shift: TRosterShift): Promise<{ id: number; name: string }> {
  const busy = new Set(detail.shifts.filter((x) => x.date === shift.date).map((x) => x.doctorId));
  for (const d of detail.doctors.filter((x) => !busy.has(x.id))) {
    const res = await api.post(`/api/legevakt/rosters/${detail.roster.id}/check`, {
      version: detail.roster.version,
      changes: [{ date: shift.date, templateId: shift.templateId, fromDoctorId: shift.doctorId, toDoctorId: d.id }],
    });
    if ((res.json() as TCheckResponse).allowed) return d;
  }
  throw new Error('no free colleague may take the shift');
}

describe('Legevakt rosters in the browser (Debian chromium)', () => {
  let env: E2eEnv;
  let rosterId = 0;
  beforeAll(async () => {
    env = await startE2e();
  });
  afterAll(async () => {
    await env?.close();
  });

  it('a planner generates a roster, sees the progress and then 0 hard violations, is refused an exempt doctor on a night, re-solves three days, edits a cell and publishes; axe passes', async () => {
    const page = await loginPage(env, 'sandefjord-planlegger');
    await page.getByTestId('nav-legevakt-vaktplaner').click();
    await page.waitForURL('**/legevakt/vaktplaner');
    const form = page.getByTestId('generate-form');
    await form.waitFor();
    await page.waitForLoadState('networkidle');
    await expectAccessible(page, 'vaktplaner');

    // The API's Norwegian field errors show on their fields.
    await form.getByLabel('Navn på vaktplanen').fill('Januar 2027');
    await form.getByLabel('Første dag').fill(START);
    await form.getByLabel('Antall dager').fill('500');
    await form.getByLabel('Sekunder til beregningen').fill('2');
    await form.getByTestId('generate-form-submit').click();
    await expect.poll(() => form.textContent()).toContain('Perioden kan ha høyst 400 dager');
    await form.getByLabel('Antall dager').fill('14');
    await form.getByTestId('generate-form-submit').click();

    await page.getByTestId('job-progress').waitFor();
    await page.getByTestId('job-progress-bar').waitFor();
    await page.getByTestId('generate-open-roster').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('job-progress').getAttribute('data-status')).toBe('done');
    await expect.poll(() => page.getByTestId('rosters-table').textContent()).toContain('Januar 2027');
    await page.getByTestId('generate-open-roster').click();

    await page.getByTestId('roster-grid').waitFor();
    await expect.poll(() => page.getByTestId('roster-hard').textContent()).toContain('Alle harde regler er oppfylt');
    await page.getByTestId('roster-rules').waitFor();
    // Rules that cost something come first, in Norwegian units; the rules the roster keeps are folded away.
    const rulesText = (await page.getByTestId('roster-rules').textContent()) ?? '';
    expect(rulesText).not.toMatch(/shifts|persons|minutes|weight|squared-deviation/);
    expect(await page.getByTestId('roster-rules-free').getAttribute('open')).toBeNull();
    await page.waitForLoadState('networkidle');
    await expectAccessible(page, 'vaktplan');
    rosterId = Number(page.url().split('/').at(-1));

    const api = await login(env.app, 'sandefjord-planlegger', DEMO_PASSWORD);
    let detail = (await api.get(`/api/legevakt/rosters/${rosterId}`)).json() as TRosterDetail;
    expect(detail.evaluation.hard).toBe(0);

    // SF-05 is exempt from nights (age): the live check says why, and Lagre is refused.
    const night = detail.templates.find((t) => t.kind === 'night')!;
    const exempt = doctorId(detail, 'Lege SF-05 (syntetisk)');
    const nightShift = detail.shifts.find((s) => s.templateId === night.id && s.date <= FIRST_WEEK_END && s.doctorId !== exempt)!;
    let editor = await pickDoctor(page, nightShift, exempt);
    await expect.poll(() => editor.getByTestId('shift-editor-verdict').textContent()).toContain('kan ikke lagres');
    const introduced = await editor.getByTestId('shift-editor-introduced').textContent();
    expect(introduced).toMatch(/fritak/i);
    // Counts are counts: as many hard-rule violations after as the change introduces (not their minutes).
    const broken = await editor.getByTestId('shift-editor-introduced').locator('li').count();
    expect(await editor.getByTestId('shift-editor-verdict').textContent()).toContain(`Brudd på harde regler: 0 → ${broken}.`);
    expect(await editor.getByTestId('shift-editor-save').isDisabled()).toBe(true);
    // The choice lists who may take the shift first, then who would break a rule, with the first reason.
    await expect.poll(() => editor.locator('optgroup[label="Kan ta vakten"] option').count()).toBeGreaterThan(0);
    expect(await editor.locator('optgroup[label="Bryter en regel"] option').first().textContent()).toMatch(/^Lege .+: .+/);
    await page.waitForLoadState('networkidle');
    await expectAccessible(page, 'vaktplan-rediger');
    const refused = await api.post(`/api/legevakt/rosters/${rosterId}/edit`, {
      version: detail.roster.version,
      changes: [{ date: nightShift.date, templateId: night.id, fromDoctorId: nightShift.doctorId, toDoctorId: exempt }],
    });
    // Refused by the server as well, with the same Norwegian reason (a 4xx error body, never a save).
    expect(refused.statusCode).toBeGreaterThanOrEqual(400);
    expect(refused.statusCode).toBeLessThan(500);
    expect((refused.json() as { error: { message: string } }).error.message).toMatch(/fritak/i);
    await editor.getByRole('button', { name: 'Avbryt' }).click();
    await editor.waitFor({ state: 'hidden' });

    // Re-solve the first three days (the rest pinned): the page follows the job, then shows the roster again.
    const resolve = page.getByTestId('roster-resolve');
    await resolve.getByLabel('Til dato').fill('2027-01-06');
    await resolve.getByLabel('Sekunder').fill('1');
    await resolve.getByTestId('roster-resolve-submit').click();
    await page.getByTestId('job-progress').waitFor();
    await page.getByTestId('job-progress').waitFor({ state: 'detached', timeout: 30_000 });
    await expect.poll(() => page.getByTestId('roster-hard').textContent()).toContain('Alle harde regler er oppfylt');
    detail = (await api.get(`/api/legevakt/rosters/${rosterId}`)).json() as TRosterDetail;

    // The demo doctor (SF-07) is put on an allowed shift of the first week, so they surely have one once published.
    const sf07 = doctorId(detail, 'Lege SF-07 (syntetisk)');
    const free = await allowedShiftFor(api, detail, sf07);
    editor = await pickDoctor(page, free, sf07);
    await expect.poll(() => editor.getByTestId('shift-editor-verdict').textContent()).toContain('Endringen kan lagres');
    await editor.getByTestId('shift-editor-save').click();
    await editor.waitFor({ state: 'hidden' });
    await expect.poll(() => page.getByTestId(`cell-${free.date}-${free.templateId}`).textContent()).toContain('Lege SF-07 (syntetisk)');

    await page.getByTestId('roster-publish').click();
    await page.getByTestId('roster-publish-dialog-confirm').click();
    await expect.poll(() => page.getByTestId('roster-heading').textContent()).toContain('Publisert');
    detail = (await api.get(`/api/legevakt/rosters/${rosterId}`)).json() as TRosterDetail;
    expect(detail.roster.status).toBe('published');
    expect(detail.shifts.some((s) => s.doctorId === sf07)).toBe(true);
    await page.context().close();
  }, SLOW);

  it('the doctor sees their shifts on Mine vakter, creates a calendar feed whose URL (no login) holds a VEVENT per shift, offers and withdraws a shift, a colleague sees their accept refused with the reason, and sees the roster read-only; axe passes', async () => {
    expect(rosterId).toBeGreaterThan(0);
    const page = await loginPage(env, 'sandefjord-lege');
    await page.getByTestId('nav-legevakt-mine').click();
    await page.waitForURL('**/legevakt/mine');
    const rows = page.getByTestId('my-shifts-row');
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    const shifts = await rows.count();
    expect(await rows.first().textContent()).toMatch(/\d\d\.\d\d\.2027.*\d\d:\d\d–\d\d:\d\d/);
    await page.getByTestId('feed-none').waitFor();
    await page.waitForLoadState('networkidle');
    await expectAccessible(page, 'mine-vakter');

    await page.getByTestId('feed-create').click();
    const field = page.getByTestId('feed-url');
    await field.waitFor();
    const url = await field.inputValue();
    expect(url.startsWith(env.baseUrl)).toBe(true);
    await expectAccessible(page, 'mine-vakter-kalender');

    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/calendar');
    const ics = await res.text();
    expect(ics.match(/BEGIN:VEVENT/g)?.length).toBe(shifts);

    // A new link revokes the old one.
    await page.getByTestId('feed-create').click();
    await expect.poll(() => field.inputValue()).not.toBe(url);
    expect((await fetch(url)).status).toBe(404);
    // The secret is shown once: after a reload the page says a link exists, without showing it.
    await page.reload();
    await page.getByTestId('feed-active').waitFor();
    expect(await page.getByTestId('feed-url').count()).toBe(0);

    // Offer the first shift to all colleagues, see it among my offers, and withdraw it.
    await page.locator('[data-testid^="offer-"]').first().click();
    const offer = page.getByTestId('offer-form');
    await offer.waitFor();
    await offer.getByLabel('Merknad').fill('Bortreist');
    await offer.getByTestId('offer-form-submit').click();
    await expect.poll(() => offer.getByTestId('offer-form-message').textContent()).toContain('tilbudt alle kollegene');
    const offers = page.getByTestId('my-offers-row');
    await expect.poll(() => offers.count()).toBe(1);
    expect(await offers.first().textContent()).toContain('Bortreist');
    await page.waitForLoadState('networkidle');
    await expectAccessible(page, 'mine-vakter-bytte');
    await offers.first().getByRole('button', { name: 'Trekk tilbake' }).click();
    await expect.poll(() => offers.first().textContent()).toContain('Trukket tilbake');

    // Offered by name to a colleague who already works that day: their accept is refused with the rule's reason,
    // and they refuse the offer; the doctor sees the refusal among their offers.
    const api = await login(env.app, 'sandefjord-planlegger', DEMO_PASSWORD);
    const detail = (await api.get(`/api/legevakt/rosters/${rosterId}`)).json() as TRosterDetail;
    const sf07 = doctorId(detail, 'Lege SF-07 (syntetisk)');
    const mine = detail.shifts.filter((x) => x.doctorId === sf07).sort((a, b) => a.date.localeCompare(b.date))[0]!;
    const busyColleague = detail.shifts.find((x) => x.date === mine.date && x.doctorId !== null && x.doctorId !== sf07)!.doctorId!;
    const admin = await login(env.app, 'sandefjord-admin', DEMO_PASSWORD);
    const created = await admin.post('/api/users', { username: 'sandefjord-kollega', displayName: 'Kollega', role: 'doctor', doctorId: busyColleague, password: DEMO_PASSWORD });
    expect(created.statusCode, created.body).toBe(201);
    // A roster shift and the doctor's own shift are the same row (one id).
    await page.getByTestId(`offer-${mine.id}`).click();
    await offer.getByLabel('Tilby til').selectOption(String(busyColleague));
    await offer.getByTestId('offer-form-submit').click();
    await expect.poll(() => offers.count()).toBe(2);

    const colleague = await loginPage(env, 'sandefjord-kollega');
    await colleague.getByTestId('nav-legevakt-mine').click();
    const toMe = colleague.getByTestId('swaps-to-me-row');
    await expect.poll(() => toMe.count()).toBe(1);
    await colleague.waitForLoadState('networkidle');
    await expectAccessible(colleague, 'mine-vakter-kollega');
    await toMe.first().getByRole('button', { name: 'Ta vakten' }).click();
    await expect.poll(() => colleague.getByTestId('swaps-to-me-error').textContent()).toMatch(/^Byttet avvises: du har allerede .+ denne dagen/);
    await colleague.getByLabel('Begrunnelse ved avslag').fill('Jobber allerede den dagen');
    await toMe.first().getByRole('button', { name: 'Avslå' }).click();
    await expect.poll(() => toMe.count()).toBe(0);
    await colleague.context().close();
    await page.reload();
    await expect.poll(async () => (await page.getByTestId('my-offers').textContent()) ?? '').toContain('Avslått: Jobber allerede den dagen');

    // The published roster, read-only for a doctor: no cell can be edited.
    await page.getByTestId('nav-legevakt-vaktplaner').click();
    await page.getByTestId('rosters-table').getByRole('link', { name: 'Januar 2027' }).click();
    await page.getByTestId('roster-grid').waitFor();
    expect(await page.getByTestId('roster-grid').locator('[data-testid^="shift-"]').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('roster-grid').locator('button[data-testid^="shift-"]').count()).toBe(0);
    expect(await page.getByTestId('roster-actions').count()).toBe(0);
    await page.waitForLoadState('networkidle');
    await expectAccessible(page, 'vaktplan-lege');
    await page.context().close();
  }, SLOW);

  it('after publication the coordinator approves an accepted swap, reports an absence (its shifts become open), repairs the open shifts, pages by month and downloads the exports; a long generation can be cancelled and its draft deleted', async () => {
    expect(rosterId).toBeGreaterThan(0);
    // SF-07 offers a shift to a free colleague who accepts it (through the API); the coordinator approves it here.
    const api = await login(env.app, 'sandefjord-planlegger', DEMO_PASSWORD);
    const before = (await api.get(`/api/legevakt/rosters/${rosterId}`)).json() as TRosterDetail;
    const sf07 = doctorId(before, 'Lege SF-07 (syntetisk)');
    // Their earliest shift is in the first week (test 1 put them there), the grid's first page.
    const shift = before.shifts.filter((x) => x.doctorId === sf07).sort((a, b) => a.date.localeCompare(b.date))[0]!;
    const taker = await freeColleague(api, before, shift);
    const admin = await login(env.app, 'sandefjord-admin', DEMO_PASSWORD);
    expect((await admin.post('/api/users', { username: 'sandefjord-kollega2', displayName: 'Kollega 2', role: 'doctor', doctorId: taker.id, password: DEMO_PASSWORD })).statusCode).toBe(201);
    const offered = await (await login(env.app, 'sandefjord-lege', DEMO_PASSWORD)).post('/api/legevakt/swaps', { shiftId: shift.id, toDoctorId: taker.id, note: 'Bytte' });
    expect(offered.statusCode, offered.body).toBe(201);
    const accepted = await (await login(env.app, 'sandefjord-kollega2', DEMO_PASSWORD)).post(`/api/legevakt/swaps/${offered.json().id}/accept`, { version: offered.json().version });
    expect(accepted.statusCode, accepted.body).toBe(200);

    const page = await loginPage(env, 'sandefjord-planlegger');
    await page.goto(`${env.baseUrl}/legevakt/vaktplaner/${rosterId}`);
    await page.getByTestId('roster-grid').waitFor();
    const waiting = page.getByTestId('roster-swaps-row');
    await expect.poll(() => waiting.count()).toBe(1);
    await waiting.first().getByRole('button', { name: 'Godkjenn' }).click();
    await expect.poll(() => waiting.count()).toBe(0);
    await expect.poll(() => page.getByTestId(`cell-${shift.date}-${shift.templateId}`).textContent()).toContain(taker.name);

    // The colleague falls ill: their shifts in the period become open.
    const absence = page.getByTestId('roster-absence');
    await absence.getByLabel('Lege').selectOption({ label: taker.name });
    await absence.getByLabel('Fra dato').fill(START);
    await absence.getByLabel('Til dato').fill('2027-01-17');
    await absence.getByLabel('Merknad').fill('Syk');
    await absence.getByTestId('roster-absence-submit').click();
    await expect.poll(() => absence.getByTestId('roster-absence-message').textContent()).toMatch(/Fraværet er meldt\. Vaktplanen har nå [1-9]\d* ledige vakter/);
    await expect.poll(() => page.getByTestId('roster-grid').getByText('Ledig').count()).toBeGreaterThan(0);
    await page.waitForLoadState('networkidle');
    await expectAccessible(page, 'vaktplan-publisert');

    // The doctor sees the open shifts, each with whether they may take it and, if not, why.
    const open = ((await api.get(`/api/legevakt/rosters/${rosterId}`)).json() as TRosterDetail).roster.openShifts;
    const doctor = await loginPage(env, 'sandefjord-lege');
    await doctor.goto(`${env.baseUrl}/legevakt/mine`);
    const openRows = doctor.getByTestId('open-shifts-row');
    await expect.poll(() => openRows.count()).toBe(open);
    for (const row of await openRows.all()) expect(await row.textContent()).toMatch(/Ja|Nei./);
    await doctor.waitForLoadState('networkidle');
    await expectAccessible(doctor, 'mine-vakter-ledige');
    await doctor.context().close();

    const openBefore = ((await api.get(`/api/legevakt/rosters/${rosterId}`)).json() as TRosterDetail).roster.openShifts;
    const repair = page.getByTestId('roster-repair');
    await repair.getByLabel('Sekunder').fill('1');
    await repair.getByTestId('roster-repair-submit').click();
    await page.getByTestId('job-progress').waitFor();
    await page.getByTestId('job-progress').waitFor({ state: 'detached', timeout: 30_000 });
    // Repair fills what it can (with this demo, every open shift) with as few changes as possible.
    const detail = (await api.get(`/api/legevakt/rosters/${rosterId}`)).json() as TRosterDetail;
    expect(detail.roster.openShifts).toBeLessThan(openBefore);
    await expect.poll(() => page.getByTestId('roster-summary').textContent()).toContain(`${detail.roster.openShifts} ledige`);

    await page.getByTestId('roster-grid-paging').selectOption('month');
    await expect.poll(() => page.getByTestId('roster-grid-page').textContent()).toContain('januar 2027');
    for (const link of await page.getByTestId('roster-exports').getByRole('link').all()) {
      const res = await page.request.get(env.baseUrl + (await link.getAttribute('href'))!);
      expect(res.status(), (await link.textContent()) ?? undefined).toBe(200);
    }

    await page.getByTestId('nav-legevakt-vaktplaner').click();
    const form = page.getByTestId('generate-form');
    await form.getByLabel('Navn på vaktplanen').fill('Avbrytes');
    await form.getByLabel('Første dag').fill('2027-03-01');
    await form.getByLabel('Sekunder til beregningen').fill('120');
    await form.getByTestId('generate-form-submit').click();
    await page.getByTestId('job-cancel').click();
    await expect.poll(() => page.getByTestId('job-progress').getAttribute('data-status'), { timeout: 15_000 }).toBe('cancelled');
    await page.getByTestId('generate-open-roster').click();
    await page.getByTestId('roster-delete').click();
    await page.getByTestId('roster-delete-dialog-confirm').click();
    await page.waitForURL('**/legevakt/vaktplaner');
    await expect.poll(() => page.getByTestId('rosters-table-row').count()).toBe(1);
    await page.context().close();
  }, SLOW);
});
