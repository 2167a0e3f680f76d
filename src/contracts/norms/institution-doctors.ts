import { z } from 'zod';
import { ZId, ZText, ZVersion } from '../common.ts';
import type { Specialty } from '../../domain/norms/index.ts';
import { ZChoice, ZNumber } from './fields.ts';

export const SPECIALTIES = ['none', 'general_practice', 'geriatrics', 'psychiatry', 'internal_medicine', 'other'] as const satisfies readonly Specialty[];
export const SPECIALTY_LABELS: Record<Specialty, string> = {
  none: 'Ingen spesialitet',
  general_practice: 'Allmennmedisin',
  geriatrics: 'Geriatri',
  psychiatry: 'Psykiatri',
  internal_medicine: 'Indremedisin',
  other: 'Annen spesialitet',
};

/** Body of POST/PUT /api/registry/institution-doctors: a doctor serving the institutions, with specialist status. */
export const ZInstitutionDoctorInput = z
  .strictObject({
    name: ZText(200),
    specialty: ZChoice(SPECIALTIES, 'Velg spesialitet (eller ingen)'),
    inSpecialisation: z.boolean({ error: 'Velg ja eller nei' }),
  })
  .refine((d) => !(d.specialty === 'general_practice' && d.inSpecialisation), {
    path: ['inSpecialisation'],
    message: 'En spesialist i allmennmedisin kan ikke samtidig være i spesialisering i allmennmedisin',
  });
export const ZInstitutionDoctor = z.object({ id: ZId, version: ZVersion, name: z.string(), specialty: z.enum(SPECIALTIES), inSpecialisation: z.boolean() });

/** Body of POST/PUT /api/registry/institution-staffing: how many FTE a doctor serves at an institution. */
export const ZStaffingInput = z.strictObject({
  institutionDoctorId: ZId,
  institutionId: ZId,
  fte: ZNumber({ min: 0, max: 1, decimals: 3, aboveMin: true, minMessage: 'Må være større enn 0', maxMessage: 'Høyst 1 årsverk per institusjon' }),
});
export const ZStaffing = ZStaffingInput.extend({ id: ZId, version: ZVersion });

export type TInstitutionDoctorInput = z.infer<typeof ZInstitutionDoctorInput>;
export type TInstitutionDoctor = z.infer<typeof ZInstitutionDoctor>;
export type TStaffingInput = z.infer<typeof ZStaffingInput>;
export type TStaffing = z.infer<typeof ZStaffing>;
