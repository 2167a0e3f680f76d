import type { Db } from '../../src/db/connection.ts';
import type { Client } from '../helpers/app.ts';
import type { SmallRegistry } from '../helpers/fixtures.ts';

/** A small SSB-style CSV (Latin-1, semicolons) projecting a municipality's population in three alternatives, as base64. */
export function ssbCsvFor(nr: string, name: string, years: readonly number[], base = 5000): string {
  const alternatives = ['Lav nasjonal vekst (LLML)', 'Hovedalternativet (MMMM)', 'Høy nasjonal vekst (HHMH)'];
  const groups = [
    ['0-49 år', 0.31],
    ['50 år eller eldre', 0.19],
  ] as const;
  const lines = ['"14288: Framskrevet folkemengde 1. januar, etter region, kjønn, alder, statistikkvariabel og år"', '', ['region', 'kjønn', 'alder', 'år', ...alternatives].map((h) => `"${h}"`).join(';')];
  for (const sex of ['Menn', 'Kvinner'])
    for (const [age, share] of groups)
      for (const year of years) {
        const k = year - years[0]!;
        lines.push([`"${nr} ${name}"`, `"${sex}"`, `"${age}"`, `"${year}"`, ...[0.5, 1, 1.6].map((g) => Math.round(base * share * (1 + 0.01 * g * k) * (age.startsWith('50') ? 1 + 0.01 * k : 1)))].join(';'));
      }
  return Buffer.from(lines.join('\r\n') + '\r\n', 'latin1').toString('base64');
}

/** What buildSmallProjection made in a municipality. */
export interface SmallProjection {
  positionId: number;
  importId: number;
  scenarioId: number;
  postingId: number;
}

/** Population figures, an SSB import, a saved scenario and a posting, through the API, on top of buildSmallRegistry. */
export async function buildSmallProjection(c: Client, reg: SmallRegistry, kommune: { nr: string }, marker = 'Test'): Promise<SmallProjection> {
  const must = async (res: Promise<{ statusCode: number; body: string; json(): unknown }>, status: number) => {
    const r = await res;
    if (r.statusCode !== status) throw new Error(`${r.statusCode} ${r.body}`);
    return r.json() as { id: number } & Record<string, unknown>;
  };
  const month = await c.post('/api/registry/population', { month: '2026-11-01', population: 5000, listedElsewhere: 100, listedNonResidents: 50 });
  if (month.statusCode !== 201 && month.statusCode !== 409) throw new Error(`${month.statusCode} ${month.body}`);
  const years = Array.from({ length: 15 }, (_, i) => 2026 + i);
  const imp = await must(c.post('/api/projection/population/import', { fileName: `${marker}.csv`, contentBase64: ssbCsvFor(kommune.nr, marker, years) }), 201);
  const facts = (await c.get('/api/projection/facts')).json() as { defaults: unknown };
  const scenario = await must(c.post('/api/projection/scenarios', { name: `${marker} scenario`, description: 'test', assumptions: facts.defaults }), 201);
  const posting = await must(c.post('/api/capacity/postings', { positionId: reg.positionIds[0], advertisedFrom: '2026-08-01', deadline: '2026-09-01', applicants: 0 }), 201);
  return { positionId: reg.positionIds[0]!, importId: imp.id, scenarioId: scenario.id, postingId: posting.id };
}

/** Every row of the projection tables of one municipality, as one string (equal before and after = nothing changed). */
export async function projectionSnapshot(db: Db, kommuneId: number): Promise<string> {
  const parts: string[] = [];
  for (const t of ['population_import', 'population', 'projection_scenario', 'position_posting']) {
    const rows = await db.query<{ r: unknown }>(`SELECT to_jsonb(x) AS r FROM ${t} x WHERE kommune_id = $1 ORDER BY (to_jsonb(x))::text`, [kommuneId]);
    parts.push(`${t}:${JSON.stringify(rows.map((r) => r.r))}`);
  }
  return parts.join('\n');
}

