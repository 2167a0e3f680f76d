import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import ExcelJS from 'exceljs';
import { describeOnBothDatabases } from '../helpers/db.ts';
import { login, makeKommune, testApp, type Client } from '../helpers/app.ts';
import { buildSmallRegistry, type SmallRegistry } from '../helpers/fixtures.ts';
import { dbFingerprint } from '../helpers/fingerprint.ts';
import { buildSmallProjection, projectionRouteLeak, projectionSnapshot } from './projection-fixtures.ts';
import { buildSmallNorms, normIdsByEntity, normRefBodies, normsRouteLeak } from '../helpers/norms-fixtures.ts';
import { buildSmallTraining, trainingIdsByEntity, trainingRefBodies, trainingRouteLeak } from '../helpers/training-fixtures.ts';
import { buildSmallEconomics, economicsIdsByEntity, economicsRefBodies, economicsRouteLeak } from '../helpers/economics-fixtures.ts';
import { documentText } from '../helpers/documents.ts';
import { buildSmallRoster, buildSmallRosterApp, rosterRefBodies, rosterRouteLeak } from '../helpers/roster-fixtures.ts';

type Route = { method: string; url: string };

/**
 * Single sign-on: B's admin neither sees nor changes A's provider; the public routes show only A's button text, and
 * neither a login started for A nor a logout token naming A's client does anything without A's provider.
 */
