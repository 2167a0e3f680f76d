import { z } from 'zod';
import { ZCount, ZId, ZMonth, ZVersion } from '../common.ts';

/** Municipality-level figures of a month. Body of POST/PUT /api/registry/population. */
export const ZKommuneMonthInput = z.strictObject({
  month: ZMonth,
  population: ZCount(2_000_000),
  listedElsewhere: ZCount(2_000_000),
  listedNonResidents: ZCount(2_000_000),
});
export const ZKommuneMonth = ZKommuneMonthInput.extend({ id: ZId, version: ZVersion, month: z.string() });
export type TKommuneMonthInput = z.infer<typeof ZKommuneMonthInput>;
export type TKommuneMonth = z.infer<typeof ZKommuneMonth>;
