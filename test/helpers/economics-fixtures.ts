import { expect } from 'vitest';
import type { Client } from './app.ts';
import { BASISTILSKUDD_RATES } from '../../src/domain/economics/index.ts';

/** The economics rows of one municipality, made through the API. */
export interface SmallEconomics {
  packageId: number;
  measureId: number;
  goalId: number;
}

async function created(res: Promise<{ statusCode: number; json(): unknown; body: string }>, status = 201): Promise<{ id: number }> {
  const r = await res;
  expect(r.statusCode, r.body).toBe(status);
  return r.json() as { id: number };
}

/** A package with one agency measure, one goal and an own rate table; `marker` goes into names so a test can spot leaks. */
export async function buildSmallEconomics(c: Client, marker = 'Test'): Promise<SmallEconomics> {
  const pkg = await created(c.post('/api/registry/measure-packages', { name: `${marker} pakke`, startDate: '2026-01-01', description: marker }));
  const measure = await created(
    c.post('/api/registry/measures', {
      packageId: pkg.id,
      name: `${marker} vikarbyrå`,
      kind: 'agency_substitute',
      params: { positionCount: 1, pricePerMonth: 123_456_00 },
      startDate: null,
      endDate: null,
      status: 'recommended',
      reason: '',
      sortOrder: 1,
    }),
  );
  const goal = await created(
    c.post('/api/registry/plan-goals', {
      number: 1, area: marker, goal: `${marker} mål`, measure: '', owner: '', due: '2026', costOre: 100_00, costNote: '', status: 'in_progress', note: '', indicator: 'free_share', target: 0.07, direction: 'at_least',
    }),
  );
  const rates = BASISTILSKUDD_RATES.map((r) => ({ ...r, name: `${marker} ${r.name}` }));
  const saved = await c.put('/api/economics/rates', { version: null, rates });
  expect(saved.statusCode, saved.body).toBe(200);
  return { packageId: pkg.id, measureId: measure.id, goalId: goal.id };
}

/** A's ids per registry entity of the economics area, for the tenancy test. */
export function economicsIdsByEntity(e: SmallEconomics): Record<string, number[]> {
  return { 'measure-packages': [e.packageId], measures: [e.measureId], 'plan-goals': [e.goalId] };
}

/** Valid bodies for creating economics rows in B that point at A's rows (each must be refused). */
export function economicsRefBodies(e: SmallEconomics): Record<string, unknown> {
  return {
    measures: { packageId: e.packageId, name: 'B', kind: 'other', params: { annualCost: 0 }, startDate: null, endDate: null, status: 'later', reason: '', sortOrder: 1 },
  };
}

/** The tenancy case of each /api/economics route: null when B sees and changes nothing of A, else what leaked. */
export async function economicsRouteLeak(pb: Client, route: { method: string; url: string }, a: SmallEconomics, marker: string, documentText: (url: string) => Promise<string>): Promise<string | null> {
  const clean = (s: string, what: string) => (s.includes(marker) || s.includes('123456') ? `${what} showed A’s rows` : null);
  switch (`${route.method} ${route.url}`) {
    case 'GET /api/economics/rates':
    case 'GET /api/economics/basistilskudd':
    case 'GET /api/economics/kinds':
    case 'GET /api/economics/costs':
    case 'GET /api/economics/goals': {
      const res = await pb.get(route.url);
      if (res.statusCode !== 200) return `answered ${res.statusCode}`;
      if (route.url.endsWith('/costs')) {
        const one = await pb.get(`${route.url}?packageId=${a.packageId}`);
        if (one.statusCode !== 404) return `answered ${one.statusCode} for A’s package`;
      }
      return clean(res.body, route.url);
    }
    case 'GET /api/economics/plan.docx':
    case 'GET /api/economics/plan.pdf':
      return clean(await documentText(route.url), route.url);
    case 'PUT /api/economics/rates': {
      // A's table is at version 1; B has none, so B's write at version 1 is stale and must not touch A's.
      const res = await pb.put(route.url, { version: 1, rates: [{ ...(await pb.get(route.url)).json().rates[0], name: 'Kapret' }] });
      return res.statusCode === 409 && !res.body.includes(marker) ? null : `answered ${res.statusCode}`;
    }
    case 'POST /api/economics/measures/from-preset': {
      const res = await pb.post(route.url, { packageId: a.packageId, preset: 'larvik' });
      return res.statusCode === 400 && res.json().error.code === 'invalid_reference' ? null : `answered ${res.statusCode} for A’s package`;
    }
    default:
      return 'no tenancy case for this route';
  }
}
