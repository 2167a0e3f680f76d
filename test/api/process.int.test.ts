import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { TJob } from '../../src/contracts/roster/index.ts';
import { httpLogin, killServerProcesses, runCliProcess, startServerProcess } from '../helpers/server-process.ts';

// The real processes: `npm start`'s server on PGlite on disk, and the `legeplan` CLI beside it.
describe('server and CLI as processes on one PGlite data directory', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'legeplan-proc-'));
  const env = { LEGEPLAN_DATA_DIR: dataDir };
  afterEach(killServerProcesses);
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

  it('solves a roster in the built worker thread', async () => {
    const server = await startServerProcess(env, 3400 + Math.floor(Math.random() * 800));
    const headers = await httpLogin(server.url, 'sandefjord-planlegger', 'legeplan-demo');
    const generated = await fetch(`${server.url}/api/legevakt/rosters`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ name: 'Prosessvakter', start: '2027-01-04', days: 14, seconds: 1, seed: 1 }),
    });
    expect(generated.status).toBe(202);
    const { job } = (await generated.json()) as { job: TJob };
    let status = job;
    for (let i = 0; i < 600 && (status.status === 'queued' || status.status === 'running'); i++) {
      await new Promise((r) => setTimeout(r, 100));
      status = (await (await fetch(`${server.url}/api/legevakt/jobs/${job.id}`, { headers })).json()) as TJob;
    }
    expect(status).toMatchObject({ status: 'done', error: null, bestHard: 0 });
    expect(await server.stop()).toBe(0);
  }, 180_000);

  it('a solver job whose server was killed is failed at once when the server is back, and its roster can be deleted', async () => {
    const port = 3400 + Math.floor(Math.random() * 800);
    let server = await startServerProcess(env, port);
    let headers = await httpLogin(server.url, 'sandefjord-planlegger', 'legeplan-demo');
    const started = await fetch(`${server.url}/api/legevakt/rosters`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ name: 'Avbrutt av krasj', start: '2027-09-06', days: 28, seconds: 300, seed: 1 }),
    });
    expect(started.status, await started.clone().text()).toBe(202);
    const { roster, job } = (await started.json()) as { roster: { id: number; version: number }; job: { id: number; status: string } };
    expect(job.status).toBe('running');
    await new Promise((r) => setTimeout(r, 1500));
    await server.stop('SIGKILL');

    server = await startServerProcess(env, port);
    headers = await httpLogin(server.url, 'sandefjord-planlegger', 'legeplan-demo');
    // No waiting for a timeout: the process that owned the job is gone, and the new one knows it at start-up.
    const after = (await (await fetch(`${server.url}/api/legevakt/jobs/${job.id}`, { headers })).json()) as { status: string; error: string };
    expect(after).toMatchObject({ status: 'failed', error: 'Beregningen ble avbrutt fordi serveren som kjørte den stoppet' });
    const cancel = await fetch(`${server.url}/api/legevakt/jobs/${job.id}/cancel`, { method: 'POST', headers: { cookie: headers.cookie!, 'x-csrf-token': headers['x-csrf-token']! } });
    expect(cancel.status).toBe(400);
    const { version } = ((await (await fetch(`${server.url}/api/legevakt/rosters/${roster.id}`, { headers })).json()) as { roster: { version: number } }).roster;
    const noBody = { cookie: headers.cookie!, 'x-csrf-token': headers['x-csrf-token']! };
    expect((await fetch(`${server.url}/api/legevakt/rosters/${roster.id}?version=${version}`, { method: 'DELETE', headers: noBody })).status).toBe(204);
    await server.stop();
  }, 240_000);

  it('a server killed in the middle of an import commit leaves the database as it was before the import', async () => {
    const port = 3800 + Math.floor(Math.random() * 400);
    let server = await startServerProcess(env, port);
    let headers = await httpLogin(server.url, 'sandefjord-planlegger', 'legeplan-demo');
    const positions = (await (await fetch(`${server.url}/api/registry/positions`, { headers })).json()).items as { code: string }[];
    const countSnapshots = async (h: Record<string, string>) =>
      ((await (await fetch(`${server.url}/api/registry/snapshots`, { headers: h })).json()).items as unknown[]).length;

    const mapping = { positionCode: 'Hjemmel', month: 'Måned', listLength: 'Listelengde', listCap: 'Listetak', waitingList: 'Venteliste' };
    // Thirty years of history for every position: close to 20 000 new rows (the import's limit) in one transaction.
    const history = (from: number) => {
      const lines = ['Hjemmel;Måned;Listelengde;Listetak;Venteliste'];
      for (let y = from; y < from + 30; y++) {
        for (let m = 1; m <= 12; m++) for (const p of positions) lines.push(`${p.code};${y}-${String(m).padStart(2, '0')}-01;900;1000;0`);
      }
      return { rows: lines.length - 1, body: JSON.stringify({ fileName: 'historikk.csv', contentBase64: Buffer.from(lines.join('\n')).toString('base64'), mapping }) };
    };
    const post = (path: string, body: string) => fetch(`${server.url}/api/import/list-snapshots/${path}`, { method: 'POST', headers, body });

    // Measure on one file: the preview reads and checks without writing; the commit also writes. The writes lie between.
    const first = history(2000);
    let t0 = performance.now();
    expect((await (await post('preview', first.body)).json()).errorCount).toBe(0);
    const readMs = performance.now() - t0;
    t0 = performance.now();
    expect((await post('commit', first.body)).status).toBe(200);
    const commitMs = performance.now() - t0;
    const before = await countSnapshots(headers);

    // Kill the server a third of the way into the writes of the next file's commit. On a busy machine the estimate
    // may come too late (the commit finished): then that import is whole, and the next file is tried sooner.
    let delay = readMs + (commitMs - readMs) / 3;
    let expected = before;
    let killedMidway = false;
    for (let attempt = 0; attempt < 4 && !killedMidway; attempt++) {
      const next = history(2030 + 30 * attempt);
      const commit = post('commit', next.body).then(
        (r) => r.status,
        () => 'connection lost' as const,
      );
      await new Promise((r) => setTimeout(r, delay));
      await server.stop('SIGKILL');
      const status = await commit;
      server = await startServerProcess(env, port);
      headers = await httpLogin(server.url, 'sandefjord-planlegger', 'legeplan-demo');
      const after = await countSnapshots(headers);
      if (status === 'connection lost') {
        killedMidway = true;
        // All or nothing: the import is one transaction, so no part of it survives on its own.
        expect([expected, expected + next.rows]).toContain(after);
      } else {
        expect(status).toBe(200);
        expected += next.rows;
        expect(after).toBe(expected);
        delay = delay / 3;
      }
    }
    expect(killedMidway).toBe(true);
    await server.stop();
  }, 480_000);
});
