import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { TJob, TRosterDetail, TRosterSummary } from '../../src/contracts/roster/index.ts';
import { createApp } from '../../src/server/app.ts';
import type { Database as Db } from '../../src/db/connection.ts';
import { describeOnBothDatabases } from '../helpers/db.ts';
import { login, makeKommune, TEST_NOW, type Client } from '../helpers/app.ts';
import { buildSmallRegistry } from '../helpers/fixtures.ts';
import { buildLegevakt, finishedJob } from '../helpers/roster-fixtures.ts';

type Started = { roster: TRosterSummary; job: TJob };

/** Two server instances on one database, as two processes behind a load balancer would be: one running job per machine, one waiting. */
const instance = (db: Db) => createApp({ db, clock: () => TEST_NOW, loginRateLimit: { max: 1000, timeWindowMs: 60_000 }, solverJobs: { concurrency: 1, queueLimit: 1 }, adminSecondFactor: 'optional' });

async function setUp(db: Db, a: FastifyInstance, b: FastifyInstance, marker: string): Promise<{ onA: Client; onB: Client; kommuneId: number }> {
  const k = await makeKommune(db);
  const admin = await login(a, k.users.admin);
  const reg = await buildSmallRegistry(admin, marker);
  await buildLegevakt(admin, reg.doctorIds, { marker });
  return { onA: await login(a, k.users.planner), onB: await login(b, k.users.planner), kommuneId: k.id };
}

const generate = (c: Client, name: string, seconds: number) => c.post('/api/legevakt/rosters', { name, start: '2027-02-01', days: 14, seconds, seed: 2 });
const rosterRows = async (db: Db, kommuneId: number) => (await db.query<{ n: number }>(`SELECT (SELECT count(*) FROM roster WHERE kommune_id = $1) + (SELECT count(*) FROM roster_job WHERE kommune_id = $1) AS n`, [kommuneId]))[0]!.n;

