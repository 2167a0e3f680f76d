import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import type { Queryable } from './connection.ts';
import { insert, must } from './demo-norms.ts';
import { TRAINING_ENTITIES } from './repositories/training-entities.ts';

type Fields = Record<string, unknown>;

/** The shape of data/demo/training/<kommune-nr>.json: a demo municipality's doctors in training (all synthetic). */
export interface DemoTraining {
  kommuneNr: string;
  about: string;
  agreements: (Fields & { key: string; doctorKey: string; supervisorKey: string })[];
  periods: (Fields & { agreementKey: string })[];
  sessions: (Fields & { agreementKey: string; confirmed: boolean })[];
  courses: (Fields & { doctorKey: string })[];
  learningGoals: Fields[];
  assessments: { agreementKey: string; goalCode: string; assessedDate: string; achieved: boolean; approved: boolean }[];
  lis1Intakes: (Fields & { key: string })[];
  lis1Placements: (Fields & { intakeKey: string; officeKey: string; supervisorKey: string })[];
}

/** Reads the demo training file of a municipality, or null when there is none. */
export async function readDemoTraining(kommuneNr: string): Promise<DemoTraining | null> {
  const file = new URL(`../../data/demo/training/${kommuneNr}.json`, import.meta.url);
  return existsSync(file) ? (JSON.parse(await readFile(file, 'utf8')) as DemoTraining) : null;
}

// Confirmations and approvals are the supervisor's and the leader's acts: the demo dates them two days after the fact.
const signedAt = (date: string) => `${date}T12:00:00Z`;

/** Loads a demo training file into a municipality (inside the demo loader's transaction), every row through its contract. */
export async function loadDemoTrainingFile(
  tx: Queryable,
  kommuneId: number,
  demo: DemoTraining,
  keys: { doctors: ReadonlyMap<string, number>; offices: ReadonlyMap<string, number> },
): Promise<void> {
  const e = TRAINING_ENTITIES;
  const doctor = (key: string) => must(keys.doctors, key, 'doctor');
  const agreements = new Map<string, number>();
  for (const { key, doctorKey, supervisorKey, ...a } of demo.agreements) {
    agreements.set(key, await insert(tx, e['alis-agreements'], kommuneId, { ...a, doctorId: doctor(doctorKey), supervisorId: doctor(supervisorKey) }));
  }
  const agreement = (key: string) => must(agreements, key, 'agreement');
  for (const { agreementKey, ...p } of demo.periods) await insert(tx, e['alis-periods'], kommuneId, { ...p, agreementId: agreement(agreementKey) });
  for (const { agreementKey, confirmed, ...s } of demo.sessions) {
    const id = await insert(tx, e['supervision-sessions'], kommuneId, { ...s, agreementId: agreement(agreementKey) });
    if (confirmed) await tx.query(`UPDATE supervision_session SET confirmed_at = $2 WHERE id = $1`, [id, signedAt(s.sessionDate as string)]);
  }
  for (const { doctorKey, ...c } of demo.courses) await insert(tx, e['doctor-courses'], kommuneId, { ...c, doctorId: doctor(doctorKey) });
  const goals = new Map<string, number>();
  for (const g of demo.learningGoals) goals.set(g.code as string, await insert(tx, e['learning-goals'], kommuneId, g));
  for (const a of demo.assessments) {
    await tx.query(
      `INSERT INTO goal_assessment (kommune_id, agreement_id, goal_id, assessed_date, achieved, approved_at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [kommuneId, agreement(a.agreementKey), must(goals, a.goalCode, 'learning goal'), a.assessedDate, a.achieved, a.approved ? signedAt(a.assessedDate) : null],
    );
  }
  const intakes = new Map<string, number>();
  for (const { key, ...i } of demo.lis1Intakes) intakes.set(key, await insert(tx, e['lis1-intakes'], kommuneId, i));
  for (const { intakeKey, officeKey, supervisorKey, ...p } of demo.lis1Placements) {
    await insert(tx, e['lis1-placements'], kommuneId, { ...p, intakeId: must(intakes, intakeKey, 'intake'), officeId: must(keys.offices, officeKey, 'office'), supervisorId: doctor(supervisorKey) });
  }
}

/** The training part of a demo municipality: data/demo/training/<nr>.json when there is one. */
export async function loadDemoTraining(tx: Queryable, kommuneId: number, kommuneNr: string, keys: { doctors: ReadonlyMap<string, number>; offices: ReadonlyMap<string, number> }): Promise<void> {
  const demo = await readDemoTraining(kommuneNr);
  if (demo) await loadDemoTrainingFile(tx, kommuneId, demo, keys);
}
