import { z } from 'zod';
import { ZDate, ZText } from '../common.ts';
import { ZNote } from '../norms/index.ts';
import type { SubsidyRate } from '../../domain/economics/index.ts';

const ZOre = z.number({ error: 'Må være et tall' }).int('Oppgis i hele øre').min(0, 'Kan ikke være negativt').max(10_000_000, 'Urimelig høy sats');
const ZPatients = z.number({ error: 'Må være et tall' }).int('Må være et heltall').min(0, 'Kan ikke være negativt').max(10_000, 'Høyst 10 000');

const ZWeight = z.strictObject({
  sex: z.enum(['F', 'M'], { error: 'Kjønn må være F eller M' }),
  ageFrom: z.number({ error: 'Må være et tall' }).int('Må være et heltall').min(0, 'Kan ikke være negativt').max(130, 'Høyst 130'),
  ageTo: z.number({ error: 'Må være et tall' }).int('Må være et heltall').min(0, 'Kan ikke være negativt').max(130, 'Høyst 130').nullable(),
  weight: z.number({ error: 'Må være et tall' }).min(0, 'Kan ikke være negativ').max(100, 'Høyst 100'),
});

const ZModel = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('flat'), ratePerPatient: ZOre }),
    z.strictObject({ kind: z.literal('banded'), bandLimit: ZPatients, rateUpTo: ZOre, rateAbove: ZOre }),
    z.strictObject({
      kind: z.literal('weighted'),
      basePrice: ZOre,
      municipalFactor: z.number({ error: 'Må være et tall' }).gt(0, 'Må være større enn 0').max(10, 'Høyst 10'),
      weights: z.array(ZWeight).min(2, 'Oppgi vekter for både kvinner og menn').max(200, 'Høyst 200 vekter'),
    }),
  ],
  { error: 'Modellen må være flat, banded (trinn) eller weighted (pasienttilpasset)' },
);

/** One dated entry of the basistilskudd table (money in øre). */
export const ZSubsidyRate = z.strictObject({
  validFrom: ZDate,
  validTo: ZDate.nullable(),
  name: ZText(200),
  source: ZNote(1000),
  model: ZModel,
  minimum: z
    .strictObject({ listBelow: ZPatients, capAtLeast: ZPatients, paidAs: ZPatients, years: z.number({ error: 'Må være et tall' }).int('Må være et heltall').min(0, 'Kan ikke være negativt').max(20, 'Høyst 20') })
    .nullable(),
});

/** Body of PUT /api/economics/rates: the whole table replaces the municipality's (version of the stored table, null when it has none). */
export const ZRateTableRequest = z.strictObject({
  version: z.number({ error: 'Må være et tall' }).int().positive().max(2_147_483_647).nullable(),
  rates: z.array(ZSubsidyRate).min(1, 'Satstabellen må ha minst én sats').max(100, 'Høyst 100 satser'),
});

export type TSubsidyRate = z.infer<typeof ZSubsidyRate>;
export interface TRateTableResponse {
  /** false = the shipped default table (no table stored for the municipality). */
  custom: boolean;
  version: number | null;
  rates: readonly SubsidyRate[];
}
