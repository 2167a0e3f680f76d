import { z } from 'zod';
import { ZDate, ZId, ZVersion } from '../common.ts';
import { MUNICIPAL_TASK_AREAS, type GpTaskBasis } from '../../domain/norms/index.ts';
import { ZChoice, ZNote, ZNumber } from './fields.ts';

export const GP_TASK_BASES = ['obligation', 'agreement'] as const satisfies readonly GpTaskBasis[];
export const GP_TASK_BASIS_LABELS: Record<GpTaskBasis, string> = {
  obligation: 'Tilplikting (teller mot grensen på 7,5 t/uke)',
  agreement: 'Frivillig avtale (f.eks. 20 % helsestasjon)',
};

/** Body of POST/PUT /api/registry/gp-tasks: a municipal task assigned to a GP, in hours per week, from a date. */
export const ZGpTaskInput = z
  .strictObject({
    doctorId: ZId,
    area: ZChoice(MUNICIPAL_TASK_AREAS, 'Velg område'),
    hoursPerWeek: ZNumber({ min: 0, max: 37.5, decimals: 4, aboveMin: true, minMessage: 'Må være større enn 0 timer', maxMessage: 'Høyst 37,5 timer' }),
    basis: ZChoice(GP_TASK_BASES, 'Velg tilplikting eller frivillig avtale'),
    fromDate: ZDate,
    toDate: ZDate.nullable(),
    note: ZNote(500),
  })
  .refine((t) => t.toDate === null || t.toDate >= t.fromDate, { path: ['toDate'], message: 'Kan ikke være før fra-datoen' });
export const ZGpTask = z.object({
  id: ZId,
  version: ZVersion,
  doctorId: z.number(),
  area: z.enum(MUNICIPAL_TASK_AREAS),
  hoursPerWeek: z.number(),
  basis: z.enum(GP_TASK_BASES),
  fromDate: z.string(),
  toDate: z.string().nullable(),
  note: z.string(),
});

export type TGpTaskInput = z.infer<typeof ZGpTaskInput>;
export type TGpTask = z.infer<typeof ZGpTask>;