describeOnBothDatabases('legevakt solver jobs: a queue shared by processes, with owners and heartbeats', (getDb) => {
  let a: FastifyInstance;
  let b: FastifyInstance;
  beforeAll(async () => {
    a = await instance(getDb());
    b = await instance(getDb());
  });
  afterAll(async () => {
    await a.close();
    await b.close();
  });

  it('runs one job per machine and queues the next with its position, refuses politely past the queue limit, and cancels from either instance', { timeout: 120_000 }, async () => {
    const db = getDb();
    const { onA, onB, kommuneId } = await setUp(db, a, b, 'Kø');

    const first = await generate(onA, 'Lang', 300);
    expect(first.statusCode, first.body).toBe(202);
    const long = first.json() as Started;
    expect(long.job).toMatchObject({ status: 'running', queuePosition: null, cancelRequested: false });

    // The machine's one slot is taken (by the other instance): the next job waits, first in the queue.
    const second = await generate(onB, 'Venter', 1);
    expect(second.statusCode, second.body).toBe(202);
    const waiting = second.json() as Started;
    expect(waiting.job).toMatchObject({ status: 'queued', queuePosition: 1 });
    expect(waiting.roster.job).toMatchObject({ status: 'queued', queuePosition: 1 });
    const listed = (await onA.get('/api/legevakt/rosters')).json().items as TRosterSummary[];
    expect(listed.find((r) => r.id === waiting.roster.id)?.job).toMatchObject({ status: 'queued', queuePosition: 1 });
    // A queued job holds its roster as a running one does.
    const busy = await onA.delete(`/api/legevakt/rosters/${waiting.roster.id}?version=${waiting.roster.version}`);
    expect(busy.statusCode).toBe(400);
    expect(busy.json().error.message).toMatch(/blir beregnet nå/);

    // Past the queue limit: a polite refusal in the error format, nothing stored.
    const rows = await rosterRows(db, kommuneId);
    const third = await generate(onA, 'For mye', 1);
    expect(third.statusCode).toBe(429);
    expect(third.json().error).toMatchObject({ code: 'rate_limited', message: expect.stringMatching(/^Det står allerede 1 beregninger i kø\. Vent til noen av dem er ferdige/), fields: [] });
    expect(await rosterRows(db, kommuneId)).toBe(rows);

    // Cancel from the instance that does not run the job: the owner takes it up from the table and keeps its best roster.
    await new Promise((r) => setTimeout(r, 1000));
    const cancel = await onB.post(`/api/legevakt/jobs/${long.job.id}/cancel`);
    expect(cancel.statusCode, cancel.body).toBe(200);
    expect((cancel.json() as TJob).cancelRequested).toBe(true);
    const cancelled = await finishedJob(onB, long.job.id);
    expect(cancelled.status).toBe('cancelled');
    const detail = (await onB.get(`/api/legevakt/rosters/${long.roster.id}`)).json() as TRosterDetail;
    expect(detail.shifts.filter((s) => s.doctorId !== null).length).toBeGreaterThan(0);

    // The freed slot goes to the waiting job, whichever instance claims it.
    expect((await finishedJob(onA, waiting.job.id)).status).toBe('done');

    // A queued job is cancelled at once, by anyone.
    const runs = (await generate(onB, 'Lang igjen', 300)).json() as Started;
    // The freed slot is claimed by whichever instance beats first: wait until the long job runs, so the next one queues.
    for (let i = 0; i < 100 && ((await onB.get(`/api/legevakt/jobs/${runs.job.id}`)).json() as TJob).status !== 'running'; i++) await new Promise((r) => setTimeout(r, 100));
    const queuedRes = await generate(onA, 'Avbrytes i kø', 1);
    expect(queuedRes.statusCode, queuedRes.body).toBe(202);
    const queued = queuedRes.json() as Started;
    expect(queued.job.status).toBe('queued');
    const dropped = await onA.post(`/api/legevakt/jobs/${queued.job.id}/cancel`);
    expect(dropped.statusCode).toBe(200);
    expect((dropped.json() as TJob).status).toBe('cancelled');
    expect((await onA.post(`/api/legevakt/jobs/${queued.job.id}/cancel`)).json().error.message).toBe('Beregningen er allerede avsluttet');
    expect((await onA.post(`/api/legevakt/jobs/${runs.job.id}/cancel`)).statusCode).toBe(200);
    expect((await finishedJob(onA, runs.job.id)).status).toBe('cancelled');
    expect(((await onA.get(`/api/legevakt/jobs/${queued.job.id}`)).json() as TJob).status).toBe('cancelled');
  });

  it('fails a job whose owner is gone — at once when its process on this machine has died, on read when its heartbeat is stale — and frees its roster', { timeout: 120_000 }, async () => {
    const db = getDb();
    const { onA, kommuneId } = await setUp(db, a, b, 'Eier');
    const made = (await generate(onA, 'Eierløs', 1)).json() as Started;
    expect((await finishedJob(onA, made.job.id)).status).toBe('done');
    const rosterId = made.roster.id;
    const orphan = async (owner: { id: string; host: string; pid: number }, heartbeatAgo: number) =>
      (
        await db.query<{ id: number }>(
          `INSERT INTO roster_job (kommune_id, roster_id, kind, status, seconds, seed, created_at, owner_id, owner_host, owner_pid, heartbeat_at, started_at)
           VALUES ($1, $2, 'resolve', 'running', 300, 1, $3, $4, $5, $6, now() - make_interval(secs => $7), $3) RETURNING id`,
          [kommuneId, rosterId, TEST_NOW.toISOString(), owner.id, owner.host, owner.pid, heartbeatAgo],
        )
      )[0]!.id;
    const job = async (id: number) => (await onA.get(`/api/legevakt/jobs/${id}`)).json() as TJob;

    // A process of this machine that has exited: failed at once by any process of the machine (one starting up, or
    // at its next heartbeat), before anyone reads it.
    const deadPid = spawnSync(process.execPath, ['-e', '']).pid!;
    const dead = await orphan({ id: 'gammel-prosess.1', host: hostname(), pid: deadPid }, 0);
    const starting = await instance(db);
    try {
      const [row] = await db.query<{ status: string; error: string }>(`SELECT status, error FROM roster_job WHERE id = $1`, [dead]);
      expect(row).toEqual({ status: 'failed', error: 'Beregningen ble avbrutt fordi serveren som kjørte den stoppet' });
    } finally {
      await starting.close();
    }

    // A process on another machine beating its heartbeat is alive: its job stays, and cancel is left in the table for it.
    const remote = await orphan({ id: 'annen-maskin.1', host: 'annen-maskin', pid: 4242 }, 0);
    expect(await job(remote)).toMatchObject({ status: 'running' });
    const asked = await onA.post(`/api/legevakt/jobs/${remote}/cancel`);
    expect(asked.statusCode).toBe(200);
    expect(asked.json()).toMatchObject({ status: 'running', cancelRequested: true });
    const version = ((await onA.get(`/api/legevakt/rosters/${rosterId}`)).json() as TRosterDetail).roster.version;
    expect((await onA.delete(`/api/legevakt/rosters/${rosterId}?version=${version}`)).statusCode).toBe(400);

    // Once its heartbeat is stale, the next read fails it, and the roster can be deleted.
    await db.query(`UPDATE roster_job SET heartbeat_at = now() - interval '1 minute' WHERE id = $1`, [remote]);
    expect(await job(remote)).toMatchObject({ status: 'failed', error: 'Beregningen ble avbrutt fordi serveren som kjørte den stoppet', finishedAt: expect.any(String) });
    expect((await onA.post(`/api/legevakt/jobs/${remote}/cancel`)).statusCode).toBe(400);
    expect((await onA.delete(`/api/legevakt/rosters/${rosterId}?version=${version}`)).statusCode).toBe(204);
  });
});
