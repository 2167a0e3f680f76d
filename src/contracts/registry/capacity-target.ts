import { z } from 'zod';
import { ZCount, ZDate, ZId, ZVersion } from '../common.ts';

/** The municipality's free-capacity rule from a date. Body of POST/PUT /api/registry/capacity-targets. */
export const ZCapacityTargetInput = z
  .strictObject({
    validFrom: ZDate,
    freeShareTarget: z.number({ error: 'Må være et tall' }).min(0, 'Kan ikke være negativ').max(0.5, 'Høyst 50 %').nullable(),
    freePlacesMin: ZCount(100000).nullable(),
  })
  .refine((t) => t.freeShareTarget !== null || t.freePlacesMin !== null, {
    path: ['freeShareTarget'],
    message: 'Oppgi en andel, et antall plasser eller begge',
  });
export const ZCapacityTarget = z.object({
  id: ZId,
  version: ZVersion,
  validFrom: z.string(),
  freeShareTarget: z.number().nullable(),
  freePlacesMin: z.number().nullable(),
});
export type TCapacityTargetInput = z.infer<typeof ZCapacityTargetInput>;
export type TCapacityTarget = z.infer<typeof ZCapacityTarget>;
