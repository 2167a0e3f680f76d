import { addMonths, basistilskudd, type SubsidyReport } from '../../domain/economics/index.ts';
import type { Queryable } from '../../db/connection.ts';
import { loadComposition, loadSubsidyFacts } from '../../db/repositories/economics-facts.ts';
import type { Scope } from '../../db/scope.ts';
import { getRateTable } from './rate-table.ts';
import { currentMonth } from '../../domain/capacity/index.ts';

/** Basistilskudd by position and month for [from, to] (default: the 12 months up to the latest count). */
export async function getSubsidyReport(db: Queryable, scope: Scope, q: { from?: string; to?: string }): Promise<SubsidyReport & { compositionFromPopulation: boolean }> {
  const [{ rates }, facts] = await Promise.all([getRateTable(db, scope.kommuneId), loadSubsidyFacts(db, scope.kommuneId)]);
  const to = q.to ?? currentMonth(facts.snapshots).month;
  if (to === null) return { months: [], positions: [], totalsByMonth: [], total: 0, ratesUsed: [], compositionFromPopulation: false };
  const from = q.from ?? addMonths(to, -11);
  const months: string[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) months.push(m);
  const weighted = rates.some((r) => r.model.kind === 'weighted');
  const composition = weighted ? await loadComposition(db, scope.kommuneId) : null;
  const report = basistilskudd({ rates, positions: facts.positions, snapshots: facts.snapshots, months, composition });
  // A doctor-role user sees the totals, not each colleague's list and payment.
  return { ...report, positions: scope.ownDoctorId === null ? report.positions : [], compositionFromPopulation: composition !== null };
}

