import type { TCostsResponse } from '../../contracts/economics/index.ts';
import { compareWithDoingNothing, packageCost, packageYears, type CostContext } from '../../domain/economics/index.ts';
import { DomainError } from '../../domain/errors.ts';
import type { Queryable } from '../../db/connection.ts';
import { loadPackages, loadSubsidyFacts } from '../../db/repositories/economics-facts.ts';
import { getRateTable } from './rate-table.ts';
import { currentMonth } from '../../domain/capacity/index.ts';

/** What the measures are costed from: the rate table and the self-employed GPs' lists on the latest month. */
async function costContext(db: Queryable, kommuneId: number): Promise<{ ctx: CostContext; asOf: string | null; positions: number }> {
  const [{ rates }, facts] = await Promise.all([getRateTable(db, kommuneId), loadSubsidyFacts(db, kommuneId)]);
  const asOf = currentMonth(facts.snapshots).month;
  const selfEmployed = new Set(facts.positions.filter((p) => p.orgForm === 'self_employed').map((p) => p.id));
  const latest = facts.snapshots.filter((s) => s.month === asOf && s.listCap > 0);
  return {
    ctx: { rates, lists: latest.filter((s) => selfEmployed.has(s.positionId)).map((s) => ({ patients: s.listLength, listCap: s.listCap })) },
    asOf,
    positions: latest.length,
  };
}

/** Every package (or one) costed by year, and side by side with doing nothing (agencies covering a share of positions). */
export async function getCosts(
  db: Queryable,
  kommuneId: number,
  q: { packageId?: number; years?: number; agencyShare?: number; agencyPricePerMonth?: number },
): Promise<TCostsResponse> {
  const [{ ctx, asOf, positions }, all] = await Promise.all([costContext(db, kommuneId), loadPackages(db, kommuneId)]);
  const chosen = q.packageId === undefined ? all : all.filter((p) => p.id === q.packageId);
  if (q.packageId !== undefined && chosen.length === 0) throw new DomainError('not_found', `Fant ikke tiltakspakke ${q.packageId}`);
  const packages = chosen.map((p) => packageCost(p, ctx, packageYears(p.startDate, q.years ?? 4)));
  const agencyShare = q.agencyShare ?? 0.1;
  const agencyPricePerMonth = q.agencyPricePerMonth ?? 200_000_00;
  const agencyPositions = Math.round(agencyShare * positions);
  const doingNothing = { label: `Ingen tiltak: vikarbyrå for ${Math.round(agencyShare * 100)} % av hjemlene (${agencyPositions})`, fullYear: agencyPositions * agencyPricePerMonth * 12, positions: agencyPositions || null };
  const alternatives = packages.flatMap((p) => [
    { label: `${p.name} (anbefalte tiltak)`, fullYear: p.totalFullYear, positions: null },
    ...p.outside.map((l) => ({ label: `${l.name} (${l.status === 'rejected' ? 'forkastet' : 'senere'})`, fullYear: l.fullYear, positions: null })),
  ]);
  return {
    asOf,
    positions,
    selfEmployedLists: ctx.lists.length,
    packages,
    compare: { ...compareWithDoingNothing(doingNothing, alternatives), agencyPositions, agencyShare, agencyPricePerMonth },
  };
}

