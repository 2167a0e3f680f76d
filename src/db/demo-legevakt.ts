import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import type { Queryable } from './connection.ts';
import { insert, must } from './demo-norms.ts';
import { ROSTER_ENTITIES } from './repositories/roster-entities.ts';
import { TRAINING_ENTITIES } from './repositories/training-entities.ts';

type Fields = Record<string, unknown>;

/** The shape of data/demo/legevakt/<kommune-nr>.json: a demo municipality's legevakt (all synthetic). */
export interface DemoLegevakt {
  kommuneNr: string;
  about: string;
  templates: Fields[];
  participants: (Fields & { doctorKey: string })[];
  exemptions: (Fields & { doctorKey: string })[];
  unavailability: (Fields & { doctorKey: string })[];
  wishes: (Fields & { doctorKey: string; templateName: string | null })[];
  courses: (Fields & { doctorKey: string })[];
}

/** Loads the legevakt part of a demo municipality (data/demo/legevakt/<nr>.json when there is one), every row through its contract. */
export async function loadDemoLegevakt(tx: Queryable, kommuneId: number, kommuneNr: string, doctors: ReadonlyMap<string, number>): Promise<void> {
  const file = new URL(`../../data/demo/legevakt/${kommuneNr}.json`, import.meta.url);
  if (!existsSync(file)) return;
  const demo = JSON.parse(await readFile(file, 'utf8')) as DemoLegevakt;
  const e = ROSTER_ENTITIES;
  const doctor = (key: string) => must(doctors, key, 'doctor');
  const templates = new Map<string, number>();
  for (const t of demo.templates) templates.set(t.name as string, await insert(tx, e['duty-templates'], kommuneId, t));
  for (const { doctorKey, ...c } of demo.courses) await insert(tx, TRAINING_ENTITIES['doctor-courses'], kommuneId, { ...c, doctorId: doctor(doctorKey) });
  for (const { doctorKey, ...p } of demo.participants) await insert(tx, e['legevakt-participants'], kommuneId, { ...p, doctorId: doctor(doctorKey) });
  for (const { doctorKey, ...x } of demo.exemptions) await insert(tx, e['legevakt-exemptions'], kommuneId, { ...x, doctorId: doctor(doctorKey) });
  for (const { doctorKey, ...u } of demo.unavailability) await insert(tx, e['legevakt-unavailability'], kommuneId, { ...u, doctorId: doctor(doctorKey) });
  for (const { doctorKey, templateName, ...w } of demo.wishes) {
    await insert(tx, e['legevakt-wishes'], kommuneId, { ...w, doctorId: doctor(doctorKey), templateId: templateName === null ? null : must(templates, templateName, 'template') });
  }
}
