import { z } from 'zod';
import { ZDate, ZId } from '../common.ts';
import { ZChoice, ZNote } from '../norms/index.ts';
import { ARENAS, type Arena } from '../../domain/training/index.ts';

export const ARENA_LABELS: Record<Arena, string> = {
  open_practice: 'Åpen uselektert allmennpraksis',
  institution: 'Institusjon',
  other_general: 'Annen allmennmedisinsk tjeneste',
};

/** Body of POST/PUT /api/registry/alis-periods: service done in one arena of the plan (no end = ongoing). */
export const ZAlisPeriodInput = z
  .strictObject({
    agreementId: ZId,
    arena: ZChoice(ARENAS, 'Velg arena'),
    fromDate: ZDate,
    toDate: ZDate.nullable(),
    place: ZNote(200),
  })
  .refine((p) => p.toDate === null || p.toDate >= p.fromDate, { path: ['toDate'], message: 'Kan ikke være før fra-datoen' });
export type TAlisPeriodInput = z.infer<typeof ZAlisPeriodInput>;
export type TAlisPeriod = TAlisPeriodInput & { id: number; version: number };
