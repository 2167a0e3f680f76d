/**
 * Deterministic generator for Legeplan's two demo municipalities.
 *
 *   npx tsx data/demo/generate.ts   → writes data/demo/sandefjord.json and data/demo/sarpsborg.json
 *
 * Kommune-level figures come from the source documents (see README.md for document + section of each);
 * the doctors are synthetic. The construction is: draw plausible values from a seeded PRNG, then adjust
 * them so the published aggregates hold exactly, then assert every constraint and throw if one fails.
 * No Math.random, no clock: the same code always writes the same bytes.
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// ---------------------------------------------------------------------------------------------------
// Output format
// ---------------------------------------------------------------------------------------------------

export type OfficeOrgForm = 'private' | 'municipal' | 'section_8_2';
export type PositionOrgForm = 'self_employed' | 'fixed_salary' | 'section_8_2' | 'municipal';
export type PositionStatus = 'active' | 'vacant' | 'advertised' | 'substitute';
export type LinkRole = 'holder' | 'substitute' | 'shared';
export type UserRole = 'admin' | 'planner' | 'doctor' | 'readonly';

export type DemoOffice = { key: string; name: string; address: string; orgForm: OfficeOrgForm };
export type DemoDoctor = {
  key: string;
  name: string;
  birthYear: number;
  sex: 'F' | 'M';
  specialistGp: boolean;
  specialistSince: string | null;
  authorisedDate: string;
  inSpecialisation: boolean;
};
export type DemoLink = { doctorKey: string; from: string; to: string | null; role: LinkRole };
export type DemoPosition = {
  key: string;
  code: string;
  officeKey: string;
  orgForm: PositionOrgForm;
  listCap: number;
  status: PositionStatus;
  sharedList: boolean;
  doctors: DemoLink[];
};
export type DemoSnapshot = { positionKey: string; month: string; listLength: number; listCap: number; waitingList: number };
export type DemoMonthly = { month: string; population: number; listedElsewhere: number; listedNonResidents: number };
export type DemoUser = { username: string; displayName: string; password: string; role: UserRole; doctorKey: string | null };
export type DemoMunicipality = {
  kommune: { nr: string; name: string };
  asOf: string;
  freeShareTarget: number;
  freePlacesMin: number | null;
  offices: DemoOffice[];
  doctors: DemoDoctor[];
  positions: DemoPosition[];
  snapshots: DemoSnapshot[];
  monthly: DemoMonthly[];
  users: DemoUser[];
};

// ---------------------------------------------------------------------------------------------------
// Constraints — Sandefjord, Plan for legetjenester 2021–2024 (seeds/000_…), §2.3 unless noted
// ---------------------------------------------------------------------------------------------------

const SF_SEED = 0x5f_2021;
const SF_KOMMUNE = { nr: '3907', name: 'Sandefjord (demo)' } as const;
const SF_AS_OF = '2021-02-01'; // "pr. februar 2021"
const SF_POSITIONS = 54; // "54 fastlegehjemler"
const SF_TOTAL_LIST = 61_722; // 54 × 1 143 ("gjennomsnittlig listelengde på 1 143")
const SF_OPEN_PLACES = 1_013; // "1.013 ledige plasser på listene"
const SF_TOTAL_CAP = SF_TOTAL_LIST + SF_OPEN_PLACES; // 62 735 → 1 013 / 62 735 = 1,6 %
const SF_OPEN_LISTS = 4; // "reelt kun 3-4 fastleger som har åpne liste"
const SF_WAITING = 1_900; // "1900 pasienter som står på venteliste"
const SF_LISTED_ELSEWHERE = 2_000; // "Om lag 2.000 innbyggere benytter fastleger i andre kommuner"
const SF_POPULATION = 64_500; // (model) the plan gives no head count; ≈ SSB 1.1.2021
const SF_LISTED_NON_RESIDENTS = 700; // (model) not in the plan
const SF_POPULATION_GROWTH_PER_MONTH = 28; // (model) ≈ SSB projection +2 663 by 2028, spread per month
const SF_FREE_SHARE_TARGET = 0.07; // "Det nasjonale målet er en liste-kapasitet på 7%"
const SF_SPECIALISTS = 40; // "Av 54 fastleger er 40 spesialister i allmennmedisin"
const SF_IN_SPECIALISATION = 12; // §3.0 (municipal doctor tasks): "Veiledning av 12 LIS-3"
const SF_WOMEN = 21; // "21 av fastlegene er kvinner"
const SF_AGE_YEAR = 2021; // ages are computed as 2021 − birthYear (the plan says "48,2 år i 2020")
const SF_AGE_SUM = 2_603; // 54 × 48,2 = 2 602,8 → 2 603 (average 48,20)
const SF_AGED_50_PLUS = 18; // "(18 er 50 år eller mer)"
const SF_RETIRING_BY_2028 = 11; // "går av med pensjon når de i gjennomsnitt er 70 år, vil 11 … 2021-2028"
const SF_RETIREMENT_BIRTH_YEAR_MAX = 1958; // reaches 70 by 2028
const SF_LIST_BOUND = 2_500; // sanity bound for any list length or cap

/** The 14 offices "Fastlegekontorene pr 01.08.2020" verbatim; positions per office are a model choice (the plan gives none). */
const SF_OFFICES: readonly { name: string; address: string; positions: number }[] = [
  { name: 'Legene Sentrum Vest', address: 'Dronningens gate 6/8, Sandefjord', positions: 5 },
  { name: 'Legehuset Sandefjord', address: 'Kilgata 9, Sandefjord', positions: 4 },
  { name: 'Tempo Legesenter', address: 'Skiringssalvn. 24, Sandefjord', positions: 4 },
  { name: 'Kilen Legesenter', address: 'Kilgata 9, Sandefjord', positions: 3 },
  { name: 'Solvang Legesenter', address: 'Skiringssalvn. 24, Sandefjord', positions: 4 },
  { name: 'Sandefjord Helsepark', address: 'Skiringssalvn. 24, Sandefjord', positions: 5 },
  { name: 'Landstad Legesenter', address: 'Landstads gt. 27, Sandefjord', positions: 4 },
  { name: 'Sandefjord Legesenter', address: 'Halvdan Svartes gt. 12, Sandefjord', positions: 4 },
  { name: 'Gleditchgården Legesenter', address: 'Dronningens gt. 3, Sandefjord', positions: 4 },
  { name: 'Familielegen A/S', address: 'Dronningens gt. 3, Sandefjord', positions: 3 },
  { name: 'Annen Etage Legesenter', address: 'Hegnasletta 5, Sandefjord', positions: 3 },
  { name: 'Andebu Legesenter', address: 'Andebuveien 939, Andebu', positions: 4 },
  { name: 'Helsehuset Stokke-legene A/S', address: 'Stokkeveien 55, Stokke', positions: 4 },
  { name: 'Stokke Legesenter', address: 'Nygaards Allè 4, Stokke', positions: 3 },
];

/**
 * Age bands of the 54 holders (ages = 2021 − birthYear). 18 are ≥ 50 (senior + retiring) and 11 are born
 * ≤ 1958 (retiring). `general` = neither specialist nor in specialisation (older doctors approved as
 * "allmennlege" before the 2019 rules, §5.2); 54 − 40 specialists − 12 ALIS = 2 of them.
 */
const SF_AGE_BANDS = [
  { band: 'alis', count: 12, min: 30, max: 40, women: 7, specialists: 0, general: 0 },
  { band: 'young', count: 24, min: 35, max: 49, women: 9, specialists: 24, general: 0 },
  { band: 'senior', count: 7, min: 50, max: 62, women: 3, specialists: 6, general: 1 },
  { band: 'retiring', count: 11, min: SF_AGE_YEAR - SF_RETIREMENT_BIRTH_YEAR_MAX, max: 69, women: 2, specialists: 10, general: 1 },
] as const;

