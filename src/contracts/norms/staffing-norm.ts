import { z } from 'zod';
import { ZDate, ZId, ZText, ZVersion } from '../common.ts';
import type { ActivityUnit } from '../../domain/norms/index.ts';
import { ZChoice, ZNote, ZNumber } from './fields.ts';

export const ACTIVITY_UNITS = ['position_week', 'long_term_year', 'short_term_stay', 'short_term_week'] as const satisfies readonly ActivityUnit[];
export const ACTIVITY_UNIT_LABELS: Record<ActivityUnit, string> = {
  position_week: 'Timer per uke i hel stilling (ikke-klinisk)',
  long_term_year: 'Timer per langtidspasient per år',
  short_term_stay: 'Timer per korttidsopphold',
  short_term_week: 'Timer per korttidspasient per uke',
};

/** Body of POST/PUT /api/registry/staffing-norms: a version of the municipality's norm, from a date. */
export const ZStaffingNormInput = z.strictObject({
  validFrom: ZDate,
  name: ZText(200),
  source: ZNote(1000),
  weeklyHours: ZNumber({ min: 0, max: 80, decimals: 2, aboveMin: true, minMessage: 'Må være større enn 0 timer' }),
  nonClinicalShare: ZNumber({ min: 0, max: 0.95, decimals: 4, minMessage: 'Kan ikke være negativ', maxMessage: 'Høyst 95 % (noe av stillingen må være klinisk)' }),
  workingWeeks: ZNumber({ min: 0, max: 52, decimals: 1, aboveMin: true, minMessage: 'Må være større enn 0 uker', maxMessage: 'Høyst 52 uker' }),
});
export const ZStaffingNorm = ZStaffingNormInput.extend({ id: ZId, version: ZVersion });

/** Body of POST/PUT /api/registry/norm-activities: one row of a norm version's activity table. */
export const ZNormActivityInput = z.strictObject({
  normId: ZId,
  activity: ZText(200),
  hours: ZNumber({ min: 0, max: 1000, decimals: 3 }),
  unit: ZChoice(ACTIVITY_UNITS, 'Velg hva timene gjelder per: uke i hel stilling, langtidspasient per år, korttidsopphold eller korttidspasient per uke'),
  comment: ZNote(1000),
  reference: ZNote(1000),
  sortOrder: z.number({ error: 'Må være et tall' }).int('Må være et heltall').min(0, 'Kan ikke være negativ').max(10_000, 'Høyst 10 000'),
});
export const ZNormActivity = ZNormActivityInput.extend({ id: ZId, version: ZVersion });

/** Body of POST /api/norms/versions: a new dated norm version copied from one of the municipality's or from the shipped Nfas 2020 default. */
export const ZCreateNormVersionRequest = z.strictObject({
  validFrom: ZDate,
  name: ZText(200),
  copyOf: z.union([z.literal('nfas-2020'), z.number().int().positive().max(2_147_483_647)], { error: 'Oppgi en normversjon (id) eller «nfas-2020»' }),
});

export type TStaffingNormInput = z.infer<typeof ZStaffingNormInput>;
export type TStaffingNorm = z.infer<typeof ZStaffingNorm>;
export type TNormActivityInput = z.infer<typeof ZNormActivityInput>;
export type TNormActivity = z.infer<typeof ZNormActivity>;
export type TCreateNormVersionRequest = z.infer<typeof ZCreateNormVersionRequest>;
