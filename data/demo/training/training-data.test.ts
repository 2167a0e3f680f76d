import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DemoTraining } from '../../../src/db/demo-training.ts';
import { TRAINING_ENTITIES } from '../../../src/db/repositories/training-entities.ts';

// The committed JSON is the data: these checks hold it to the plan's counts and the API's contracts, without a database.
const demo = JSON.parse(readFileSync(new URL('./3907.json', import.meta.url), 'utf8')) as DemoTraining;
const strip = (row: Record<string, unknown>, ...keys: string[]) => Object.fromEntries(Object.entries(row).filter(([k]) => !keys.includes(k)));

describe('Sandefjord demo training (data/demo/training/3907.json)', () => {
  it('has 12 ALIS with 6 + 1 supervisors and one LIS1 intake of 5, goal 6 (S §3.0, §5)', () => {
    expect(demo.agreements).toHaveLength(12);
    expect(new Set(demo.agreements.map((a) => a.doctorKey)).size).toBe(12);
    expect(new Set(demo.agreements.map((a) => a.supervisorKey)).size).toBe(7);
    expect(demo.lis1Placements).toHaveLength(5);
    expect(demo.lis1Intakes).toEqual([expect.objectContaining({ positions: 5, goalPositions: 6 })]);
  });

  it('holds only what the API would accept, and no patient data', () => {
    const e = TRAINING_ENTITIES;
    for (const a of demo.agreements) expect(e['alis-agreements'].input.safeParse({ ...strip(a, 'key', 'doctorKey', 'supervisorKey'), doctorId: 1, supervisorId: 2 }).success).toBe(true);
    for (const p of demo.periods) expect(e['alis-periods'].input.safeParse({ ...strip(p, 'agreementKey'), agreementId: 1 }).success).toBe(true);
    for (const s of demo.sessions) expect(e['supervision-sessions'].input.safeParse({ ...strip(s, 'agreementKey', 'confirmed'), agreementId: 1 }).success).toBe(true);
    for (const c of demo.courses) expect(e['doctor-courses'].input.safeParse({ ...strip(c, 'doctorKey'), doctorId: 1 }).success).toBe(true);
    for (const g of demo.learningGoals) expect(e['learning-goals'].input.safeParse(g).success).toBe(true);
    expect(demo.sessions.every((s) => !/\d{6}/.test(String(s.topic)))).toBe(true);
    expect(demo.lis1Placements.every((p) => String(p.name).endsWith('(syntetisk)'))).toBe(true);
  });
});
