import type { TRateTableResponse, TSubsidyRate } from '../../contracts/economics/index.ts';
import { BASISTILSKUDD_RATES, validateRateTable } from '../../domain/economics/index.ts';
import type { Queryable } from '../../db/connection.ts';
import { loadRateTable, saveRateTable } from '../../db/repositories/economics-facts.ts';
import type { UseCaseContext } from '../context.ts';

/** The rate table in use: the municipality's own, else the shipped defaults. */
export async function getRateTable(db: Queryable, kommuneId: number): Promise<TRateTableResponse> {
  const own = await loadRateTable(db, kommuneId);
  return own ? { custom: true, version: own.version, rates: own.rates } : { custom: false, version: null, rates: [...BASISTILSKUDD_RATES] };
}

/** Replaces the rate table as a whole once its validity periods are consistent; refuses a stale version. */
export async function replaceRateTable(ctx: UseCaseContext, req: { version: number | null; rates: TSubsidyRate[] }): Promise<{ version: number }> {
  validateRateTable(req.rates);
  return saveRateTable(ctx, req.version, req.rates);
}
