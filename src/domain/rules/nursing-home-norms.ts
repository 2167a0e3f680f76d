import type { NormActivity, NormPreset, PlaceKind } from '../norms/types.ts';

const nonClinical = (activity: string, hours: number, comment: string, reference: string): NormActivity => ({
  activity,
  hours,
  unit: 'position_week',
  comment,
  reference,
});
const longTerm = (activity: string, hours: number, comment: string, reference: string): NormActivity => ({
  activity,
  hours,
  unit: 'long_term_year',
  comment,
  reference,
});

/**
 * Nfas 2020, "Utkast til norm for legetjenester i sykehjem – oppgaver og tidsbruk" (attachment to S). The short-term
 * table is given per 4-week stay (9 h); it is stored split (model, DOMAIN.md §2) into per-stay work (admission,
 * discharge letter, cooperation meeting: 3 h) and per-week work (larger assessment 0.5 h, rounds 1 h), which gives
 * back the table's 2.25 h per patient-week at 4 weeks and adjusts the norm to shorter stays as the table asks.
 */
export const NFAS_2020_ACTIVITIES: readonly NormActivity[] = [
  nonClinical('Veiledning', 1, 'Krav ift. spesialisering', 'Kompetanseforskriften og spesialistforskriften'),
  nonClinical('Smågruppe', 1, 'Krav ift. KOAS (kompetanseområde alders- og sykehjemsmedisin)', 'Spesialiseringsregler KOAS; vedtak Nfas om kompetansekrav for sykehjemsleger'),
  nonClinical('Internundervisning til andre personalgrupper inkl. forberedelse', 1, 'Sykehjemslegenes involvering i lokalt utviklingsarbeid', 'Vedtak Nfas'),
  nonClinical('Møter inkl. reisetid (ledelse, samhandlingspartnere, arbeidsgiver)', 2, 'Sykehjemslegenes involvering i ledelse og samhandling', 'Vedtak Nfas'),
  nonClinical('Kurs', 2, '10 kursdager/år, tid per uke fordelt på 40 ordinære arbeidsuker', 'Spesialistforskriften; regler for KOAS'),
  nonClinical('Faglig fordypning, prosedyrearbeid, utviklingsarbeid', 2.5, 'Utdanningsaktivitet skal være til sammen 20 % av stillingen', 'Vedtak Nfas'),
  nonClinical('Lunsj', 2, '', ''),
  longTerm('Årskontroll inkl. legemiddelgjennomgang', 2, '', 'Lov om kommunale helse- og omsorgstjenester; forskrift om legemiddelgjennomgang; veileder for forhåndssamtaler i sykehjem'),
  longTerm('Innskriving', 1.6, 'Tidsbruk innkomst 4 t, utskifting ca. 40 % årlig', 'Helsedirektoratet om levetid i sykehjem'),
  longTerm('Større behandlingsavklaring, palliativ behandling', 1, 'Kompleks medisinsk vurdering, kollegakonsultasjon, pårørendesamtaler mm. 2 t per avklaring; sannsynlig at ca. en av to pasienter trenger dette i løpet av et år', 'Veileder behandlingsavklaring; Helsedirektoratet om levetid i sykehjem'),
  longTerm('VIPS-møte eller tilsvarende', 1, 'Ett møte per pasient per år i snitt', ''),
  longTerm('Samtykkekompetansevurdering/saksbehandling', 1.5, 'Tvangsvurdering, legeerklæring vergemål o.l. inkl. dokumentasjon', 'Vergemålsloven'),
  longTerm('Kompleks klinisk vurdering', 2, '1/år à totalt 2 t: fallrisikovurdering, funksjonssvikt e.l. inkl. dokumentasjon', ''),
  longTerm('Enkel klinisk vurdering', 2, '4/år à 30 min inkl. dokumentasjon', ''),
  longTerm('Visitt-kontakt', 2, 'Ca. 5 min annenhver uke i snitt', ''),
  { activity: 'Innskriving', hours: 1, unit: 'short_term_stay', comment: 'Nfas: 1 t per opphold', reference: '' },
  { activity: 'Epikrise og utskriving', hours: 1, unit: 'short_term_stay', comment: 'Nfas: 1 t per opphold', reference: '' },
  { activity: 'Samarbeidsmøte', hours: 1, unit: 'short_term_stay', comment: 'Nfas: 1 t per opphold', reference: '' },
  { activity: 'Større klinisk vurdering/tilsyn', hours: 0.5, unit: 'short_term_week', comment: 'Nfas: 1 per uke à 30 min inkl. dokumentasjon (2 t per 4 uker)', reference: '' },
  { activity: 'Løpende visitt', hours: 1, unit: 'short_term_week', comment: 'Nfas: daglig 12 min i snitt (4 t per 4 uker)', reference: '' },
];

