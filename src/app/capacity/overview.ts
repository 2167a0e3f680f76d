import { overview, type Overview } from '../../domain/capacity/index.ts';
import type { Queryable } from '../../db/connection.ts';
import { loadCapacityFacts } from '../../db/repositories/facts.ts';

/** The Oversikt figures of a municipality: the one function the page and the CLI read. */
export async function getOverview(db: Queryable, kommuneId: number): Promise<Overview> {
  return overview(await loadCapacityFacts(db, kommuneId));
}
