import { expect } from 'vitest';
import type { Client } from './app.ts';

export interface SmallRegistry {
  officeId: number;
  positionIds: number[];
  doctorIds: number[];
  assignmentIds: number[];
  snapshotIds: number[];
}

async function created<T>(res: Promise<{ statusCode: number; json(): unknown; body: string }>): Promise<T & { id: number; version: number }> {
  const r = await res;
  expect(r.statusCode, r.body).toBe(201);
  return r.json() as T & { id: number; version: number };
}

/**
 * A small municipality through the API: one office, positions T-01…T-05 (caps 1 000–1 400), five doctors,
 * and list figures for Oct and Nov 2026. `marker` goes into names so a test can spot leaked rows.
 */
export async function buildSmallRegistry(c: Client, marker = 'Test'): Promise<SmallRegistry> {
  const office = await created(c.post('/api/registry/offices', { name: `${marker} legesenter`, address: `${marker}veien 1`, orgForm: 'private' }));
  const positionIds: number[] = [];
  const doctorIds: number[] = [];
  const assignmentIds: number[] = [];
  const snapshotIds: number[] = [];
  for (let i = 1; i <= 5; i++) {
    const cap = 900 + i * 100;
    const pos = await created(
      c.post('/api/registry/positions', { officeId: office.id, code: `T-0${i}`, orgForm: 'self_employed', listCap: cap, status: 'active', sharedList: false }),
    );
    positionIds.push(pos.id);
    const doc = await created(
      c.post('/api/registry/doctors', {
        name: `${marker} lege ${i} (syntetisk)`,
        birthYear: 1950 + i * 6,
        sex: i % 2 === 0 ? 'F' : 'M',
        specialistGp: i <= 3,
        specialistSince: i <= 3 ? '2012-05-01' : null,
        authorisedDate: '2006-01-15',
        inSpecialisation: i > 3,
      }),
    );
    doctorIds.push(doc.id);
    const link = await created(
      c.post('/api/registry/assignments', { positionId: pos.id, doctorId: doc.id, role: 'holder', fromDate: '2020-01-01', toDate: null }),
    );
    assignmentIds.push(link.id);
    for (const [month, length] of [['2026-10-01', cap - 20 * i], ['2026-11-01', cap - 10 * i]] as const) {
      const snap = await created(c.post('/api/registry/snapshots', { positionId: pos.id, month, listLength: length, listCap: cap, waitingList: i * 3 }));
      snapshotIds.push(snap.id);
    }
  }
  return { officeId: office.id, positionIds, doctorIds, assignmentIds, snapshotIds };
}