/** The stay the Nfas 2020 short-term table is written for ("Korttidsplasser varighet 4 uker"). */
export const NFAS_2020_REFERENCE_STAY_WEEKS = 4;

/** The Nfas 2020 norm: the shipped default, copied into each municipality as its first norm version. */
export const NFAS_2020: NormPreset = {
  key: 'nfas-2020',
  name: 'Nfas 2020 – norm for legetjenester i sykehjem',
  validFrom: '2020-09-01',
  source: 'Norsk forening for alders- og sykehjemsmedisin: bemanningsnorm for legeressurs i sykehjem, sak til årsmøte 2020 (vedlegg til Plan for legetjenester 2021–2024, Sandefjord)',
  norm: {
    kind: 'activity',
    // "Overstående tilsvarer 30 % stilling til ikke-klinisk arbeid"; 26.3 h clinical "basert på at 30 % stilling går med".
    position: { weeklyHours: 37.5, nonClinicalShare: 0.3, workingWeeks: 40 },
    activities: NFAS_2020_ACTIVITIES,
  },
};

/**
 * Legeforeningen's 2002 draft (DOMAIN.md §7): 1 h/week per 3 long-term beds, 1.5 h per short-term bed, 3 h per
 * rehabilitation bed, 5 h per palliative bed. The kinds it does not name are mapped (model): dementia and places for
 * the young as long-term; intermediate, ØHD and respite as short-term.
 */
const LEGEFORENINGEN_2002_HOURS: Readonly<Record<PlaceKind, number>> = {
  long_term: 1 / 3,
  dementia: 1 / 3,
  young_special: 1 / 3,
  short_term: 1.5,
  intermediate: 1.5,
  ohd: 1.5,
  respite: 1.5,
  rehabilitation: 3,
  palliative: 5,
};

export const LEGEFORENINGEN_2002: NormPreset = {
  key: 'legeforeningen-2002',
  name: 'Legeforeningen 2002 (utkast)',
  validFrom: '2002-01-01',
  source: 'Den norske legeforening, utkast til norm 2002: 1 t/uke per 3 langtidssenger, 1,5 t per korttidsseng, 3 t per rehabiliteringsseng, 5 t per palliativ seng',
  norm: { kind: 'per_place', weeklyHours: 37.5, hoursPerPlaceWeek: LEGEFORENINGEN_2002_HOURS },
};

export const NATIONAL_AVERAGE_2020: NormPreset = {
  key: 'nasjonalt-snitt-2020',
  name: 'Nasjonalt gjennomsnitt 2020',
  validFrom: '2020-01-01',
  source: 'Nasjonalt gjennomsnitt 2020: 0,56 legetimer per beboer per uke',
  norm: { kind: 'per_resident', weeklyHours: 37.5, hoursPerResidentWeek: 0.56 },
};

/** Every shipped norm: the default first, then the presets shown beside it for comparison. */
export const NORM_PRESETS: readonly NormPreset[] = [NFAS_2020, LEGEFORENINGEN_2002, NATIONAL_AVERAGE_2020];
