import { z } from 'zod';
import { ZDate } from '../common.ts';
import { ZNumber } from './fields.ts';

/** A year in a query string. */
export const ZYear = z.coerce.number({ error: 'Må være et årstall' }).int('Må være et heltall').min(2000, 'Tidligst 2000').max(2100, 'Senest 2100');

/** A what-if scale on every unit's length of stay (0.8 = stays 20 % shorter). */
export const ZStayScale = z.coerce
  .number({ error: 'Må være et tall' })
  .gt(0, 'Må være større enn 0')
  .max(5, 'Høyst 5 (fem ganger så lange opphold)');

/** Query of GET /api/norms/gap and /api/norms/gap.pdf: the year (default this year) and an optional scale on every stay. */
export const ZGapQuery = z.strictObject({ year: ZYear.optional(), stayScale: ZStayScale.optional() });

/** Body of POST /api/norms/gap/what-if: scale every stay, and/or set the stay of some units outright. */
export const ZGapWhatIfRequest = z.strictObject({
  year: ZYear.optional(),
  stayScale: ZNumber({ min: 0, max: 5, decimals: 4, aboveMin: true, minMessage: 'Må være større enn 0' }).default(1),
  stays: z
    .array(
      z.strictObject({
        unitId: z.number({ error: 'Må være et tall' }).int().positive(),
        avgStayDays: ZNumber({ min: 0, max: 3650, decimals: 2, aboveMin: true, minMessage: 'Må være større enn 0 døgn', maxMessage: 'Høyst 3 650 døgn' }),
      }),
      { error: 'Må være en liste' },
    )
    .max(1000, 'Høyst 1 000 avdelinger')
    .default([]),
});

/** Query of GET /api/norms/allocation and /api/norms/gp-tasks: the date (default today). */
export const ZDateQuery = z.strictObject({ date: ZDate.optional() });

/** Query of GET /api/norms/ohd: the period of requests (default: all up to today); beds are counted on its last day. */
export const ZOhdQuery = z
  .strictObject({ fromDate: ZDate.optional(), toDate: ZDate.optional() })
  .refine((q) => q.fromDate === undefined || q.toDate === undefined || q.fromDate <= q.toDate, { path: ['toDate'], message: 'Kan ikke være før fra-datoen' });

export const EXPORT_TABLES = ['gap-institutions', 'gap-units', 'gap-years', 'allocation', 'allocation-areas', 'gp-tasks', 'ohd-months', 'ohd-criteria', 'ohd-referrers'] as const;
export type TExportTable = (typeof EXPORT_TABLES)[number];

/** Query of GET /api/norms/export.xlsx: which computed table, with the same options as its view. */
export const ZExportQuery = z.strictObject({
  table: z.enum(EXPORT_TABLES, { error: `Velg tabell: ${EXPORT_TABLES.join(', ')}` }),
  year: ZYear.optional(),
  stayScale: ZStayScale.optional(),
  date: ZDate.optional(),
  fromDate: ZDate.optional(),
  toDate: ZDate.optional(),
});

export type TGapWhatIfRequest = z.input<typeof ZGapWhatIfRequest>;
