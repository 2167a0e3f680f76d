import { z } from 'zod';
import { ZCount, ZDate, ZId, ZText, ZVersion } from '../common.ts';
import { ZChoice, ZNote, ZNumber } from '../norms/index.ts';
import { SHIFT_KINDS, type DoctorRole, type Exemption, type TemplateDays, type Wish } from '../../domain/roster/index.ts';

export { SHIFT_KIND_LABELS } from '../../domain/roster/index.ts';
export const TEMPLATE_DAYS = ['weekdays', 'weekends-and-holidays', 'all'] as const satisfies readonly TemplateDays[];
export const TEMPLATE_DAYS_LABELS: Record<TemplateDays, string> = { weekdays: 'Hverdager', 'weekends-and-holidays': 'Helg og helligdager', all: 'Alle dager' };
export const EXEMPTION_REASONS = ['age', 'health', 'social', 'other'] as const satisfies readonly Exemption['reason'][];
export const EXEMPTION_REASON_LABELS: Record<Exemption['reason'], string> = { age: 'Alder (60 år)', health: 'Helse', social: 'Sosiale grunner', other: 'Annet' };

const ZTime = z.string({ error: 'Må være et klokkeslett' }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Klokkeslett skrives TT:MM, f.eks. 08:00');

/** Body of POST/PUT /api/registry/duty-templates: a legevakt shift template (local time in Europe/Oslo). */
export const ZDutyTemplateInput = z.strictObject({
  name: ZText(200),
  /** The duty district the shift serves (SFS 2305 sets minimum doctors per district). */
  district: ZText(100).default('Legevakt'),
  kind: ZChoice(SHIFT_KINDS, 'Velg type vakt'),
  startTime: ZTime,
  endTime: ZTime,
  runDays: ZChoice(TEMPLATE_DAYS, 'Velg hvilke dager vakten går'),
  doctors: ZCount(50),
  alone: z.boolean({ error: 'Velg ja eller nei' }),
  load: ZNumber({ min: 0, max: 10, decimals: 2 }),
});
export const ZDutyTemplate = ZDutyTemplateInput.extend({ id: ZId, version: ZVersion });

/** Body of POST/PUT /api/registry/legevakt-exemptions: an exemption decided by the committee. */
export const ZLegevaktExemptionInput = z
  .strictObject({
    doctorId: ZId,
    kind: ZChoice(SHIFT_KINDS, 'Velg hvilken type vakt fritaket gjelder'),
    reason: ZChoice(EXEMPTION_REASONS, 'Velg grunnlag for fritaket'),
    decidedBy: ZText(200),
    decidedOn: ZDate,
    validFrom: ZDate,
    validTo: ZDate.nullable(),
  })
  .refine((x) => x.validTo === null || x.validTo >= x.validFrom, { path: ['validTo'], message: 'Fritaket kan ikke slutte før det begynner' });
export const ZLegevaktExemption = z.intersection(ZLegevaktExemptionInput, z.object({ id: ZId, version: ZVersion }));

/** Body of POST/PUT /api/registry/legevakt-unavailability: a period a doctor cannot take shifts. */
export const ZLegevaktUnavailabilityInput = z
  .strictObject({ doctorId: ZId, dateFrom: ZDate, dateTo: ZDate, note: ZNote(500) })
  .refine((x) => x.dateTo >= x.dateFrom, { path: ['dateTo'], message: 'Perioden kan ikke slutte før den begynner' });
export const ZLegevaktUnavailability = z.intersection(ZLegevaktUnavailabilityInput, z.object({ id: ZId, version: ZVersion }));

export type TDutyTemplateInput = z.infer<typeof ZDutyTemplateInput>;
export type TDutyTemplate = z.infer<typeof ZDutyTemplate>;
export type TLegevaktExemptionInput = z.infer<typeof ZLegevaktExemptionInput>;
export type TLegevaktExemption = z.infer<typeof ZLegevaktExemption>;
export type TLegevaktUnavailabilityInput = z.infer<typeof ZLegevaktUnavailabilityInput>;
export type TLegevaktUnavailability = z.infer<typeof ZLegevaktUnavailability>;

export const PARTICIPANT_ROLES = ['gp', 'employed', 'substitute', 'lis1', 'alis'] as const satisfies readonly DoctorRole[];
export const PARTICIPANT_ROLE_LABELS: Record<DoctorRole, string> = {
  gp: 'Fastlege (plikt)',
  employed: 'Ansatt legevaktlege',
  substitute: 'Vikar',
  lis1: 'LIS1',
  alis: 'ALIS',
};
const ZOptionalLimit = (max: number) => ZCount(max).nullable();

/**
 * Body of POST/PUT /api/registry/legevakt-participants: a doctor who takes part in the legevakt, with their share
 * of the load (list size ÷ 1000 or position percentage ÷ 100), the legevakt shifts done before Legeplan (for the
 * competence rule; later ones are counted from published rosters) and their own limits.
 */
export const ZLegevaktParticipantInput = z.strictObject({
  doctorId: ZId,
  role: ZChoice(PARTICIPANT_ROLES, 'Velg hvordan legen deltar'),
  share: ZNumber({ min: 0.01, max: 10, decimals: 2 }),
  shiftsBefore: ZCount(10000),
  maxPerWeek: ZOptionalLimit(7),
  maxPerMonth: ZOptionalLimit(31),
  active: z.boolean({ error: 'Velg ja eller nei' }),
});
export const ZLegevaktParticipant = ZLegevaktParticipantInput.extend({ id: ZId, version: ZVersion });

export const WISH_KINDS = ['want', 'avoid'] as const satisfies readonly Wish['kind'][];
export const WISH_KIND_LABELS: Record<Wish['kind'], string> = { want: 'Ønsker vakt', avoid: 'Ønsker fri' };

/** Body of POST/PUT /api/registry/legevakt-wishes: a doctor's wish for a date (a kind of shift, or any shift). */
export const ZLegevaktWishInput = z.strictObject({
  doctorId: ZId,
  wishDate: ZDate,
  kind: ZChoice(WISH_KINDS, 'Velg ønske'),
  templateId: ZId.nullable(),
});
export const ZLegevaktWish = ZLegevaktWishInput.extend({ id: ZId, version: ZVersion });

export type TLegevaktParticipantInput = z.infer<typeof ZLegevaktParticipantInput>;
export type TLegevaktParticipant = z.infer<typeof ZLegevaktParticipant>;
export type TLegevaktWishInput = z.infer<typeof ZLegevaktWishInput>;
export type TLegevaktWish = z.infer<typeof ZLegevaktWish>;

const ZWeight = (max: number) => ZNumber({ min: 0, max, decimals: 2 });

/**
 * Body of POST/PUT /api/registry/legevakt-settings: the municipality's own legevakt rules — minimum rest between
 * shifts, whether the day before a night must be free, how much a shift on a public holiday and on Christmas or
 * New Year weighs in holiday fairness, and how much each kind of fairness weighs against the others.
 */
export const ZLegevaktSettingsInput = z.strictObject({
  minRestHours: ZCount(24).refine((v) => v >= 8, 'Minst 8 timer (arbeidsmiljøloven)'),
  freeBeforeNight: z.boolean({ error: 'Velg ja eller nei' }),
  publicHolidayWeight: ZWeight(10),
  christmasWeight: ZWeight(10),
  fairLoad: ZWeight(100),
  fairNights: ZWeight(100),
  fairWeekends: ZWeight(100),
  fairHolidays: ZWeight(100),
});
export const ZLegevaktSettings = ZLegevaktSettingsInput.extend({ id: ZId, version: ZVersion });
export type TLegevaktSettingsInput = z.infer<typeof ZLegevaktSettingsInput>;
export type TLegevaktSettings = z.infer<typeof ZLegevaktSettings>;
