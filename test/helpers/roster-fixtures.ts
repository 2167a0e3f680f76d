import { expect } from 'vitest';
import type { Client } from './app.ts';

async function created(res: Promise<{ statusCode: number; json(): unknown; body: string }>): Promise<number> {
  const r = await res;
  expect(r.statusCode, r.body).toBe(201);
  return (r.json() as { id: number }).id;
}

/** One legevakt template, exemption and absence for `doctorId`, through the API; ids by registry entity. */
export async function buildSmallRoster(c: Client, doctorId: number, marker = 'Test'): Promise<Record<string, number[]>> {
  return {
    'duty-templates': [await created(c.post('/api/registry/duty-templates', { name: `${marker} natt`, kind: 'night', startTime: '23:00', endTime: '08:00', runDays: 'all', doctors: 1, alone: true, load: 1 }))],
    'legevakt-exemptions': [await created(c.post('/api/registry/legevakt-exemptions', { doctorId, kind: 'night', reason: 'age', decidedBy: 'Fritaksutvalget', decidedOn: '2026-11-01', validFrom: '2027-01-01', validTo: null }))],
    'legevakt-unavailability': [await created(c.post('/api/registry/legevakt-unavailability', { doctorId, dateFrom: '2027-07-01', dateTo: '2027-07-21', note: `${marker} ferie` }))],
  };
}

/** Bodies that refer to municipality A's doctor: creating them in B must be refused. */
export function rosterRefBodies(aDoctorId: number): Record<string, unknown> {
  return {
    'legevakt-exemptions': { doctorId: aDoctorId, kind: 'night', reason: 'health', decidedBy: 'B', decidedOn: '2026-11-01', validFrom: '2027-01-01', validTo: null },
    'legevakt-unavailability': { doctorId: aDoctorId, dateFrom: '2027-01-01', dateTo: '2027-01-02', note: '' },
  };
}
