import { EconomicsDataError } from './errors.ts';
import type { MeasureModel } from './measure-kinds.ts';

/** Another municipality's top-up model, as a starting point for one's own (Sarpsborg strategy, DOMAIN.md §5). */
export interface MeasurePreset {
  id: string;
  name: string;
  source: string;
  model: MeasureModel;
  /** A preset that ran for a fixed period (Moss) carries it; else the measure starts with its package. */
  startDate: string | null;
  endDate: string | null;
}

const topUp = (params: Partial<Extract<MeasureModel, { kind: 'basis_top_up' }>['params']>): MeasureModel => ({
  kind: 'basis_top_up',
  params: {
    percent: null,
    amountPerPatient: null,
    amountPerPositionMonth: null,
    upToPatients: null,
    baseRate: null,
    shrinksWithStateRate: false,
    listCapMax: null,
    ...params,
  },
});

export const MEASURE_PRESETS: readonly MeasurePreset[] = [
  {
    id: 'tromso',
    name: 'Tromsø: +60 % inntil 1 000 innbyggere',
    source: 'Sarpsborgs strategi for legetjenester 2023 «Andre kommuners modeller»: 60 % tillegg for de første 1 000, listen må ned til 1 000; tillegget reduseres når staten øker satsen (regnet fra 577 kr)',
    model: topUp({ percent: 0.6, upToPatients: 1000, listCapMax: 1000, baseRate: 577_00, shrinksWithStateRate: true }),
    startDate: null,
    endDate: null,
  },
  {
    id: 'larvik',
    name: 'Larvik: +390 kr per innbygger inntil 1 000',
    source: 'Sarpsborgs strategi for legetjenester 2023: 390 kr per innbygger for de første 1 000 (om lag 60 %)',
    model: topUp({ amountPerPatient: 390_00, upToPatients: 1000 }),
    startDate: null,
    endDate: null,
  },
  {
    id: 'indre-ostfold',
    name: 'Indre Østfold: +50 %',
    source: 'Sarpsborgs strategi for legetjenester 2023: Indre Østfold har økt basistilskuddet med 50 % (regnet av statens sats i kraft for de første 1 000)',
    model: topUp({ percent: 0.5, upToPatients: 1000 }),
    startDate: null,
    endDate: null,
  },
  {
    id: 'rakkestad',
    name: 'Rakkestad: +60 %',
    source: 'Sarpsborgs strategi for legetjenester 2023: Rakkestad har økt basistilskuddet med 60 % (regnet av statens sats i kraft for de første 1 000)',
    model: topUp({ percent: 0.6, upToPatients: 1000 }),
    startDate: null,
    endDate: null,
  },
  {
    id: 'moss',
    name: 'Moss: +10 000 kr per måned januar–april 2023',
    source: 'Sarpsborgs strategi for legetjenester 2023: Moss ga 10 000 kr per fastlege per måned fra januar til april 2023',
    model: topUp({ amountPerPositionMonth: 10_000_00 }),
    startDate: '2023-01-01',
    endDate: '2023-04-30',
  },
];

/** A preset by id; refuses an unknown one. */
export function presetById(id: string): MeasurePreset {
  const preset = MEASURE_PRESETS.find((p) => p.id === id);
  if (!preset) throw new EconomicsDataError(`Ukjent forhåndsvalg «${id}». Velg ett av: ${MEASURE_PRESETS.map((p) => p.id).join(', ')}`, 'preset');
  return preset;
}
