import { capacityTimeline } from '../../domain/capacity/index.ts';
import type { Queryable } from '../../db/connection.ts';
import { ENTITIES } from '../../db/entities.ts';
import { loadCapacityFacts } from '../../db/repositories/facts.ts';
import { listRows } from '../../db/repositories/registry.ts';
import type { Scope } from '../../db/scope.ts';

/** Capacity over time, per office and in total, with the offices' names. */
export async function getCapacityTimeline(db: Queryable, scope: Scope) {
  const facts = await loadCapacityFacts(db, scope.kommuneId);
  const offices = (await listRows(db, ENTITIES.offices, { ...scope, ownDoctorId: null })).map((o) => ({ id: o.id, name: String(o.name) }));
  return { offices, months: capacityTimeline(facts) };
}