/**
 * What municipality B learns or changes of A through one capacity/projection route: a description of the leak, or null.
 * B has no list figures, so its projection routes answer 400; A's ids must be 404; lists and exports must hold none of A's rows.
 */
export async function projectionRouteLeak(pb: Client, route: { method: string; url: string }, a: SmallProjection, aNr: string, marker: string): Promise<string | null> {
  const byId: Record<string, number> = {
    '/api/projection/scenarios/:id': a.scenarioId,
    '/api/projection/scenarios/:id/result': a.scenarioId,
    '/api/projection/scenarios/:id/export.xlsx': a.scenarioId,
    '/api/projection/scenarios/:id/report.pdf': a.scenarioId,
    '/api/capacity/postings/:id': a.postingId,
    '/api/projection/population/imports/:id': a.importId,
  };
  const id = byId[route.url];
  if (id !== undefined) {
    const url = route.url.replace(':id', String(id));
    const res =
      route.method === 'GET' ? await pb.get(url)
      : route.method === 'PUT' ? await pb.put(url, { version: 1 })
      : await pb.delete(`${url}?version=1`);
    const ok = res.statusCode === 404 || (route.method === 'PUT' && res.statusCode === 400);
    return ok ? null : `answered ${res.statusCode} for A's id ${id}`;
  }
  const text = async (url: string) => {
    const res = await pb.get(url);
    return { status: res.statusCode, body: res.rawPayload.toString('latin1') + res.body };
  };
  switch (`${route.method} ${route.url}`) {
    case 'GET /api/projection/scenarios':
    case 'GET /api/capacity/postings':
    case 'GET /api/projection/population':
    case 'GET /api/capacity/timeline': {
      const r = await text(route.url);
      return r.body.includes(marker) || r.body.includes(`"id":${a.scenarioId},`) || r.body.includes(`"positionId":`) ? `listed A's rows: ${r.body.slice(0, 200)}` : null;
    }
    case 'GET /api/capacity/timeline/export.xlsx':
    case 'GET /api/capacity/postings/export.xlsx':
    case 'GET /api/projection/population/export.xlsx':
    case 'GET /api/projection/scenarios/export.xlsx':
    case 'GET /api/projection/facts': {
      const r = await text(route.url);
      return r.status >= 500 || r.body.includes(marker) || r.body.includes(`"kommuneNr":"${aNr}"`) ? `answered ${r.status} with A's data` : null;
    }
    case 'GET /api/projection/compare':
    case 'GET /api/projection/compare/export.xlsx': {
      const r = await pb.get(`${route.url}?ids=${a.scenarioId}`);
      return r.statusCode === 404 || r.statusCode === 400 ? null : `answered ${r.statusCode} for A's scenario`;
    }
    case 'POST /api/projection/run': {
      const r = await pb.post(route.url, { assumptions: {}, monteCarlo: null });
      return r.statusCode === 400 ? null : `answered ${r.statusCode}`;
    }
    case 'POST /api/projection/scenarios': {
      const r = await pb.post(route.url, { name: '', description: '', assumptions: {} });
      return r.statusCode === 400 ? null : `answered ${r.statusCode}`;
    }
    case 'POST /api/capacity/postings': {
      const r = await pb.post(route.url, { positionId: a.positionId, advertisedFrom: '2026-08-01', deadline: '2026-09-01', applicants: 0 });
      return r.statusCode === 400 && (r.json() as { error: { code: string } }).error.code === 'invalid_reference' ? null : `answered ${r.statusCode}`;
    }
    case 'POST /api/projection/population/preview':
    case 'POST /api/projection/population/import': {
      // A file with only A's municipality number: B must not be able to store figures for it as if its own.
      const r = await pb.post(route.url, { fileName: 'a.csv', contentBase64: ssbCsvFor(aNr, marker, [2026]) });
      return r.statusCode === 400 ? null : `answered ${r.statusCode}`;
    }
    default:
      return `no tenancy case for ${route.method} ${route.url}`;
  }
}