/** History events in the year before asOf (model, in the spirit of §2.2: retirements and doctors leaving in 2020). */
const SF_EVENTS = {
  /** Holder retires; a substitute covers three months; an ALIS takes over the list. */
  retirement: { positionNo: 7, holderTo: '2020-06-30', substituteFrom: '2020-07-01', substituteTo: '2020-09-30', newHolderFrom: '2020-10-01' },
  /** Holder leaves for another job; the position is vacant for December; a new ALIS starts in January. */
  departure: { positionNo: 23, holderTo: '2020-11-30', newHolderFrom: '2021-01-01' },
} as const;

const SF_CAP_REDUCERS = 5; // "flere av fastlegene … valgt å redusere listetaket sitt" during the last year
const SF_FILLERS = 14; // full lists in Feb 2021 that still had a few free places earlier in the year

// ---------------------------------------------------------------------------------------------------
// Constraints — Sarpsborg, Fastlegestrategi 2023 (seeds/003_…), section "Fastlegeordningen i Sarpsborg"
// ---------------------------------------------------------------------------------------------------

const SP_SEED = 0x3105_2023;
const SP_KOMMUNE = { nr: '3105', name: 'Sarpsborg (demo)' } as const;
const SP_AS_OF = '2023-03-01'; // "pr. mars 2023"
const SP_SELF_EMPLOYED = 48; // "48 selvstendig næringsdrivende fastleger fordelt på 18 legekontorer"
const SP_PRIVATE_OFFICES = 18;
const SP_SELF_EMPLOYED_SPECIALISTS = 25; // measure 5: "5 dager for hver av de 25 spesialistene i 2023"
const SP_FREE_PLACES_MIN = 1_000; // old council rule: new hjemmel "når antall ledige plasser er under 1000"
const SP_FREE_SHARE_TARGET = 0.07; // (brief) the national 7 % that Sandefjord cites; Sarpsborg says there is no norm
const SP_TOTAL_LIST = 54_162; // (model) average 1 003,0: "Gjennomsnittlig pasientlengde er nå ca. 1000"
const SP_OPEN_PLACES = 720; // (model) under the 1 000 trigger: "få og til tider ingen ledige listeplasser"
const SP_SOLBYEN_OPEN = 210; // "Det har i tillegg blitt opprettet 210 ledige listeplasser" (Solbyen)
const SP_WAITING = 1_150; // (model) not in the strategy
const SP_POPULATION = 58_950; // (model) ≈ 59 000 inhabitants (SSB); not in the strategy
const SP_POPULATION_GROWTH_PER_MONTH = 25; // (model)
const SP_LISTED_ELSEWHERE = 4_100; // (model) residents using GPs in neighbouring municipalities
const SP_LISTED_NON_RESIDENTS = 850; // (model)
const SP_WOMEN = 26; // (model) not in the strategy
const SP_LIST_BOUND = 2_500;
/** Monthly Σ waiting list Apr 2022 … Mar 2023 (model): growing through 2022, easing after Solbyen opened 02.01.23. */
const SP_WAITING_CURVE = [850, 880, 910, 950, 1_000, 1_060, 1_120, 1_200, 1_260, 1_300, 1_210, SP_WAITING] as const;

/**
 * The two municipal offices. Names from the strategy: "det kommunale Lilletorget legekontor" and
 * "Nye Solbyen legesenter åpnet derfor dørene først 02.01.23". No addresses are given.
 * Lists: "spesialistene i ordinær drift maks rundt 8-900 pasienter og ALIS noe lavere 6-700".
 */
type MunicipalListSpec = { kind: 'specialist' | 'alis'; cap: number; len: number };
const SP_MUNICIPAL_OFFICES: readonly { name: string; positions: readonly MunicipalListSpec[] }[] = [
  {
    name: 'Lilletorget legekontor',
    positions: [
      { kind: 'specialist', cap: 900, len: 900 },
      { kind: 'specialist', cap: 850, len: 850 },
      { kind: 'alis', cap: 650, len: 650 },
    ],
  },
  {
    name: 'Solbyen legesenter',
    positions: [
      // "en overføring fra selvstendig næringsdrift til kommunal drift" (2023)
      { kind: 'specialist', cap: 900, len: 820 },
      // "to nye hjemler i kommunal drift" (2023), 0-hjemler from the opening day
      { kind: 'alis', cap: 700, len: 630 },
      { kind: 'alis', cap: 680, len: 620 },
    ],
  },
];
const SP_SOLBYEN_OPENED = '2023-01-02';

/**
 * History Apr 2022 – Mar 2023 (model, after the strategy: vacancies covered by substitutes incl. agencies in
 * 2021–22, "8 selvstendige næringsdrivende i 2022", all positions filled by March 2023, two new 0-lists for
 * self-employed GPs in 2022, the Solbyen doctor covering as substitute before the office opened).
 * Numbers are position numbers among the 48 self-employed (SP-H01 … SP-H48).
 */
const SP_EVENTS = {
  agencyCovered: [
    { positionNo: 5, holderTo: '2021-09-30', substituteTo: '2022-08-31', newHolder: 'alis' },
    { positionNo: 11, holderTo: '2021-11-30', substituteTo: '2022-06-30', newHolder: 'alis' },
    { positionNo: 17, holderTo: '2022-01-31', substituteTo: '2022-09-30', newHolder: 'alis' },
    { positionNo: 23, holderTo: '2022-05-31', substituteTo: '2022-10-31', newHolder: 'alis' },
  ],
  /** Holder leaves; the doctor hired for Solbyen covers as substitute until a new holder starts. */
  solbyenDoctorCovers: { positionNo: 12, holderTo: '2022-08-31', substituteTo: '2022-11-30', newHolder: 'specialist' },
  /** A retiring holder sells the list to a successor without a gap. */
  directTakeover: { positionNo: 30, holderTo: '2022-04-30', newHolder: 'specialist' },
  /** New 0-lists for self-employed GPs in 2022. */
  zeroLists: [
    { positionNo: 47, created: '2022-03-01', cap: 1_000, lenByMonth: [330, 405, 480, 555, 630, 705, 780, 855, 930, 1_000, 1_000, 1_000] },
    { positionNo: 48, created: '2022-06-01', cap: 900, capByMonth: [0, 0, 600, 600, 600, 600, 600, 600, 600, 600, 900, 900], lenByMonth: [0, 0, 120, 180, 240, 300, 360, 420, 480, 540, 600, 640] },
  ],
  /** The self-employed holder of the list later transferred to Solbyen leaves at the end of 2022. */
  transferHolderTo: '2022-12-31',
  transferCapBefore: 1_100,
  /** GPs who "har meldt behov for raskt å gå ned på listene sine" (Solbyen took their patients in 2023). */
  reducers: [150, 200, 250],
  reductionMonth: '2023-02-01',
} as const;
const SP_OTHER_OPEN_LISTS = 3; // private lists with free places in March 2023 besides the new 0-list

const DEMO_PASSWORD = 'legeplan-demo';

// ---------------------------------------------------------------------------------------------------
// Deterministic randomness and small helpers
// ---------------------------------------------------------------------------------------------------

