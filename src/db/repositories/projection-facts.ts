import { DomainError } from '../../domain/errors.ts';
import { currentMonth } from '../../domain/capacity/index.ts';
import { projectionPositions, seriesFromRows, type ProjectionFacts } from '../../domain/projection/index.ts';
import type { Queryable } from '../connection.ts';
import { loadCapacityFacts } from './facts.ts';
import { loadPopulationRows } from './population.ts';

/** The municipality's number and name. */
export async function findKommuneById(db: Queryable, kommuneId: number): Promise<{ nr: string; name: string }> {
  const [kommune] = await db.query<{ nr: string; name: string }>(`SELECT nr, name FROM kommune WHERE id = $1`, [kommuneId]);
  if (!kommune) throw new DomainError('not_found', `Fant ikke kommune ${kommuneId}`);
  return kommune;
}

/** Everything the projection reads about one municipality: today's positions and GPs, listed-elsewhere figures, population, rules. */
export async function loadProjectionFacts(db: Queryable, kommuneId: number): Promise<ProjectionFacts> {
  const kommune = await findKommuneById(db, kommuneId);
  const capacity = await loadCapacityFacts(db, kommuneId);
  const baseMonth = currentMonth(capacity.snapshots).month;
  if (baseMonth === null) {
    throw new DomainError('invalid_input', 'Dimensjoneringen trenger dagens lister: registrer listetall (listelengde og listetak) for minst én måned først.');
  }
  const [month] = await db.query<{ listedElsewhere: number; listedNonResidents: number }>(
    `SELECT listed_elsewhere AS "listedElsewhere", listed_non_residents AS "listedNonResidents"
       FROM kommune_month WHERE kommune_id = $1 AND month <= $2 ORDER BY month DESC LIMIT 1`,
    [kommuneId, baseMonth],
  );
  return {
    kommuneNr: kommune.nr,
    kommuneName: kommune.name,
    baseMonth,
    positions: projectionPositions({ month: baseMonth, ...capacity }),
    listedElsewhere: month?.listedElsewhere ?? null,
    listedNonResidents: month?.listedNonResidents ?? null,
    population: seriesFromRows(await loadPopulationRows(db, kommuneId, kommune.nr)),
    targets: capacity.targets,
  };
}
