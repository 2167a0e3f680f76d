import { z } from 'zod';
import { formatInt } from '../domain/format/index.ts';

z.config(z.locales.no());

/** A row id in a JSON body: a positive integer, and only a number (never `true`, `"1"` or `[1]`). */
export const ZId = z.number({ error: 'Må være et tall' }).int('Må være et heltall').positive('Må være positivt').max(2_147_483_647, 'For stort');
/** A row id in a path or query string: digits only, then the same bounds as ZId. */
export const ZIdText = z
  .string({ error: 'Må være et tall' })
  .regex(/^[1-9][0-9]{0,9}$/, 'Må være et positivt heltall')
  .transform(Number)
  .pipe(ZId);
/** The `:id` of a route's path. */
export const ZIdParams = z.object({ id: ZIdText });
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

/**
 * Characters no text field may hold: NUL and the other control characters except tab and line breaks, lone
 * surrogates (half a Unicode character) and U+FFFE/U+FFFF. PostgreSQL refuses NUL, and Word and Excel files (XML)
 * cannot carry any of them; everything else of Unicode is allowed.
 */
const UNSAFE_TEXT = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
export const UNSAFE_TEXT_MESSAGE = 'Inneholder et tegn som ikke kan lagres (kontrolltegn, NUL eller et ufullstendig Unicode-tegn)';

/** The paths (`a.0.b`) of every string, and every object key, in a parsed JSON value that holds an unsafe character. */
export function unsafeTextPaths(value: unknown, path: string[] = []): string[] {
  if (typeof value === 'string') return UNSAFE_TEXT.test(value) ? [path.join('.')] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => unsafeTextPaths(v, [...path, String(i)]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => (UNSAFE_TEXT.test(k) ? [path.join('.')] : unsafeTextPaths(v, [...path, k])));
  }
  return [];
}

