import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { httpLogin, runCliProcess, startServerProcess } from '../helpers/server-process.ts';

// The real processes: `npm start`'s server on PGlite on disk, and the `legeplan` CLI beside it.
describe('server and CLI as processes on one PGlite data directory', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'legeplan-proc-'));
  const env = { LEGEPLAN_DATA_DIR: dataDir };
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps data over a restart, refuses a second process while the server runs, and the CLI agrees with the API', async () => {
    const port = 3400 + Math.floor(Math.random() * 400);
    let server = await startServerProcess(env, port);
    expect(server.output()).toContain('sandefjord-planlegger');
    const headers = await httpLogin(server.url, 'sandefjord-planlegger', 'legeplan-demo');
    const created = await fetch(`${server.url}/api/registry/offices`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ name: 'Omstartsenteret', address: 'Testveien 9', orgForm: 'private' }),
    });
    expect(created.status).toBe(201);

    // PGlite belongs to one process: the CLI is refused with a clear message while the server holds it.
    const busy = await runCliProcess(['capacity', '--kommune', '3907', '--json'], env);
    expect(busy.code).toBe(1);
    expect(busy.stderr).toMatch(/i bruk av serveren/);

    const apiOverview = await (await fetch(`${server.url}/api/overview`, { headers })).json();
    expect(await server.stop()).toBe(0);

    const cli = await runCliProcess(['capacity', '--kommune', '3907', '--json'], env);
    expect(cli.stderr).toBe('');
    const cliOverview = JSON.parse(cli.stdout);
    expect(cliOverview.latest).toEqual(apiOverview.latest);

    server = await startServerProcess(env, port);
    expect(server.output()).not.toContain('Lastet demodata');
    const h2 = await httpLogin(server.url, 'sandefjord-planlegger', 'legeplan-demo');
    const offices = (await (await fetch(`${server.url}/api/registry/offices`, { headers: h2 })).json()).items as { name: string }[];
    expect(offices.map((o) => o.name)).toContain('Omstartsenteret');
    await server.stop();
  }, 180_000);
});
