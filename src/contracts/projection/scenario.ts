import { z } from 'zod';
import type { ScenarioAssumptions } from '../../domain/projection/index.ts';
import { ZId, ZVersion } from '../common.ts';
import { POSITION_ORG_FORMS } from '../registry/position.ts';
import { formatInt } from '../../domain/format/index.ts';

const ZNumber = z.number({ error: 'Må være et tall' });
const ZInt = (min: number, max: number) => ZNumber.int('Må være et heltall').min(min, `Minst ${formatInt(min)}`).max(max, `Høyst ${formatInt(max)}`);
const ZShare = (max: number, maxText: string) => ZNumber.min(0, 'Kan ikke være negativ').max(max, maxText);
const ZList = ZInt(100, 5000);
const ZSeries = z.string().regex(/^(REG|[LMHK0]{4})$/, 'Oppgi et SSB-alternativ med fire bokstaver, f.eks. MMMM');

/** GP consultations per person by age band and sex (SSB 2023 by default). */
export const ZConsultationRates = z.strictObject({
  validFrom: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Dato må skrives ÅÅÅÅ-MM-DD'),
  source: z.string().trim().min(1, 'Må fylles ut').max(200, 'Høyst 200 tegn'),
  byAge: z
    .array(z.strictObject({ from: ZInt(0, 130), to: ZInt(0, 130).nullable(), rate: ZShare(50, 'Høyst 50') }))
    .min(1, 'Minst én aldersgruppe')
    .max(40, 'Høyst 40 aldersgrupper'),
  bySex: z.strictObject({ F: ZShare(50, 'Høyst 50'), M: ZShare(50, 'Høyst 50') }),
});

/** Every assumption of a scenario; the same shape the domain's project() takes. */
export const ZScenarioAssumptions = z.strictObject({
  horizonYears: ZInt(1, 40),
  populationSeries: ZSeries,
  uncertainty: z.strictObject({ lowSeries: ZSeries, highSeries: ZSeries }),
  needBasis: z.enum(['headcount', 'age-weighted'], 'Velg hoder eller aldersvektet'),
  gpShare: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('calibrated') }),
    z.strictObject({ kind: z.literal('fixed'), share: ZShare(1.5, 'Høyst 150 %').refine((x) => x > 0, 'Må være større enn 0') }),
  ]),
  requirement: z.strictObject({
    freeShareTarget: ZShare(0.5, 'Høyst 50 %').nullable(),
    freePlacesMin: ZInt(0, 1_000_000).nullable(),
  }),
  lists: z.strictObject({
    existing: z.enum(['current-caps', 'planned'], 'Velg dagens listetak eller planlagt liste'),
    plannedAverageList: ZList,
    byOrgForm: z.partialRecord(z.enum(POSITION_ORG_FORMS), ZList),
    alis: ZList.nullable(),
  }),
  retirementAge: ZInt(55, 80),
  otherDepartureRate: ZShare(1, 'Høyst 100 %'),
  refillRate: ZShare(1, 'Høyst 100 %'),
  newPositions: z
    .array(
      z.strictObject({
        year: ZInt(1900, 2200),
        count: ZInt(1, 500),
        orgForm: z.enum(POSITION_ORG_FORMS),
        alis: z.boolean(),
        note: z.string().trim().max(200, 'Høyst 200 tegn'),
      }),
    )
    .max(50, 'Høyst 50 linjer'),
  consultationRates: ZConsultationRates,
}) satisfies z.ZodType<ScenarioAssumptions>;

/** Body of POST /api/projection/scenarios and (with version) PUT /api/projection/scenarios/:id. */
export const ZScenarioInput = z.strictObject({
  name: z.string().trim().min(1, 'Må fylles ut').max(120, 'Høyst 120 tegn'),
  description: z.string().trim().max(1000, 'Høyst 1 000 tegn'),
  assumptions: ZScenarioAssumptions,
});
/** A saved scenario. */
export const ZScenario = ZScenarioInput.extend({ id: ZId, version: ZVersion });
export type TScenarioInput = z.infer<typeof ZScenarioInput>;
export type TScenario = z.infer<typeof ZScenario>;