export const ZText = (max: number) => z.string().trim().min(1, 'Må fylles ut').max(max, `Høyst ${formatInt(max)} tegn`);
export const ZCount = (max: number) =>
  z.number({ error: 'Må være et tall' }).int('Må være et heltall').min(0, 'Kan ikke være negativt').max(max, `Høyst ${formatInt(max)}`);

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
  currentPassword: 'Nåværende passord',
  newPassword: 'Nytt passord',
  secondFactorCode: 'Kode',
  // Single sign-on (src/contracts/auth/oidc-config.ts)
  label: 'Navn på knappen',
  issuer: 'Utsteder (issuer-URL)',
  clientId: 'Klient-ID',
  clientSecret: 'Klienthemmelighet',
  groupsClaim: 'Claim med grupper eller roller',
  roleMappings: 'Rollekobling',
  enabled: 'Påslått',
  group: 'Gruppeverdi',
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
  // Doctors in training (src/contracts/training)
  agreementDate: 'Avtaledato',
  startDate: 'Startdato',
  supervisorId: 'Veileder',
  supervisorFrom: 'Veileder fra',
  supervisorExemptionUntil: 'Fritak for veileder til',
  supervisionGroup: 'Veiledningsgruppe',
  planOpenMonths: 'Plan: åpen uselektert allmennpraksis (måneder)',
  planInstitutionMonths: 'Plan: institusjon (måneder)',
  planOtherMonths: 'Plan: annen allmennmedisinsk tjeneste (måneder)',
  grantFrom: 'ALIS-tilskudd fra',
  specialistDate: 'Godkjent spesialist',
  leftDate: 'Sluttet',
  agreementId: 'ALIS-avtale',
  arena: 'Arena',
  place: 'Sted',
  sessionDate: 'Dato for veiledning',
  minutes: 'Minutter',
  sessionKind: 'Type veiledning',
  topic: 'Tema',
  confirmedAt: 'Bekreftet',
  confirmedBy: 'Bekreftet av',
  course: 'Kurstype',
  title: 'Tittel',
  dueDate: 'Frist',
  completedDate: 'Gjennomført',
  goalGroup: 'Gruppe',
  positions: 'Stillinger tildelt',
  goalPositions: 'Mål for antall stillinger',
  intakeId: 'Opptak',
  healthStationDays: 'Dager på helsestasjon per uke',
  endDate: 'Sluttdato',
  learningActivities: 'Læringsaktiviteter',
  content: 'Filinnhold',
  goalId: 'Læringsmål',
  assessedDate: 'Vurdert dato',
  achieved: 'Oppnådd',
  // Economics and the plan (src/contracts/economics; measure parameters by their key)
  packageId: 'Tiltakspakke',
  params: 'Parametre',
  preset: 'Forhåndsvalg',
  number: 'Nummer',
  goal: 'Mål',
  measure: 'Tiltak',
  due: 'Når',
  costOre: 'Kostnad',
  costNote: 'Kostnad (tekst)',
  indicator: 'Indikator',
  target: 'Målverdi',
  direction: 'Retning',
  validTo: 'Gyldig til',
  rates: 'Satstabell',
  model: 'Modell',
  ratePerPatient: 'Sats per innbygger',
  bandLimit: 'Trinngrense (innbyggere)',
  rateUpTo: 'Sats opp til grensen',
  rateAbove: 'Sats over grensen',
  basePrice: 'Grunnpris',
  municipalFactor: 'Kommunefaktor (sentralitet og utdanning)',
  weights: 'Vekter',
  weight: 'Vekt',
  ageFrom: 'Fra alder',
  ageTo: 'Til alder',
  minimum: 'Minstetilskudd',
  listBelow: 'Lister under',
  capAtLeast: 'Listetak minst',
  paidAs: 'Betales som',
  chapters: 'Kapitler',
  agencyShare: 'Andel hjemler dekket av vikarbyrå',
  agencyPricePerMonth: 'Vikarbyråpris per måned',
  percent: 'Tillegg i prosent',
  amountPerPatient: 'Tillegg per innbygger',
  amountPerPositionMonth: 'Tillegg per hjemmel per måned',
  upToPatients: 'For de første N innbyggerne',
  baseRate: 'Sats tillegget regnes av',
  shrinksWithStateRate: 'Krymper når statens sats øker',
  listCapMax: 'Listetak høyst',
  takeoverAmount: 'Tilskudd ved overtakelse',
  takeoversPerYear: 'Overtakelser per år',
  newListAmount: 'Tilskudd ved 0-hjemmel',
  newListsPerYear: '0-hjemler per år',
  repaymentYears: 'Tilbakebetalingstid (år)',
  doctors: 'Antall leger',
  salary: 'Lønn per år',
  socialCostShare: 'Sosiale kostnader',
  holidayCoverWeeks: 'Ferieuker som dekkes',
  operatingTopUpPerMonth: 'Mellomlegg per måned',
  incomePerMonth: 'Inntekt per måned',
  positionCount: 'Antall hjemler',
  pricePerMonth: 'Pris per måned',
  salaryPerFte: 'Honorar per 100 %',
  ftePerYear: 'Årsverk per år',
  firstYearFte: 'Årsverk første år',
  daysPerDoctor: 'Dager per lege',
  maxDays: 'Høyst dager',
  practiceCompensationPerDay: 'Praksiskompensasjon per dag',
  compensationShare: 'Andel av praksiskompensasjonen',
  positionShare: 'Stillingsandel',
  employerCostShare: 'Sosiale kostnader',
  feeRatePerHour: 'Salærsats per time',
  hoursPerYear: 'Timer per år',
  firstYearHours: 'Timer første år',
  netCostPerPosition: 'Netto kostnad per stilling',
  pricePerPosition: 'Pris per hjemmel',
  loans: 'Antall lån',
  amount: 'Beløp',
  interestRate: 'Rente',
  years: 'År',
  advances: 'Antall forskudd',
  repaymentSharePerMonth: 'Tilbakebetaling per måned',
  annualCost: 'Kostnad per år',
  // Legevakt roster (src/contracts/roster)
  startTime: 'Starter',
  endTime: 'Slutter',
  runDays: 'Dager',
  alone: 'Krever kompetanse til å være alene',
  load: 'Vekt i belastningen',
  decidedBy: 'Vedtatt av',
  decidedOn: 'Vedtatt dato',
  dateFrom: 'Fra dato',
  dateTo: 'Til dato',
  shiftsBefore: 'Vakter før Legeplan',
  maxPerWeek: 'Høyst vakter per uke',
  maxPerMonth: 'Høyst vakter per måned',
  active: 'Aktiv',
  wishDate: 'Dato',
  templateId: 'Vakttype',
  start: 'Første dag',
  days: 'Antall dager',
  seconds: 'Sekunder til beregningen',
  toDoctorId: 'Til lege',
  shiftId: 'Vakt',
  district: 'Vaktdistrikt',
  minRestHours: 'Minste hviletid',
  freeBeforeNight: 'Fri før nattevakt',
  publicHolidayWeight: 'Vekt helligdag',
  christmasWeight: 'Vekt jul og nyttår',
  fairLoad: 'Vekt jevn belastning',
  fairNights: 'Vekt jevne netter',
  fairWeekends: 'Vekt jevne helger',
  fairHolidays: 'Vekt jevne helligdager',
};

export function fieldLabel(path: string): string {
  const last = path.split('.').filter((p) => !/^\d+$/.test(p)).at(-1) ?? path;
  return FIELD_LABELS[last] ?? last;
}
