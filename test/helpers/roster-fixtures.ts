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

export interface SmallLegevakt {
  doctorIds: number[];
  templates: { day: number; night: number; backup: number };
}

/**
 * A small legevakt through the API: a weekday day shift, a night every day and a backup; every doctor of
 * `doctorIds` takes part with share 1 and has both courses, except the last, who lacks the violence/abuse course
 * (not competent alone: needs a backup). `away` is unavailable on `awayDate`.
 */
export async function buildLegevakt(c: Client, doctorIds: number[], o: { marker?: string; away?: number; awayDate?: string } = {}): Promise<SmallLegevakt> {
  const marker = o.marker ?? 'Vakt';
  const template = (name: string, kind: string, startTime: string, endTime: string, runDays: string, doctors: number, alone: boolean) =>
    created(c.post('/api/registry/duty-templates', { name: `${marker} ${name}`, kind, startTime, endTime, runDays, doctors, alone, load: 1 }));
  const templates = {
    day: await template('dag', 'day', '08:00', '15:30', 'weekdays', 1, true),
    night: await template('natt', 'night', '23:00', '08:00', 'all', 1, true),
    backup: await template('bakvakt', 'backup', '08:00', '08:00', 'all', 0, false),
  };
  for (const [i, doctorId] of doctorIds.entries()) {
    await created(c.post('/api/registry/doctor-courses', { doctorId, course: 'acute_medicine', title: 'Akuttmedisin', dueDate: null, completedDate: '2025-03-01' }));
    if (i < doctorIds.length - 1) await created(c.post('/api/registry/doctor-courses', { doctorId, course: 'violence_abuse', title: 'Vold og overgrep', dueDate: null, completedDate: '2024-03-01' }));
    await created(c.post('/api/registry/legevakt-participants', { doctorId, role: 'gp', share: 1, shiftsBefore: 50, maxPerWeek: null, maxPerMonth: null, active: true }));
  }
  if (o.away !== undefined) await created(c.post('/api/registry/legevakt-unavailability', { doctorId: o.away, dateFrom: o.awayDate, dateTo: o.awayDate, note: 'Kurs' }));
  return { doctorIds, templates };
}