async function ssoRouteLeak(pb: Client, route: Route, aNr: string, aSso: Record<string, string>): Promise<string | null> {
  const secretsOfA = [aSso.issuer!, aSso.clientId!, aSso.clientSecret!];
  const shows = (body: string) => secretsOfA.some((s) => body.includes(s));
  switch (`${route.method} ${route.url}`) {
    case 'GET /api/auth/oidc/config': {
      const res = await pb.get(route.url);
      return res.json().config === null && !shows(res.body) ? null : `showed A's provider: ${res.body}`;
    }
    case 'PUT /api/auth/oidc/config': {
      const res = await pb.put(route.url, { version: 1, label: 'Kapret', issuer: 'https://idp.example.no', clientId: 'x', groupsClaim: 'groups', roleMappings: [{ group: 'g', role: 'admin' }], enabled: true });
      return res.statusCode === 409 && res.json().error.current === null ? null : `answered ${res.statusCode} ${res.body}`;
    }
    case 'GET /api/auth/oidc/providers': {
      const res = await pb.get(route.url);
      return !shows(res.body) && res.body.includes('KommuneA-IdP') ? null : `listed more than A's button: ${res.body}`;
    }
    case 'GET /api/auth/oidc/start': {
      // A's provider does not answer here: the login goes no further and keeps nothing.
      const res = await pb.get(`${route.url}?kommune=${aNr}`);
      return res.statusCode === 303 && res.headers.location === '/?sso-feil=unavailable' ? null : `answered ${res.statusCode} ${String(res.headers.location)}`;
    }
    case 'GET /api/auth/oidc/callback': {
      const res = await pb.get(`${route.url}?code=abc&state=def`);
      return res.statusCode === 303 && res.headers.location === '/?sso-feil=attempt_invalid' ? null : `answered ${res.statusCode} ${String(res.headers.location)}`;
    }
    case 'POST /api/auth/oidc/backchannel-logout': {
      const claims = { iss: aSso.issuer, aud: aSso.clientId, sub: 'x', events: { 'http://schemas.openid.net/event/backchannel-logout': {} } };
      const token = [{ alg: 'none' }, claims].map((part) => Buffer.from(JSON.stringify(part)).toString('base64url')).join('.') + '.';
      const res = await pb.request({ method: 'POST', url: route.url, payload: `logout_token=${token}`, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      return res.statusCode === 400 ? null : `answered ${res.statusCode} ${res.body}`;
    }
    default:
      return `no single sign-on case for ${route.method} ${route.url}`;
  }
}

/** What another municipality's rows are, per registry entity, for the ID-bearing routes. */
function idsOf(reg: SmallRegistry, extra: { populationId: number; targetId: number }): Record<string, number[]> {
  return {
    offices: [reg.officeId],
    positions: reg.positionIds,
    doctors: reg.doctorIds,
    assignments: reg.assignmentIds,
    snapshots: reg.snapshotIds,
    population: [extra.populationId],
    'capacity-targets': [extra.targetId],
  };
}

describeOnBothDatabases('tenancy over every route', (getDb) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await testApp(getDb());
  });
  afterAll(async () => {
    await app.close();
  });

  it('a user of municipality B never sees or changes municipality A’s data through any route', { timeout: 90_000 }, async () => {
    const a = await makeKommune(getDb());
    const b = await makeKommune(getDb());
    const pa = await login(app, a.users.admin);
    const reg = await buildSmallRegistry(pa, 'KommuneA');
    const population = (await pa.post('/api/registry/population', { month: '2026-11-01', population: 5000, listedElsewhere: 10, listedNonResidents: 5 })).json();
    const target = (await pa.post('/api/registry/capacity-targets', { validFrom: '2025-01-01', freeShareTarget: 0.05, freePlacesMin: null })).json();
    const aIds = idsOf(reg, { populationId: population.id, targetId: target.id });
    const aNorms = await buildSmallNorms(pa, reg.doctorIds[0]!, 'KommuneA');
    Object.assign(aIds, normIdsByEntity(aNorms));
    const aEconomics = await buildSmallEconomics(pa, 'KommuneA');
    Object.assign(aIds, economicsIdsByEntity(aEconomics));
    Object.assign(aIds, await buildSmallRoster(pa, reg.doctorIds[0]!, 'KommuneA'));
    const aProjection = await buildSmallProjection(pa, reg, a, 'KommuneA');
    const aTraining = await buildSmallTraining(pa, (u) => login(app, u), reg, 'KommuneA');
    const [aDoctor] = await getDb().query<{ id: number }>(`SELECT doctor_id AS id FROM app_user WHERE username = $1`, [a.users.doctor]);
    const aRoster = await buildSmallRosterApp(pa, await login(app, a.users.doctor), [aDoctor!.id, ...reg.doctorIds.slice(1)], 'KommuneA-vakt');
    aIds['legevakt-participants'] = aRoster.participantIds;
    Object.assign(aIds, trainingIdsByEntity(aTraining));
    const aSso = { label: 'KommuneA-IdP', issuer: 'https://127.0.0.1:9/kommune-a', clientId: 'KommuneA-klient', clientSecret: 'KommuneA-hemmelig' };
    const aSsoConfig = await pa.put('/api/auth/oidc/config', { version: null, ...aSso, groupsClaim: 'groups', roleMappings: [{ group: 'g', role: 'admin' }], enabled: true });
    expect(aSsoConfig.statusCode, aSsoConfig.body).toBe(200);
    const beforeProjection = await projectionSnapshot(getDb(), a.id);
    const before = await dbFingerprint(getDb());

    const pb: Client = await login(app, b.users.admin);
    const pbDoctor: Client = await login(app, b.users.doctor);
    const leaks: string[] = [];
    const check = (route: Route, ok: boolean, detail: string) => {
      if (!ok) leaks.push(`${route.method} ${route.url}: ${detail}`);
    };

    const uncovered: Route[] = [];
    for (const route of app.routeTable) {
      if (['/api/health', '/api/openapi.json', '/api/auth/login', '/api/auth/logout', '/api/auth/oidc/logout', '/api/auth/session'].includes(route.url)) continue;
      const m = /^\/api\/registry\/([a-z0-9-]+)(\/:id|\/export\.xlsx)?$/.exec(route.url);
      if (m) {
        const entity = m[1]!;
        const ids = aIds[entity]!;
        const url = (id: number) => route.url.replace(':id', String(id));
        if (m[2] === '/:id') {
          for (const id of ids) {
            const res =
              route.method === 'GET' ? await pb.get(url(id))
              : route.method === 'PUT' ? await pb.put(url(id), { version: 1 })
              : await pb.delete(`${url(id)}?version=1`);
            check(route, res.statusCode === 404 || (route.method === 'PUT' && res.statusCode === 400), `answered ${res.statusCode} for A's id ${id}`);
          }
        } else if (m[2] === '/export.xlsx') {
          const res = await pb.get(route.url);
          const wb = new ExcelJS.Workbook();
          await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
          const exported = wb.worksheets[0]!.getColumn(1).values.slice(2).map(Number);
          check(route, exported.every((id) => !ids.includes(id)), `exported A's rows ${exported}`);
        } else if (route.method === 'GET') {
          const items = (await pb.get(route.url)).json().items as { id: number }[];
          check(route, items.every((i) => !ids.includes(i.id)), 'listed A’s rows');
        } else if (route.method === 'POST') {
          // Creating in B with references to A's rows must be refused.
          const refBody: Record<string, unknown> = {
            positions: { officeId: reg.officeId, code: 'B-1', orgForm: 'self_employed', listCap: 1000, status: 'active', sharedList: false },
            assignments: { positionId: reg.positionIds[0], doctorId: reg.doctorIds[0], role: 'holder', fromDate: '2021-01-01', toDate: null },
            snapshots: { positionId: reg.positionIds[0], month: '2026-11-01', listLength: 1, listCap: 2, waitingList: 0 },
            ...normRefBodies(aNorms, reg.doctorIds[0]!),
            ...trainingRefBodies(aTraining, reg),
            ...economicsRefBodies(aEconomics),
            ...rosterRefBodies(reg.doctorIds[0]!),
          };
          if (entity in refBody) {
            const res = await pb.post(route.url, refBody[entity]);
            check(route, res.statusCode === 400 && res.json().error.code === 'invalid_reference', `answered ${res.statusCode}`);
          }
        } else uncovered.push(route);
      } else if (route.url.startsWith('/api/norms/')) {
        const leak = await normsRouteLeak(pb, route, aNorms, 'KommuneA');
        check(route, leak === null, leak ?? '');
      } else if (route.url.startsWith('/api/legevakt/')) {
        const leak = await rosterRouteLeak(pb, pbDoctor, route, aRoster, 'KommuneA');
        check(route, leak === null, leak ?? '');
      } else if (route.url.startsWith('/api/training/')) {
        const leak = await trainingRouteLeak(pb, route, aTraining, 'KommuneA');
        check(route, leak === null, leak ?? '');
      } else if (route.url.startsWith('/api/economics/')) {
        const leak = await economicsRouteLeak(pb, route, aEconomics, 'KommuneA', (url) => documentText(pb, url));
        check(route, leak === null, leak ?? '');
      } else if (route.url.startsWith('/api/projection/') || route.url.startsWith('/api/capacity/')) {
        const leak = await projectionRouteLeak(pb, route, aProjection, a.nr, 'KommuneA');
        check(route, leak === null, leak ?? '');
      } else if (route.url === '/api/overview') {
        const res = (await pb.get(route.url)).json();
        check(route, res.latest === null && res.trend.length === 0, 'showed figures from A');
      } else if (route.url === '/api/audit') {
        const items = (await pb.get(route.url)).json().items as { entity: string; entityId: number }[];
        check(route, items.every((i) => !(aIds[i.entity] ?? []).includes(i.entityId)), 'showed A’s audit rows');
      } else if (route.url === '/api/users') {
        if (route.method === 'GET') {
          const names = ((await pb.get(route.url)).json().items as { username: string }[]).map((u) => u.username);
          check(route, !names.some((n) => Object.values(a.users).includes(n)), 'listed A’s users');
        } else {
          const res = await pb.post(route.url, { username: 'ny-bruker-b', displayName: 'Ny', role: 'doctor', doctorId: reg.doctorIds[0], password: 'langt-passord-1' });
          check(route, res.statusCode === 400 && res.json().error.code === 'invalid_reference', `answered ${res.statusCode}`);
        }
      } else if (route.url === '/api/users/:id') {
        const [aUser] = await getDb().query<{ id: number }>(`SELECT id FROM app_user WHERE kommune_id = $1 LIMIT 1`, [a.id]);
        const res = await pb.put(`/api/users/${aUser!.id}`, { version: 1, displayName: 'Kapret', role: 'readonly', doctorId: null });
        check(route, res.statusCode === 404, `answered ${res.statusCode}`);
      } else if (route.url === '/api/users/:id/second-factor/reset') {
        const [aUser] = await getDb().query<{ id: number }>(`SELECT id FROM app_user WHERE kommune_id = $1 LIMIT 1`, [a.id]);
        const res = await pb.post(`/api/users/${aUser!.id}/second-factor/reset`, { version: 1 });
        check(route, res.statusCode === 404, `answered ${res.statusCode}`);
      } else if (route.url.startsWith('/api/account/')) {
        // Own-account routes act on the caller's own user only: A's sessions are neither listed nor ended.
        const aSessions = () => getDb().query<{ id: number }>(`SELECT id FROM user_session WHERE kommune_id = $1 ORDER BY id`, [a.id]);
        const aBefore = await aSessions();
        const res =
          route.url === '/api/account/sessions' ? await pb.get(route.url)
          : route.url === '/api/account/sessions/:id' ? await pb.delete(`/api/account/sessions/${aBefore[0]!.id}`)
          : route.url === '/api/account/password' ? await pb.post(route.url, { currentPassword: 'feil', newPassword: 'et-helt-annet-passord' })
          : route.url === '/api/account/second-factor/disable' ? await pb.post(route.url, { currentPassword: 'feil' })
          : route.url === '/api/account/second-factor/confirm' ? await pb.post(route.url, { secondFactorCode: '123456' })
          : await pb.post(route.url, {});
        if (route.url === '/api/account/sessions') {
          const listed = (res.json().items as { id: number }[]).map((x) => x.id);
          check(route, listed.every((id) => !aBefore.some((s) => s.id === id)), 'listed A’s sessions');
        } else if (route.url === '/api/account/sessions/:id') check(route, res.statusCode === 404, `answered ${res.statusCode}`);
        else if (route.url === '/api/account/second-factor/setup') {
          check(route, res.statusCode === 200, `answered ${res.statusCode}`);
          // The pending secret is B's own; put B's row back so the fingerprint below checks A alone.
          await getDb().query(`UPDATE app_user SET totp_pending_secret = NULL WHERE kommune_id = $1`, [b.id]);
        } else if (route.url !== '/api/account/sessions/end-others') check(route, res.statusCode === 400, `answered ${res.statusCode}`);
        check(route, JSON.stringify(await aSessions()) === JSON.stringify(aBefore), 'ended A’s sessions');
      } else if (route.url.startsWith('/api/auth/oidc/')) {
        const leak = await ssoRouteLeak(pb, route, a.nr.padStart(4, '0'), aSso);
        check(route, leak === null, leak ?? '');
      } else if (route.url.startsWith('/api/import/list-snapshots/')) {
        const csv = 'Hjemmel;Måned;Listelengde;Listetak;Venteliste\nT-01;2026-11-01;100;1000;0\n';
        const body = { fileName: 'a.csv', contentBase64: Buffer.from(csv).toString('base64') };
        const res = route.method === 'GET' ? await pb.get(route.url) : await pb.post(route.url, body);
        if (route.url.endsWith('/preview')) check(route, res.json().rows?.[0]?.positionId === null, 'matched A’s position');
        else if (route.url.endsWith('/commit')) check(route, res.statusCode === 400, `answered ${res.statusCode}`);
        else check(route, res.statusCode === 200 && res.json().mapping === null, 'showed A’s mapping');
      } else uncovered.push(route);
    }
    expect(uncovered, 'routes without a tenancy case: add one here').toEqual([]);
    expect(leaks).toEqual([]);
    expect(await dbFingerprint(getDb())).toBe(before);
    expect(await projectionSnapshot(getDb(), a.id)).toBe(beforeProjection);
  });
});