/** mulberry32: a tiny seeded PRNG returning floats in [0, 1). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  /** Integer in [lo, hi], both inclusive. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  /** A new array in random order (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  }
}

const pad2 = (n: number): string => String(n).padStart(2, '0');
const ymd = (y: number, m: number, d: number): string => `${y}-${pad2(m)}-${pad2(d)}`;
const yearOf = (date: string): number => Number(date.slice(0, 4));

function addMonths(month: string, k: number): string {
  const idx = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + k;
  return ymd(Math.floor(idx / 12), (idx % 12) + 1, 1);
}

function addDays(date: string, k: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + k)).toISOString().slice(0, 10);
}

/** The n months ending with `last`, oldest first. */
function monthsEnding(last: string, n: number): string[] {
  return Array.from({ length: n }, (_, i) => addMonths(last, i - n + 1));
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function at<T>(items: readonly T[], i: number): T {
  const v = items[i];
  if (v === undefined) throw new Error(`index ${i} out of range (length ${items.length})`);
  return v;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'o')
    .replaceAll('å', 'a')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Move values up or down in steps of `step` (then one final remainder) until they sum to `target`,
 * keeping each within [lo[i], hi[i]]. Visits indices in the given order, round-robin.
 */
function adjustToSum(values: readonly number[], target: number, lo: readonly number[], hi: readonly number[], step: number): number[] {
  const out = [...values];
  let diff = target - sum(out);
  let progress = true;
  while (Math.abs(diff) >= step && progress) {
    progress = false;
    for (let i = 0; i < out.length && Math.abs(diff) >= step; i++) {
      const dir = Math.sign(diff);
      const next = at(out, i) + dir * step;
      if (next >= at(lo, i) && next <= at(hi, i)) {
        out[i] = next;
        diff -= dir * step;
        progress = true;
      }
    }
  }
  for (let i = 0; i < out.length && diff !== 0; i++) {
    const next = at(out, i) + diff;
    if (next >= at(lo, i) && next <= at(hi, i)) {
      out[i] = next;
      diff = 0;
    }
  }
  if (diff !== 0) throw new Error(`adjustToSum: cannot reach ${target} within bounds (left ${diff})`);
  return out;
}

/** Split `total` into integers proportional to `weights` (largest remainder). */
function distribute(total: number, weights: readonly number[]): number[] {
  const w = sum(weights);
  if (weights.length === 0 || w <= 0) {
    if (total === 0) return weights.map(() => 0);
    throw new Error(`distribute: no weight to carry ${total}`);
  }
  const exact = weights.map((x) => (total * x) / w);
  const out = exact.map(Math.floor);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  let left = total - sum(out);
  for (const { i } of order) {
    if (left === 0) break;
    out[i] = at(out, i) + 1;
    left--;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Shared builders
// ---------------------------------------------------------------------------------------------------

type DoctorKind = 'specialist' | 'alis' | 'general';

type DoctorDraft = { birthYear: number; sex: 'F' | 'M'; kind: DoctorKind; latestAuthorisedYear: number; latestSpecialistYear: number };

/** Authorisation at 24–28 (never after `latestAuthorisedYear`); specialist 5–9 years later (never after `latestSpecialistYear`). */
function makeDoctor(rng: Rng, key: string, name: string, d: DoctorDraft): DemoDoctor {
  let authYear = Math.min(d.birthYear + rng.int(25, 28), d.latestAuthorisedYear);
  let specialistSince: string | null = null;
  if (d.kind === 'specialist') {
    const specYear = Math.min(authYear + rng.int(5, 9), d.latestSpecialistYear);
    authYear = Math.min(authYear, specYear - 5);
    specialistSince = ymd(specYear, rng.int(1, 12), rng.int(1, 28));
  }
  if (authYear < d.birthYear + 23) throw new Error(`${key}: authorised too young (${authYear}, born ${d.birthYear})`);
  return {
    key,
    name,
    birthYear: d.birthYear,
    sex: d.sex,
    specialistGp: d.kind === 'specialist',
    specialistSince,
    authorisedDate: ymd(authYear, rng.int(1, 12), rng.int(1, 28)),
    inSpecialisation: d.kind === 'alis',
  };
}

/** The doctor links covering `date`, by role. */
function linksAt(links: readonly DemoLink[], date: string): DemoLink[] {
  return links.filter((l) => l.from <= date && (l.to === null || date <= l.to));
}

/** Status on a date, derived from the links: a holder → active; else a substitute → substitute; else vacant. */
export function statusOn(links: readonly DemoLink[], date: string): PositionStatus {
  const here = linksAt(links, date);
  if (here.some((l) => l.role === 'holder' || l.role === 'shared')) return 'active';
  if (here.some((l) => l.role === 'substitute')) return 'substitute';
  return 'vacant';
}

/** Open places Σ max(0, cap − length). */
function openPlaces(rows: readonly { listCap: number; listLength: number }[]): number {
  return sum(rows.map((r) => Math.max(0, r.listCap - r.listLength)));
}

function makeUsers(slugName: string, placeName: string, doctorKey: string, doctorName: string): DemoUser[] {
  return [
    { username: `${slugName}-admin`, displayName: `Administrator ${placeName}`, password: DEMO_PASSWORD, role: 'admin', doctorKey: null },
    { username: `${slugName}-planlegger`, displayName: `Planlegger ${placeName}`, password: DEMO_PASSWORD, role: 'planner', doctorKey: null },
    { username: `${slugName}-lege`, displayName: doctorName, password: DEMO_PASSWORD, role: 'doctor', doctorKey },
    { username: `${slugName}-leser`, displayName: `Leser ${placeName}`, password: DEMO_PASSWORD, role: 'readonly', doctorKey: null },
  ];
}

/** Collects failed checks and throws them all at once. */
class Checks {
  private readonly failures: string[] = [];
  constructor(private readonly scope: string) {}
  that(ok: boolean, message: string): void {
    if (!ok) this.failures.push(message);
  }
  equal(actual: unknown, expected: unknown, what: string): void {
    this.that(actual === expected, `${what}: expected ${String(expected)}, got ${String(actual)}`);
  }
  done(): void {
    if (this.failures.length > 0) throw new Error(`${this.scope}: ${this.failures.length} constraint(s) failed:\n- ${this.failures.join('\n- ')}`);
  }
}

/** Referential integrity and format checks shared by both municipalities. */
function checkIntegrity(c: Checks, m: DemoMunicipality, monthsExpected: readonly string[], listBound: number): void {
  const iso = /^\d{4}-\d{2}-\d{2}$/;
  const officeKeys = new Set(m.offices.map((o) => o.key));
  const doctorKeys = new Set(m.doctors.map((d) => d.key));
  const positionKeys = new Set(m.positions.map((p) => p.key));
  c.equal(officeKeys.size, m.offices.length, 'unique office keys');
  c.equal(new Set(m.offices.map((o) => o.name)).size, m.offices.length, 'unique office names');
  c.equal(doctorKeys.size, m.doctors.length, 'unique doctor keys');
  c.equal(positionKeys.size, m.positions.length, 'unique position keys');
  c.equal(new Set(m.positions.map((p) => p.code)).size, m.positions.length, 'unique position codes');
  c.equal(new Set(m.users.map((u) => u.username)).size, m.users.length, 'unique usernames');
  for (const d of m.doctors) {
    c.that(iso.test(d.authorisedDate), `${d.key} authorisedDate format`);
    c.that(d.specialistGp === (d.specialistSince !== null), `${d.key}: specialistSince iff specialist`);
    c.that(!(d.specialistGp && d.inSpecialisation), `${d.key}: specialist and in specialisation`);
    if (d.specialistSince !== null) c.that(d.specialistSince > d.authorisedDate && d.specialistSince <= m.asOf, `${d.key}: specialistSince order`);
    c.that(d.authorisedDate <= m.asOf, `${d.key}: authorised after asOf`);
  }
  for (const p of m.positions) {
    c.that(officeKeys.has(p.officeKey), `${p.key}: unknown office ${p.officeKey}`);
    c.that(p.listCap >= 0 && p.listCap <= listBound, `${p.key}: cap ${p.listCap} out of bounds`);
    const holders = p.doctors.filter((l) => l.role === 'holder');
    for (const l of p.doctors) {
      c.that(doctorKeys.has(l.doctorKey), `${p.key}: unknown doctor ${l.doctorKey}`);
      c.that(iso.test(l.from) && (l.to === null || (iso.test(l.to) && l.to >= l.from)), `${p.key}: bad link dates`);
      const doctor = m.doctors.find((d) => d.key === l.doctorKey);
      if (doctor) c.that(doctor.authorisedDate <= l.from, `${p.key}: ${l.doctorKey} starts before authorisation`);
    }
    const sorted = [...holders].sort((a, b) => a.from.localeCompare(b.from));
    for (let i = 1; i < sorted.length; i++) {
      const prev = at(sorted, i - 1);
      c.that(prev.to !== null && prev.to < at(sorted, i).from, `${p.key}: overlapping holders`);
    }
    c.equal(p.status, statusOn(p.doctors, m.asOf), `${p.key} status at asOf`);
    const snaps = m.snapshots.filter((s) => s.positionKey === p.key);
    // Consecutive months from the position's first to asOf.
    c.equal(snaps.map((s) => s.month).join(','), monthsExpected.slice(monthsExpected.length - snaps.length).join(','), `${p.key} snapshot months`);
    c.that(snaps.length > 0, `${p.key} has snapshots`);
    const last = snaps.find((s) => s.month === m.asOf);
    c.equal(last?.listCap, p.listCap, `${p.key} listCap equals its asOf snapshot`);
  }
  // A doctor holds at most one position on any date.
  for (const d of m.doctors) {
    const held = m.positions.flatMap((p) => p.doctors.filter((l) => l.doctorKey === d.key && l.role !== 'substitute'));
    for (let i = 0; i < held.length; i++)
      for (let j = i + 1; j < held.length; j++) {
        const a = at(held, i);
        const b = at(held, j);
        const overlap = a.from <= (b.to ?? '9999-12-31') && b.from <= (a.to ?? '9999-12-31');
        c.that(!overlap, `${d.key} holds two positions at once`);
      }
  }
  for (const s of m.snapshots) {
    c.that(positionKeys.has(s.positionKey), `snapshot for unknown position ${s.positionKey}`);
    c.that(s.listLength >= 0 && s.listLength <= s.listCap && s.listCap <= listBound, `${s.positionKey} ${s.month}: list ${s.listLength}/${s.listCap}`);
    c.that(s.waitingList >= 0, `${s.positionKey} ${s.month}: negative waiting list`);
  }
  c.equal(m.monthly.map((r) => r.month).join(','), monthsExpected.join(','), 'kommune months');
  for (const u of m.users) {
    c.equal(u.password, DEMO_PASSWORD, `${u.username} password`);
    c.that((u.role === 'doctor') === (u.doctorKey !== null), `${u.username}: doctorKey iff doctor role`);
    if (u.doctorKey !== null) c.that(doctorKeys.has(u.doctorKey), `${u.username}: unknown doctor`);
  }
}

/** Positions whose holder is in place on `date`, and their doctors. */
function holdersOn(m: DemoMunicipality, date: string): DemoDoctor[] {
  return m.positions.flatMap((p) =>
    linksAt(p.doctors, date)
      .filter((l) => l.role === 'holder')
      .map((l) => {
        const d = m.doctors.find((x) => x.key === l.doctorKey);
        if (!d) throw new Error(`unknown doctor ${l.doctorKey}`);
        return d;
      }),
  );
}

// ---------------------------------------------------------------------------------------------------
// Sandefjord
// ---------------------------------------------------------------------------------------------------

function buildSandefjord(): DemoMunicipality {
  const rng = new Rng(SF_SEED);
  const months = monthsEnding(SF_AS_OF, 12);
  const last = months.length - 1;

  // Offices (all private: "i all hovedsak drives som selvstendig næringsdrift").
  const offices: DemoOffice[] = SF_OFFICES.map((o) => ({ key: `sf-${slug(o.name)}`, name: o.name, address: o.address, orgForm: 'private' }));
  const officeOfPosition = SF_OFFICES.flatMap((o, i) => Array.from({ length: o.positions }, () => at(offices, i).key));

  // Ages: draw within bands, then adjust to the exact sum.
  const bandOf = SF_AGE_BANDS.flatMap((b) => Array.from({ length: b.count }, () => b));
  const drawn = bandOf.map((b) => rng.int(b.min, b.max));
  const order = rng.shuffle(bandOf.map((_, i) => i));
  const adjustedInOrder = adjustToSum(
    order.map((i) => at(drawn, i)),
    SF_AGE_SUM,
    order.map((i) => at(bandOf, i).min),
    order.map((i) => at(bandOf, i).max),
    1,
  );
  const ages: number[] = [];
  order.forEach((i, k) => (ages[i] = at(adjustedInOrder, k)));

  // Holder drafts per band: kind and sex.
  type Holder = { age: number; kind: DoctorKind; sex: 'F' | 'M' };
  const holders: Holder[] = [];
  let cursor = 0;
  for (const b of SF_AGE_BANDS) {
    const idx = Array.from({ length: b.count }, (_, k) => cursor + k);
    cursor += b.count;
    const women = new Set(rng.shuffle(idx).slice(0, b.women));
    const kinds = rng.shuffle(
      idx.map((_, k): DoctorKind => (b.band === 'alis' ? 'alis' : k < b.specialists ? 'specialist' : 'general')),
    );
    idx.forEach((i, k) => holders.push({ age: at(ages, i), kind: at(kinds, k), sex: women.has(i) ? 'F' : 'M' }));
  }

  // Seat the holders: the two event positions get ALIS newcomers, the rest in random order.
  const eventNos: number[] = [SF_EVENTS.retirement.positionNo, SF_EVENTS.departure.positionNo];
  const alisIdx = holders.map((h, i) => (h.kind === 'alis' ? i : -1)).filter((i) => i >= 0);
  const newcomers = rng.shuffle(alisIdx).slice(0, eventNos.length);
  const rest = rng.shuffle(holders.map((_, i) => i).filter((i) => !newcomers.includes(i)));
  const seat: number[] = []; // seat[positionNo-1] = holder index
  for (let p = 1, r = 0; p <= SF_POSITIONS; p++) {
    const e = eventNos.indexOf(p);
    seat.push(e >= 0 ? at(newcomers, e) : at(rest, r++));
  }

  const doctors: DemoDoctor[] = [];
  const newDoctor = (draft: DoctorDraft): DemoDoctor => {
    const n = doctors.length + 1;
    const d = makeDoctor(rng, `sf-lege-${pad2(n)}`, `Lege SF-${pad2(n)} (syntetisk)`, draft);
    doctors.push(d);
    return d;
  };

  const positions: DemoPosition[] = [];
  for (let p = 1; p <= SF_POSITIONS; p++) {
    const h = at(holders, at(seat, p - 1));
    const isNewcomer = eventNos.includes(p);
    const doctor = newDoctor({
      birthYear: SF_AGE_YEAR - h.age,
      sex: h.sex,
      kind: h.kind,
      latestAuthorisedYear: isNewcomer ? 2019 : 2018,
      latestSpecialistYear: 2020,
    });
    // Incumbents started before the history window; the two newcomers start on their event date.
    const event = p === SF_EVENTS.retirement.positionNo ? SF_EVENTS.retirement : p === SF_EVENTS.departure.positionNo ? SF_EVENTS.departure : null;
    const authYear = yearOf(doctor.authorisedDate);
    // ALIS began their GP work in the last few years; the others have held their lists for longer.
    const startYear = Math.min(h.kind === 'alis' ? Math.max(authYear + 1, rng.int(2015, 2019)) : authYear + rng.int(2, 6), 2019);
    const from = event ? event.newHolderFrom : ymd(startYear, rng.int(1, 12), 1);
    positions.push({
      key: `sf-hjemmel-${pad2(p)}`,
      code: `SF-H${pad2(p)}`,
      officeKey: at(officeOfPosition, p - 1),
      orgForm: 'self_employed',
      listCap: 0, // set below from the lists
      status: 'active',
      sharedList: false,
      doctors: [{ doctorKey: doctor.key, from, to: null, role: 'holder' }],
    });
  }

  // Past doctors for the two events: a retiree (born 1951), a substitute, a doctor who moved on.
  const retiree = newDoctor({ birthYear: 1951, sex: 'M', kind: 'specialist', latestAuthorisedYear: 1980, latestSpecialistYear: 1990 });
  const substitute = newDoctor({ birthYear: 1990, sex: 'F', kind: 'alis', latestAuthorisedYear: 2018, latestSpecialistYear: 2020 });
  const leaver = newDoctor({ birthYear: 1976, sex: 'F', kind: 'specialist', latestAuthorisedYear: 2004, latestSpecialistYear: 2012 });
  const pRet = at(positions, SF_EVENTS.retirement.positionNo - 1);
  pRet.doctors.unshift(
    { doctorKey: retiree.key, from: '1996-09-01', to: SF_EVENTS.retirement.holderTo, role: 'holder' },
    { doctorKey: substitute.key, from: SF_EVENTS.retirement.substituteFrom, to: SF_EVENTS.retirement.substituteTo, role: 'substitute' },
  );
  const pDep = at(positions, SF_EVENTS.departure.positionNo - 1);
  pDep.doctors.unshift({ doctorKey: leaver.key, from: '2013-03-01', to: SF_EVENTS.departure.holderTo, role: 'holder' });

  // Lists at asOf: caps in steps of 50, adjusted to Σ cap; 4 open lists carry the 1 013 free places.
  const eventIdx = eventNos.map((n) => n - 1);
  const capsDrawn = positions.map(() => 50 * Math.round((1_150 + (rng.float() + rng.float() + rng.float() - 1.5) * 260) / 50));
  const caps = adjustToSum(capsDrawn, SF_TOTAL_CAP, positions.map(() => 900), positions.map(() => 1_600), 50);
  const candidatesOpen = rng.shuffle(positions.map((_, i) => i).filter((i) => !eventIdx.includes(i)));
  const openIdx = candidatesOpen.slice(0, SF_OPEN_LISTS);
  const free = distribute(SF_OPEN_PLACES, openIdx.map(() => 0.5 + rng.float()));
  const finalLen = caps.map((cap, i) => (openIdx.includes(i) ? cap - at(free, openIdx.indexOf(i)) : cap));

  // History, built backwards from asOf: lists grow slowly, caps were cut, free places shrink.
  const others = rng.shuffle(positions.map((_, i) => i).filter((i) => !eventIdx.includes(i) && !openIdx.includes(i)));
  const reducers = others.slice(0, SF_CAP_REDUCERS);
  const fillers = others.slice(SF_CAP_REDUCERS, SF_CAP_REDUCERS + SF_FILLERS);
  const capTrack: number[][] = [];
  const lenTrack: number[][] = [];
  positions.forEach((_, i) => {
    const cap = months.map(() => at(caps, i));
    const len = months.map(() => at(finalLen, i));
    if (openIdx.includes(i)) {
      // Still open: a few new patients every month.
      for (let m = last - 1; m >= 0; m--) len[m] = at(len, m + 1) - rng.int(1, 6);
    } else if (fillers.includes(i)) {
      // Filled up to its cap at some month of the year and has been full since.
      const fullFrom = rng.int(2, last);
      for (let m = fullFrom - 1; m >= 0; m--) len[m] = at(len, m + 1) - rng.int(2, 10);
    } else if (reducers.includes(i)) {
      // Open under a higher cap until the GP cut the cap down to the list, closing it.
      const cutAt = rng.int(4, last - 1); // the first month showing the lower cap
      const cut = 50 * rng.int(2, 5);
      for (let m = 0; m < cutAt; m++) cap[m] = at(caps, i) + cut;
      for (let m = cutAt - 1; m >= 0; m--) len[m] = at(len, m + 1) - rng.int(0, 4);
    }
    capTrack.push(cap);
    lenTrack.push(len);
  });
  // Event positions: the list thinned while the substitute covered / the position stood vacant.
  const monthIdx = (month: string): number => months.indexOf(month);
  const retLen = at(lenTrack, SF_EVENTS.retirement.positionNo - 1);
  [4, 9, 14].forEach((loss, k) => (retLen[monthIdx('2020-07-01') + k] = at(retLen, 0) - loss));
  const depLen = at(lenTrack, SF_EVENTS.departure.positionNo - 1);
  depLen[monthIdx('2020-12-01')] = at(depLen, 0) - 6;

  // Waiting lists: a monthly total, spread over the lists that are full that month.
  const waitWeight = positions.map(() => 0.2 + 2 * rng.float() ** 2);
  const waitTotal = months.map((_, m) => (m === last ? SF_WAITING : Math.round(SF_WAITING * (0.78 + (0.22 * m) / last))));
  const waitTrack = positions.map(() => months.map(() => 0));
  months.forEach((_, m) => {
    const full = positions.map((_, i) => i).filter((i) => at(at(lenTrack, i), m) === at(at(capTrack, i), m));
    const spread = distribute(at(waitTotal, m), full.map((i) => at(waitWeight, i)));
    full.forEach((i, k) => (at(waitTrack, i)[m] = at(spread, k)));
  });

  const snapshots: DemoSnapshot[] = positions.flatMap((p, i) =>
    months.map((month, m) => ({
      positionKey: p.key,
      month,
      listLength: at(at(lenTrack, i), m),
      listCap: at(at(capTrack, i), m),
      waitingList: at(at(waitTrack, i), m),
    })),
  );
  positions.forEach((p, i) => {
    p.listCap = at(caps, i);
    p.status = statusOn(p.doctors, SF_AS_OF);
  });

  const monthly: DemoMonthly[] = months.map((month, m) => ({
    month,
    population: SF_POPULATION - (last - m) * SF_POPULATION_GROWTH_PER_MONTH,
    listedElsewhere: SF_LISTED_ELSEWHERE - (last - m) * 4,
    listedNonResidents: SF_LISTED_NON_RESIDENTS - Math.round((last - m) * 1.5),
  }));

  const userDoctor = at(doctors, SF_EVENTS.retirement.positionNo - 1); // the ALIS who took over the retiree's list
  const result: DemoMunicipality = {
    kommune: { ...SF_KOMMUNE },
    asOf: SF_AS_OF,
    freeShareTarget: SF_FREE_SHARE_TARGET,
    freePlacesMin: null,
    offices,
    doctors,
    positions,
    snapshots,
    monthly,
    users: makeUsers('sandefjord', 'Sandefjord', userDoctor.key, userDoctor.name),
  };
  assertSandefjord(result);
  return result;
}

function assertSandefjord(m: DemoMunicipality): void {
  const c = new Checks('Sandefjord');
  const months = monthsEnding(SF_AS_OF, 12);
  checkIntegrity(c, m, months, SF_LIST_BOUND);
  const now = m.snapshots.filter((s) => s.month === SF_AS_OF);
  const jan = m.snapshots.filter((s) => s.month === addMonths(SF_AS_OF, -1));
  c.equal(m.offices.length, SF_OFFICES.length, 'offices');
  c.equal(m.positions.length, SF_POSITIONS, 'positions');
  c.that(m.positions.every((p) => p.status === 'active'), 'all positions active');
  c.equal(sum(now.map((s) => s.listLength)), SF_TOTAL_LIST, 'Σ list length');
  c.equal(sum(now.map((s) => s.listCap)), SF_TOTAL_CAP, 'Σ list cap');
  c.equal(openPlaces(now), SF_OPEN_PLACES, 'open places');
  c.equal(now.filter((s) => s.listLength < s.listCap).length, SF_OPEN_LISTS, 'open lists');
  c.equal(sum(now.map((s) => s.waitingList)), SF_WAITING, 'Σ waiting list');
  c.that(now.every((s) => s.waitingList === 0 || s.listLength === s.listCap), 'waiting lists only on full lists');
  c.that(sum(jan.map((s) => s.listLength)) !== SF_TOTAL_LIST && openPlaces(jan) !== SF_OPEN_PLACES, 'Jan 2021 differs from Feb 2021');
  const held = holdersOn(m, SF_AS_OF);
  c.equal(new Set(held.map((d) => d.key)).size, SF_POSITIONS, 'distinct holders');
  c.equal(held.filter((d) => d.specialistGp).length, SF_SPECIALISTS, 'specialists');
  c.equal(held.filter((d) => d.inSpecialisation).length, SF_IN_SPECIALISATION, 'in specialisation');
  c.equal(held.filter((d) => d.sex === 'F').length, SF_WOMEN, 'women');
  c.equal(sum(held.map((d) => SF_AGE_YEAR - d.birthYear)), SF_AGE_SUM, 'Σ age');
  c.equal(held.filter((d) => SF_AGE_YEAR - d.birthYear >= 50).length, SF_AGED_50_PLUS, 'aged ≥ 50');
  c.equal(held.filter((d) => d.birthYear <= SF_RETIREMENT_BIRTH_YEAR_MAX).length, SF_RETIRING_BY_2028, 'reach 70 by 2028');
  const latest = m.monthly.find((r) => r.month === SF_AS_OF);
  c.equal(latest?.listedElsewhere, SF_LISTED_ELSEWHERE, 'listed elsewhere');
  c.equal(latest?.population, SF_POPULATION, 'population');
  c.that(months.some((month) => m.positions.some((p) => statusOn(p.doctors, month) !== 'active')), 'a month with a vacant/substitute position');
  c.done();
}

// ---------------------------------------------------------------------------------------------------
// Sarpsborg
// ---------------------------------------------------------------------------------------------------

function buildSarpsborg(): DemoMunicipality {
  const rng = new Rng(SP_SEED);
  const months = monthsEnding(SP_AS_OF, 12);
  const last = months.length - 1;
  const monthIdx = (month: string): number => {
    const i = months.indexOf(month);
    if (i < 0) throw new Error(`month ${month} outside the history`);
    return i;
  };

  // Offices: 18 synthetic private offices (the strategy names none) + the two municipal ones.
  const offices: DemoOffice[] = [
    ...Array.from({ length: SP_PRIVATE_OFFICES }, (_, i): DemoOffice => ({
      key: `sp-legesenter-${pad2(i + 1)}`,
      name: `Legesenter ${i + 1} (syntetisk)`,
      address: `Eksempelveien ${i + 1}, Sarpsborg (syntetisk adresse)`,
      orgForm: 'private',
    })),
    ...SP_MUNICIPAL_OFFICES.map((o): DemoOffice => ({
      key: `sp-${slug(o.name)}`,
      name: o.name,
      address: 'Sarpsborg (adresse ikke oppgitt i fastlegestrategien)',
      orgForm: 'municipal',
    })),
  ];
  // 48 self-employed positions over 18 offices: 2 each, then 12 more at random (max 5 per office).
  const perOffice = Array.from({ length: SP_PRIVATE_OFFICES }, () => 2);
  for (let extra = SP_SELF_EMPLOYED - 2 * SP_PRIVATE_OFFICES; extra > 0; ) {
    const o = rng.int(0, SP_PRIVATE_OFFICES - 1);
    if (at(perOffice, o) < 5) {
      perOffice[o] = at(perOffice, o) + 1;
      extra--;
    }
  }
  const officeOfPosition = perOffice.flatMap((n, o) => Array.from({ length: n }, () => at(offices, o).key));

  // Kinds of the 48 self-employed holders: fixed by the events, the rest drawn to 25 specialists.
  const eventKind = new Map<number, DoctorKind>();
  for (const e of SP_EVENTS.agencyCovered) eventKind.set(e.positionNo, e.newHolder);
  eventKind.set(SP_EVENTS.solbyenDoctorCovers.positionNo, SP_EVENTS.solbyenDoctorCovers.newHolder);
  eventKind.set(SP_EVENTS.directTakeover.positionNo, SP_EVENTS.directTakeover.newHolder);
  for (const z of SP_EVENTS.zeroLists) eventKind.set(z.positionNo, 'alis');
  const fixedSpecialists = [...eventKind.values()].filter((k) => k === 'specialist').length;
  const freeNos = Array.from({ length: SP_SELF_EMPLOYED }, (_, i) => i + 1).filter((n) => !eventKind.has(n));
  const specialistNos = new Set(rng.shuffle(freeNos).slice(0, SP_SELF_EMPLOYED_SPECIALISTS - fixedSpecialists));
  const kindOf = (n: number): DoctorKind => eventKind.get(n) ?? (specialistNos.has(n) ? 'specialist' : 'alis');

  // All 54 current holders: kind, then sex (SP_WOMEN in all) and age by kind.
  type Slot = { no: number; kind: DoctorKind; municipal: { office: number; pos: number } | null };
  const slots: Slot[] = [
    ...Array.from({ length: SP_SELF_EMPLOYED }, (_, i): Slot => ({ no: i + 1, kind: kindOf(i + 1), municipal: null })),
    ...SP_MUNICIPAL_OFFICES.flatMap((o, oi) => o.positions.map((p, pi): Slot => ({ no: 0, kind: p.kind, municipal: { office: oi, pos: pi } }))),
  ];
  slots.forEach((s, i) => (s.no = i + 1));
  const women = new Set(rng.shuffle(slots.map((_, i) => i)).slice(0, SP_WOMEN));

  const doctors: DemoDoctor[] = [];
  const newDoctor = (draft: DoctorDraft): DemoDoctor => {
    const n = doctors.length + 1;
    const d = makeDoctor(rng, `sp-lege-${pad2(n)}`, `Lege SP-${pad2(n)} (syntetisk)`, draft);
    doctors.push(d);
    return d;
  };
  const holderDraft = (kind: DoctorKind, sex: 'F' | 'M'): DoctorDraft => {
    const age = kind === 'alis' ? rng.int(28, 42) : rng.int(36, 68);
    return { birthYear: 2023 - age, sex, kind, latestAuthorisedYear: 2021, latestSpecialistYear: 2022 };
  };

  const positions: DemoPosition[] = slots.map((s, i) => {
    const d = newDoctor(holderDraft(s.kind, women.has(i) ? 'F' : 'M'));
    const authYear = yearOf(d.authorisedDate);
    // Incumbents: ALIS started 2018 or later (the ALIS scheme; >30 % turnover since 2018); specialists earlier.
    const fromYear = s.kind === 'alis' ? Math.max(authYear + 1, rng.int(2018, 2021)) : Math.min(Math.max(authYear + rng.int(2, 8), 2000), 2021);
    const officeKey = s.municipal ? at(offices, SP_PRIVATE_OFFICES + s.municipal.office).key : at(officeOfPosition, i);
    return {
      key: `sp-hjemmel-${pad2(s.no)}`,
      code: `SP-H${pad2(s.no)}`,
      officeKey,
      orgForm: s.municipal ? 'municipal' : 'self_employed',
      listCap: 0,
      status: 'active',
      sharedList: false,
      doctors: [{ doctorKey: d.key, from: ymd(Math.min(fromYear, 2021), rng.int(1, 12), 1), to: null, role: 'holder' }],
    };
  });
  const pos = (no: number): DemoPosition => at(positions, no - 1);
  const currentHolder = (p: DemoPosition): DemoLink => at(p.doctors, p.doctors.length - 1);
  const solbyenNo = (k: number): number => SP_SELF_EMPLOYED + at(SP_MUNICIPAL_OFFICES, 0).positions.length + k + 1;

  // Events: who held, who covered, when the new holder came.
  const pastDoctor = (kind: DoctorKind, born: number): DemoDoctor =>
    newDoctor({ birthYear: born, sex: rng.float() < 0.5 ? 'F' : 'M', kind, latestAuthorisedYear: born + 28, latestSpecialistYear: 2020 });
  const agencySubstitute = (born: number): DemoDoctor =>
    newDoctor({ birthYear: born, sex: rng.float() < 0.5 ? 'F' : 'M', kind: 'specialist', latestAuthorisedYear: born + 28, latestSpecialistYear: 2019 });
  for (const e of SP_EVENTS.agencyCovered) {
    const p = pos(e.positionNo);
    const newFrom = addDays(e.substituteTo, 1);
    currentHolder(p).from = newFrom;
    const before = pastDoctor('specialist', rng.int(1955, 1980));
    const sub = agencySubstitute(rng.int(1960, 1985));
    p.doctors.unshift(
      { doctorKey: before.key, from: ymd(rng.int(2003, 2015), rng.int(1, 12), 1), to: e.holderTo, role: 'holder' },
      { doctorKey: sub.key, from: addDays(e.holderTo, 1), to: e.substituteTo, role: 'substitute' },
    );
  }
  {
    const e = SP_EVENTS.solbyenDoctorCovers;
    const p = pos(e.positionNo);
    currentHolder(p).from = addDays(e.substituteTo, 1);
    const before = pastDoctor('specialist', rng.int(1955, 1975));
    const solbyenDoctor = currentHolder(pos(solbyenNo(0))).doctorKey; // the Solbyen specialist
    p.doctors.unshift(
      { doctorKey: before.key, from: ymd(rng.int(2000, 2012), rng.int(1, 12), 1), to: e.holderTo, role: 'holder' },
      { doctorKey: solbyenDoctor, from: addDays(e.holderTo, 1), to: e.substituteTo, role: 'substitute' },
    );
  }
  {
    const e = SP_EVENTS.directTakeover;
    const p = pos(e.positionNo);
    currentHolder(p).from = addDays(e.holderTo, 1);
    const retiree = pastDoctor('specialist', 1954);
    p.doctors.unshift({ doctorKey: retiree.key, from: '1991-01-01', to: e.holderTo, role: 'holder' });
  }
  for (const z of SP_EVENTS.zeroLists) currentHolder(pos(z.positionNo)).from = z.created;
  {
    // Solbyen: one list transferred from self-employed practice, two new 0-lists, all from the opening day.
    const transferred = pos(solbyenNo(0));
    currentHolder(transferred).from = SP_SOLBYEN_OPENED;
    const before = pastDoctor('specialist', 1958);
    transferred.doctors.unshift({ doctorKey: before.key, from: '2002-05-01', to: SP_EVENTS.transferHolderTo, role: 'holder' });
    for (const k of [1, 2]) currentHolder(pos(solbyenNo(k))).from = SP_SOLBYEN_OPENED;
  }
  // A holder never starts before authorisation.
  for (const p of positions)
    for (const l of p.doctors) {
      const d = doctors.find((x) => x.key === l.doctorKey);
      if (d && l.from < d.authorisedDate) l.from = addMonths(d.authorisedDate.slice(0, 8) + '01', 1);
    }

  // Lists at asOf. Municipal lists are fixed; self-employed caps drawn in steps of 50 (950–1 450, narrow enough that
  // the 48 lists hold ≈ 46 667 patients within their first 1 000, the count the strategy's 6,3 / 12,6 / 18,9 mill kr
  // top-up costs imply) and adjusted so Σ length hits the target; the open places sit on Solbyen, the newest 0-list and three private lists.
  const municipal = SP_MUNICIPAL_OFFICES.flatMap((o) => o.positions);
  const zeroNos: number[] = SP_EVENTS.zeroLists.map((z) => z.positionNo);
  const newest = at(SP_EVENTS.zeroLists, 1);
  const newestFree = newest.cap - at(newest.lenByMonth, last);
  const municipalLen = sum(municipal.map((p) => p.len));
  const municipalFree = sum(municipal.map((p) => p.cap - p.len));
  const privateFree = SP_OPEN_PLACES - municipalFree - newestFree;
  const seLenTarget = SP_TOTAL_LIST - municipalLen;
  const seCapTarget = seLenTarget + newestFree + privateFree;
  const eventNos = new Set<number>([...eventKind.keys()]);
  const adjustable = Array.from({ length: SP_SELF_EMPLOYED }, (_, i) => i + 1).filter((n) => !zeroNos.includes(n));
  const capsDrawn = adjustable.map(() => 50 * Math.round((1_050 + (rng.float() + rng.float() + rng.float() - 1.5) * 200) / 50));
  const fixedCaps = sum(SP_EVENTS.zeroLists.map((z) => z.cap));
  const capsAdj = adjustToSum(capsDrawn, seCapTarget - fixedCaps, adjustable.map(() => 950), adjustable.map(() => 1_450), 50);
  const finalCap = new Map<number, number>();
  adjustable.forEach((n, k) => finalCap.set(n, at(capsAdj, k)));
  for (const z of SP_EVENTS.zeroLists) finalCap.set(z.positionNo, z.cap);
  const openNos = rng.shuffle(adjustable.filter((n) => !eventNos.has(n))).slice(0, SP_OTHER_OPEN_LISTS);
  const openFree = distribute(privateFree, openNos.map(() => 0.5 + rng.float()));
  const reducerNos = rng
    .shuffle(adjustable.filter((n) => !eventNos.has(n) && !openNos.includes(n) && (finalCap.get(n) ?? 0) >= 900))
    .slice(0, SP_EVENTS.reducers.length);

  // Tracks per position, month by month.
  const capTrack: number[][] = [];
  const lenTrack: number[][] = [];
  const cutMonth = monthIdx(SP_EVENTS.reductionMonth);
  const opening = monthIdx(addMonths(SP_SOLBYEN_OPENED.slice(0, 8) + '01', 1)); // first 1st-of-month after opening
  positions.forEach((p, i) => {
    const no = i + 1;
    let cap: number[];
    let len: number[];
    if (no <= SP_SELF_EMPLOYED) {
      const c = finalCap.get(no) ?? 0;
      cap = months.map(() => c);
      len = months.map(() => c);
      const zero = SP_EVENTS.zeroLists.find((z) => z.positionNo === no);
      const openK = openNos.indexOf(no);
      const reducerK = reducerNos.indexOf(no);
      if (zero) {
        cap = 'capByMonth' in zero ? [...zero.capByMonth] : cap;
        len = [...zero.lenByMonth];
      } else if (openK >= 0) {
        // Lists slowly thinning through the year as the GP cuts back: free places grow towards March 2023.
        const f = at(openFree, openK);
        len = months.map((_, m) => c - Math.round(f * (0.4 + (0.6 * m) / last)));
      } else if (reducerK >= 0) {
        const hi = c + at(SP_EVENTS.reducers, reducerK);
        cap = months.map((_, m) => (m < cutMonth ? hi : c));
        len = [...cap];
      }
      // Lists without a holder thin a little while substitutes cover them.
      months.forEach((month, m) => {
        if (statusOn(p.doctors, month) !== 'active' && at(cap, m) > 0) len[m] = at(cap, m) - 15;
      });
    } else {
      const mp = at(municipal, no - SP_SELF_EMPLOYED - 1);
      cap = months.map(() => mp.cap);
      len = months.map(() => mp.len);
      if (no === solbyenNo(0)) {
        // Self-employed list until the holder left at the end of 2022; vacant on 1 Jan; municipal from the opening.
        cap = months.map((_, m) => (m < opening ? SP_EVENTS.transferCapBefore : mp.cap));
        len = months.map((_, m) => (m < opening - 1 ? SP_EVENTS.transferCapBefore : m === opening - 1 ? SP_EVENTS.transferCapBefore - 20 : m === last ? mp.len : mp.cap - 40));
      } else if (no === solbyenNo(1) || no === solbyenNo(2)) {
        // Not yet created before the opening: cap 0 and no patients.
        cap = months.map((_, m) => (m < opening ? 0 : mp.cap));
        len = months.map((_, m) => (m < opening ? 0 : m === last ? mp.len : Math.round(mp.len * 0.6)));
      }
    }
    capTrack.push(cap);
    lenTrack.push(len);
  });

  // Waiting lists: a monthly total spread over the lists that are full that month.
  const waitWeight = positions.map(() => 0.2 + 2 * rng.float() ** 2);
  const waitTrack = positions.map(() => months.map(() => 0));
  months.forEach((_, m) => {
    const full = positions.map((_, i) => i).filter((i) => at(at(capTrack, i), m) > 0 && at(at(lenTrack, i), m) === at(at(capTrack, i), m));
    const spread = distribute(at(SP_WAITING_CURVE, m), full.map((i) => at(waitWeight, i)));
    full.forEach((i, k) => (at(waitTrack, i)[m] = at(spread, k)));
  });

  // A position has list figures only from the month it exists (cap 0 in the tracks = not created yet).
  const snapshots: DemoSnapshot[] = positions.flatMap((p, i) =>
    months
      .map((month, m) => ({
        positionKey: p.key,
        month,
        listLength: at(at(lenTrack, i), m),
        listCap: at(at(capTrack, i), m),
        waitingList: at(at(waitTrack, i), m),
      }))
      .filter((s) => s.listCap > 0),
  );
  positions.forEach((p, i) => {
    p.listCap = at(at(capTrack, i), last);
    p.status = statusOn(p.doctors, SP_AS_OF);
  });

  const monthly: DemoMonthly[] = months.map((month, m) => ({
    month,
    population: SP_POPULATION - (last - m) * SP_POPULATION_GROWTH_PER_MONTH,
    listedElsewhere: SP_LISTED_ELSEWHERE - (last - m) * 5,
    listedNonResidents: SP_LISTED_NON_RESIDENTS - (last - m) * 2,
  }));

  const userDoctor = doctors.find((d) => d.key === currentHolder(pos(solbyenNo(0))).doctorKey);
  if (!userDoctor) throw new Error('Sarpsborg: no doctor for the doctor user');
  const result: DemoMunicipality = {
    kommune: { ...SP_KOMMUNE },
    asOf: SP_AS_OF,
    freeShareTarget: SP_FREE_SHARE_TARGET,
    freePlacesMin: SP_FREE_PLACES_MIN,
    offices,
    doctors,
    positions,
    snapshots,
    monthly,
    users: makeUsers('sarpsborg', 'Sarpsborg', userDoctor.key, userDoctor.name),
  };
  assertSarpsborg(result);
  return result;
}

function assertSarpsborg(m: DemoMunicipality): void {
  const c = new Checks('Sarpsborg');
  checkIntegrity(c, m, monthsEnding(SP_AS_OF, 12), SP_LIST_BOUND);
  const now = m.snapshots.filter((s) => s.month === SP_AS_OF);
  const officeOf = new Map(m.offices.map((o) => [o.key, o]));
  const se = m.positions.filter((p) => p.orgForm === 'self_employed');
  const mun = m.positions.filter((p) => p.orgForm === 'municipal');
  c.equal(m.positions.length, SP_SELF_EMPLOYED + 6, 'positions');
  c.equal(se.length, SP_SELF_EMPLOYED, 'self-employed positions');
  c.equal(new Set(se.map((p) => p.officeKey)).size, SP_PRIVATE_OFFICES, 'private offices used');
  c.that(se.every((p) => officeOf.get(p.officeKey)?.orgForm === 'private'), 'self-employed in private offices');
  c.equal([...new Set(mun.map((p) => officeOf.get(p.officeKey)?.name))].sort().join(','), 'Lilletorget legekontor,Solbyen legesenter', 'municipal offices');
  c.that(m.positions.every((p) => p.status === 'active'), 'all positions filled in March 2023');
  c.equal(sum(now.map((s) => s.listLength)), SP_TOTAL_LIST, 'Σ list length');
  c.equal(openPlaces(now), SP_OPEN_PLACES, 'open places');
  c.that(openPlaces(now) < SP_FREE_PLACES_MIN, 'open places under the 1 000 trigger');
  c.equal(sum(now.map((s) => s.waitingList)), SP_WAITING, 'Σ waiting list');
  const solbyenKeys = new Set(mun.filter((p) => officeOf.get(p.officeKey)?.name === 'Solbyen legesenter').map((p) => p.key));
  c.equal(openPlaces(now.filter((s) => solbyenKeys.has(s.positionKey))), SP_SOLBYEN_OPEN, 'Solbyen open places');
  const held = holdersOn(m, SP_AS_OF);
  c.equal(new Set(held.map((d) => d.key)).size, m.positions.length, 'distinct holders');
  c.equal(held.filter((d) => d.sex === 'F').length, SP_WOMEN, 'women');
  const seHolders = se.flatMap((p) => linksAt(p.doctors, SP_AS_OF).filter((l) => l.role === 'holder').map((l) => l.doctorKey));
  c.equal(m.doctors.filter((d) => seHolders.includes(d.key) && d.specialistGp).length, SP_SELF_EMPLOYED_SPECIALISTS, 'self-employed specialists');
  for (const p of mun) {
    const d = m.doctors.find((x) => x.key === linksAt(p.doctors, SP_AS_OF)[0]?.doctorKey);
    const s = now.find((x) => x.positionKey === p.key);
    const [lo, hi] = d?.inSpecialisation ? [600, 700] : [800, 900];
    c.that(s !== undefined && s.listCap >= lo && s.listCap <= hi && s.listLength >= lo && s.listLength <= hi, `${p.code}: municipal list in ${lo}–${hi}`);
  }
  c.that(
    monthsEnding(SP_AS_OF, 12).some((month) => m.positions.some((p) => statusOn(p.doctors, month) === 'substitute')),
    'a month with a substitute-covered position',
  );
  c.done();
}

// ---------------------------------------------------------------------------------------------------
// Entry point
// ---------------------------------------------------------------------------------------------------

/** Both demo municipalities, built and checked. */
export function buildDemoData(): { sandefjord: DemoMunicipality; sarpsborg: DemoMunicipality } {
  return { sandefjord: buildSandefjord(), sarpsborg: buildSarpsborg() };
}

/** The exact bytes written for a municipality. */
export function toJson(m: DemoMunicipality): string {
  return `${JSON.stringify(m, null, 2)}\n`;
}

const here = dirname(fileURLToPath(import.meta.url));
if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { sandefjord, sarpsborg } = buildDemoData();
  writeFileSync(join(here, 'sandefjord.json'), toJson(sandefjord));
  writeFileSync(join(here, 'sarpsborg.json'), toJson(sarpsborg));
  console.log(`wrote ${join(here, 'sandefjord.json')} and ${join(here, 'sarpsborg.json')}`);
}
