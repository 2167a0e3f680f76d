import { z } from 'zod';
import { ZDate, ZId, ZVersion } from '../common.ts';
import { OHD_CRITERIA, type OhdCriterion, type OhdReferrer } from '../../domain/norms/index.ts';
import { ZChoice, ZNote } from './fields.ts';

export const OHD_REFERRERS = ['gp', 'legevakt', 'institution', 'hospital_emergency', 'other'] as const satisfies readonly OhdReferrer[];
export const OHD_REFERRER_LABELS: Record<OhdReferrer, string> = {
  gp: 'Fastlege',
  legevakt: 'Legevaktlege',
  institution: 'Lege ved kommunal institusjon',
  hospital_emergency: 'Akuttmottaket (diagnostisk sløyfe)',
  other: 'Annen',
};
/** The five ØHD admission criteria as S §3.2 words them. */
export const OHD_CRITERION_LABELS: Record<OhdCriterion, string> = {
  criterionAcute: 'Pasienten har en avgrenset akutt medisinsk problemstilling',
  criterionHomeCare: 'Medisinsk behandling kan ikke ivaretas av hjemmesykepleie',
  criterionHomeSoon: 'Pasienten er klar til hjemreise innen 3–5 virkedager',
  criterionAsGood: 'ØHD er like bra eller bedre enn sykehusinnleggelse',
  criterionExamined: 'Pasienten er tilsett av fastlege før innleggelse',
};

// A national identity number (11 digits) must never be stored: the record is about the request, not the patient.
const identityNumber = /\d{6}\s?\d{5}/;

const criteria = Object.fromEntries(OHD_CRITERIA.map((c) => [c, z.boolean({ error: 'Kryss av ja eller nei' })])) as Record<OhdCriterion, z.ZodBoolean>;

/** Body of POST/PUT /api/registry/ohd-requests: one request for an ØHD bed as a checklist, with no patient identity. */
export const ZOhdRequestInput = z
  .strictObject({
    requestDate: ZDate,
    referrer: ZChoice(OHD_REFERRERS, 'Velg hvem som henviste'),
    ...criteria,
    admitted: z.boolean({ error: 'Velg om pasienten ble lagt inn' }),
    reason: ZNote(500).refine((r) => !identityNumber.test(r), 'Skal ikke inneholde fødselsnummer eller andre pasientopplysninger'),
  })
  .superRefine((r, ctx) => {
    const allMet = OHD_CRITERIA.every((c) => r[c]);
    if (r.reason === '' && !r.admitted) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Oppgi hvorfor pasienten ikke ble lagt inn' });
    else if (r.reason === '' && !allMet) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'Oppgi hvorfor pasienten ble lagt inn uten at alle fem kriterier var oppfylt' });
  });
export const ZOhdRequest = z.object({
  id: ZId,
  version: ZVersion,
  requestDate: z.string(),
  referrer: z.enum(OHD_REFERRERS),
  ...Object.fromEntries(OHD_CRITERIA.map((c) => [c, z.boolean()])),
  admitted: z.boolean(),
  reason: z.string(),
});

export type TOhdRequestInput = z.infer<typeof ZOhdRequestInput>;
export type TOhdRequest = z.infer<typeof ZOhdRequest> & Record<OhdCriterion, boolean>;
