import { z } from 'zod';
import { ZDate, ZId, ZText, ZVersion } from '../common.ts';

export const SEXES = ['F', 'M'] as const;
export const SEX_LABELS: Record<(typeof SEXES)[number], string> = { F: 'Kvinne', M: 'Mann' };

/** Body of POST /api/registry/doctors and (with version) PUT /api/registry/doctors/:id. */
export const ZDoctorInput = z
  .strictObject({
    name: ZText(200),
    birthYear: z.number({ error: 'Må være et årstall' }).int('Må være et heltall').min(1920, 'Tidligst 1920').max(2010, 'Senest 2010'),
    sex: z.enum(SEXES),
    specialistGp: z.boolean(),
    specialistSince: ZDate.nullable(),
    authorisedDate: ZDate,
    inSpecialisation: z.boolean(),
  })
  .superRefine((d, ctx) => {
    if (d.specialistGp && d.specialistSince === null)
      ctx.addIssue({ code: 'custom', path: ['specialistSince'], message: 'Oppgi når legen ble spesialist' });
    if (!d.specialistGp && d.specialistSince !== null)
      ctx.addIssue({ code: 'custom', path: ['specialistSince'], message: 'Kan bare fylles ut for spesialister' });
    if (d.specialistGp && d.inSpecialisation)
      ctx.addIssue({ code: 'custom', path: ['inSpecialisation'], message: 'En spesialist kan ikke samtidig være i spesialisering' });
    if (d.specialistSince !== null && d.specialistSince < d.authorisedDate)
      ctx.addIssue({ code: 'custom', path: ['specialistSince'], message: 'Kan ikke være før autorisasjonsdato' });
    if (Number(d.authorisedDate.slice(0, 4)) < d.birthYear + 20)
      ctx.addIssue({ code: 'custom', path: ['authorisedDate'], message: 'Autorisasjon før fylte 20 år er ikke mulig' });
  });
export const ZDoctor = z.object({
  id: ZId,
  version: ZVersion,
  name: z.string(),
  birthYear: z.number(),
  sex: z.enum(SEXES),
  specialistGp: z.boolean(),
  specialistSince: z.string().nullable(),
  authorisedDate: z.string(),
  inSpecialisation: z.boolean(),
});
export type TDoctorInput = z.infer<typeof ZDoctorInput>;
export type TDoctor = z.infer<typeof ZDoctor>;
