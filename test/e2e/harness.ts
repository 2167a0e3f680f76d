import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { expect } from 'vitest';
import { openPglite, type Db } from '../../src/db/connection.ts';
import { migrate } from '../../src/db/migrate.ts';
import { seedDemoIfEmpty } from '../../src/db/demo.ts';
import { createApp } from '../../src/server/app.ts';
import type { AppDeps } from '../../src/server/context.ts';
import { hashPassword } from '../../src/server/auth/password.ts';

export const DEMO_PASSWORD = 'legeplan-demo';

export interface E2eEnv {
  db: Db;
  app: FastifyInstance;
  baseUrl: string;
  browser: Browser;
  close(): Promise<void>;
}

/** The app as users get it (built web app, demo data) on an in-memory PGlite, and Debian's chromium; `deps` for what a test needs beside. */
export async function startE2e(deps: Pick<AppDeps, 'oidcAllowHttpLoopback' | 'adminSecondFactor'> = {}): Promise<E2eEnv> {
  const db = await openPglite();
  await migrate(db);
  await seedDemoIfEmpty(db, hashPassword);
  // Admins sign in by password alone unless a test asks for the production rule (test/e2e/account.e2e.test.ts).
  const app = await createApp({
    adminSecondFactor: 'optional',
    ...deps,
    db,
    clock: () => new Date(),
    webDir: fileURLToPath(new URL('../../dist/web/', import.meta.url)),
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  // Playwright gives every launch a fresh temporary profile (it refuses --user-data-dir here).
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    db,
    app,
    baseUrl: `http://127.0.0.1:${port}`,
    browser,
    async close() {
      await browser.close();
      await app.close();
      await db.close();
    },
  };
}

/** Opens a fresh browser context and signs in through the login form. */
export async function loginPage(env: E2eEnv, username: string, password = DEMO_PASSWORD): Promise<Page> {
  const context = await env.browser.newContext({ locale: 'nb-NO', viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  await page.goto(env.baseUrl + '/');
  await page.getByLabel('Brukernavn').fill(username);
  await page.getByLabel('Passord').fill(password);
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await page.getByRole('button', { name: 'Logg ut' }).waitFor();
  return page;
}

/** axe-core WCAG 2.1 AA check of the page as it is: no serious or critical violations. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${what}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}
