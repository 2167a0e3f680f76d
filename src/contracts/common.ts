import { z } from 'zod';

z.config(z.locales.no());

export const ZId = z.coerce.number().int().positive().max(2_147_483_647);
export const ZVersion = z.number().int().positive().max(2_147_483_647);

function isRealDate(value: string): boolean {
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** A calendar date, YYYY-MM-DD, that exists. */
export const ZDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Dato må skrives ÅÅÅÅ-MM-DD')
  .refine(isRealDate, 'Datoen finnes ikke')
  .refine((v) => v >= '1900-01-01' && v <= '2199-12-31', 'Datoen må ligge mellom 1900 og 2199');

/** A month, given as its 1st day (lists are counted on the 1st). */
export const ZMonth = ZDate.refine((v) => v.endsWith('-01'), 'Måned angis som den 1. i måneden (ÅÅÅÅ-MM-01)');

export const ZText = (max: number) => z.string().trim().min(1, 'Må fylles ut').max(max, `Høyst ${max} tegn`);
export const ZCount = (max: number) =>
  z.number({ error: 'Må være et tall' }).int('Må være et heltall').min(0, 'Kan ikke være negativt').max(max, `Høyst ${max}`);

/** Norwegian labels for the fields of every contract, so an error can name the field. */
export const FIELD_LABELS: Record<string, string> = {
  name: 'Navn',
  address: 'Adresse',
  orgForm: 'Organisasjonsform',
  officeId: 'Legekontor',
  code: 'Hjemmel-ID',
  listCap: 'Listetak',
  status: 'Status',
  sharedList: 'Felles liste',
  birthYear: 'Fødselsår',
  sex: 'Kjønn',
  specialistGp: 'Spesialist i allmennmedisin',
  specialistSince: 'Spesialist siden',
  authorisedDate: 'Autorisasjonsdato',
  inSpecialisation: 'I spesialisering',
  positionId: 'Hjemmel',
  doctorId: 'Lege',
  role: 'Rolle',
  fromDate: 'Fra dato',
  toDate: 'Til dato',
  month: 'Måned',
  listLength: 'Listelengde',
  waitingList: 'Venteliste',
  population: 'Innbyggere',
  listedElsewhere: 'Innbyggere på liste i annen kommune',
  listedNonResidents: 'Ikke-innbyggere på liste her',
  version: 'Versjon',
  username: 'Brukernavn',
  displayName: 'Visningsnavn',
  password: 'Passord',
  mapping: 'Kolonnekobling',
  file: 'Fil',
  positionCode: 'Hjemmel-ID',
  fileName: 'Filnavn',
  contentBase64: 'Filinnhold',
  validFrom: 'Gyldig fra',
  freeShareTarget: 'Mål for ledig andel',
  freePlacesMin: 'Minste antall ledige plasser',
  // Staffing norms, institutions and municipal doctor tasks (src/contracts/norms)
  institutionType: 'Institusjonstype',
  owner: 'Drift',
  note: 'Merknad',
  institutionId: 'Institusjon',
  avgStayDays: 'Gjennomsnittlig liggetid (døgn)',
  unitId: 'Avdeling',
  placeKind: 'Plasstype',
  places: 'Plasser',
  occupancy: 'Belegg',
  change: 'Endring i plasser',
  effectiveDate: 'Gjelder fra',
  specialty: 'Spesialitet',
  institutionDoctorId: 'Institusjonslege',
  fte: 'Årsverk',
  weeklyHours: 'Timer per uke i hel stilling',
  nonClinicalShare: 'Ikke-klinisk andel',
  workingWeeks: 'Arbeidsuker per år',
  source: 'Kilde',
  normId: 'Normversjon',
  activity: 'Aktivitet',
  hours: 'Timer',
  unit: 'Enhet',
  comment: 'Kommentar',
  reference: 'Referanse',
  sortOrder: 'Rekkefølge',
  requestDate: 'Dato for forespørsel',
  referrer: 'Henvisende lege',
  criterionAcute: 'Avgrenset akutt medisinsk problemstilling',
  criterionHomeCare: 'Kan ikke ivaretas av hjemmesykepleie',
  criterionHomeSoon: 'Klar til hjemreise innen 3–5 virkedager',
  criterionAsGood: 'Like bra eller bedre enn sykehusinnleggelse',
  criterionExamined: 'Tilsett av fastlege før innleggelse',
  admitted: 'Lagt inn',
  reason: 'Begrunnelse',
  area: 'Område',
  coveredBy: 'Dekkes av',
  needBasis: 'Behovsgrunnlag',
  needFte: 'Behov (årsverk)',
  hoursPerWeek: 'Timer per uke',
  basis: 'Grunnlag',
  year: 'År',
  stayScale: 'Liggetidsfaktor',
  stays: 'Liggetider',
  date: 'Dato',
  table: 'Tabell',
  copyOf: 'Kopier fra',
  // GP capacity and projection (src/contracts/projection)
  description: 'Beskrivelse',
  assumptions: 'Forutsetninger',
  horizonYears: 'Horisont (år)',
  populationSeries: 'Befolkningsalternativ',
  uncertainty: 'Usikkerhet',
  lowSeries: 'Lavt alternativ',
  highSeries: 'Høyt alternativ',
  gpShare: 'Andel som ønsker fastlege',
  share: 'Andel',
  kind: 'Type',
  requirement: 'Krav til ledig kapasitet',
  lists: 'Listelengder',
  existing: 'Dagens hjemler',
  plannedAverageList: 'Planlagt gjennomsnittsliste',
  byOrgForm: 'Planlagt liste per organisasjonsform',
  alis: 'Planlagt liste for ALIS',
  retirementAge: 'Pensjonsalder',
  otherDepartureRate: 'Andre avganger per år',
  refillRate: 'Andel ledige hjemler besatt innen året',
  newPositions: 'Nye hjemler',
  count: 'Antall',
  consultationRates: 'Konsultasjonsrater',
  byAge: 'Aldersgrupper',
  bySex: 'Konsultasjoner etter kjønn',
  rate: 'Konsultasjoner per innbygger',
  from: 'Fra alder',
  to: 'Til alder',
  monteCarlo: 'Usikkerhetsberegning',
  runs: 'Antall trekninger',
  seed: 'Frø',
  ids: 'Scenarioer',
  advertisedFrom: 'Utlyst fra',
  deadline: 'Søknadsfrist',
  applicants: 'Antall søkere',
  startTime: 'Starter',
  endTime: 'Slutter',
  runDays: 'Dager',
  doctors: 'Antall leger',
  alone: 'Krever kompetanse til å være alene',
  load: 'Vekt i belastningen',
  decidedBy: 'Vedtatt av',
  decidedOn: 'Vedtatt dato',
  validTo: 'Gyldig til',
  dateFrom: 'Fra dato',
  dateTo: 'Til dato',
};

export function fieldLabel(path: string): string {
  const last = path.split('.').filter((p) => !/^\d+$/.test(p)).at(-1) ?? path;
  return FIELD_LABELS[last] ?? last;
}
