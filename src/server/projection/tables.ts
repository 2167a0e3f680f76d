import type { TimelineMonth } from '../../domain/capacity/index.ts';
import { compareScenarios, type MonteCarlo, type Projection, type ProjectionYear, type ScenarioAssumptions } from '../../domain/projection/index.ts';
import { POSITION_ORG_FORM_LABELS } from '../../contracts/registry/position.ts';
import { table, type Column, type Table } from './xlsx.ts';
import type { CapacityFigures } from '../../domain/capacity/index.ts';

const nb = (x: number, digits = 0) => new Intl.NumberFormat('nb-NO', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(x);
const pct = (x: number) => new Intl.NumberFormat('nb-NO', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(x);
const round1 = (x: number) => Math.round(x * 10) / 10;

/** The per-year columns of a projection, as on the page: positions with one decimal, whole positions to create. */
export const PROJECTION_COLUMNS: Column<ProjectionYear>[] = [
  { header: 'År', value: (y) => y.year, format: 'text' },
  { header: 'Innbyggere', value: (y) => y.population, format: 'int' },
  { header: 'Behov (hoder)', value: (y) => Math.round(y.demand), format: 'int' },
  { header: 'Behov (aldersvektet)', value: (y) => Math.round(y.demandAgeWeighted), format: 'int' },
  { header: 'Hjemler', value: (y) => y.positionsHeld, format: 'int' },
  { header: 'Kapasitet (Σ listetak)', value: (y) => Math.round(y.listCapacity), format: 'int' },
  { header: 'Hjemler som trengs (hoder)', value: (y) => round1(y.positionsNeededHeadcount), format: 'one' },
  { header: 'Hjemler som trengs (aldersvektet)', value: (y) => round1(y.positionsNeededAgeWeighted), format: 'one' },
  { header: 'Gap', value: (y) => round1(y.gap), format: 'one' },
  { header: 'Hjemler å opprette', value: (y) => y.positionsToCreate, format: 'int' },
  { header: 'Pensjoneringer', value: (y) => y.retirements, format: 'int' },
  { header: 'Andre avganger', value: (y) => round1(y.otherDepartures), format: 'one' },
  { header: 'Hjemler uten fast lege', value: (y) => round1(y.vacantPositions), format: 'one' },
  { header: 'Bemanningsgap', value: (y) => round1(y.staffingGap), format: 'one' },
  { header: 'Rekrutteringsbehov', value: (y) => round1(y.recruitsNeeded), format: 'one' },
];

/** The fan chart's percentiles per year. */
export const MONTE_CARLO_COLUMNS: Column<MonteCarlo['years'][number]>[] = [
  { header: 'År', value: (y) => y.year, format: 'text' },
  { header: 'Gap P10', value: (y) => round1(y.gap.p10), format: 'one' },
  { header: 'Gap P50', value: (y) => round1(y.gap.p50), format: 'one' },
  { header: 'Gap P90', value: (y) => round1(y.gap.p90), format: 'one' },
  { header: 'Bemanningsgap P10', value: (y) => round1(y.staffingGap.p10), format: 'one' },
  { header: 'Bemanningsgap P50', value: (y) => round1(y.staffingGap.p50), format: 'one' },
  { header: 'Bemanningsgap P90', value: (y) => round1(y.staffingGap.p90), format: 'one' },
  { header: 'Rekrutter hittil P10', value: (y) => round1(y.recruitsCumulative.p10), format: 'one' },
  { header: 'Rekrutter hittil P50', value: (y) => round1(y.recruitsCumulative.p50), format: 'one' },
  { header: 'Rekrutter hittil P90', value: (y) => round1(y.recruitsCumulative.p90), format: 'one' },
];

const figureColumns = <R>(get: (r: R) => CapacityFigures): Column<R>[] => [
  { header: 'Hjemler', value: (r) => get(r).positions, format: 'int' },
  { header: 'Uten fast lege', value: (r) => get(r).withoutGp, format: 'int' },
  { header: 'Pasienter uten fast lege', value: (r) => get(r).patientsWithoutGp, format: 'int' },
  { header: 'Pasienter', value: (r) => get(r).patients, format: 'int' },
  { header: 'Σ listetak', value: (r) => get(r).sumListCap, format: 'int' },
  { header: 'Ledige plasser', value: (r) => get(r).openPlaces, format: 'int' },
  { header: 'Ledig andel', value: (r) => get(r).openShare, format: 'pct' },
  { header: 'Ledige plasser (Helsedir.)', value: (r) => get(r).netFreePlaces, format: 'int' },
  { header: 'Åpne lister', value: (r) => get(r).openLists, format: 'int' },
  { header: 'Venteliste', value: (r) => get(r).waitingList, format: 'int' },
];

/** Capacity over time: the total with the target in force, and each office. */
export function timelineTables(months: readonly TimelineMonth[], officeName: (id: number) => string): Table[] {
  const total = table<TimelineMonth>(
    'Totalt',
    [
      { header: 'Måned', value: (m) => m.month, format: 'text' },
      ...figureColumns<TimelineMonth>((m) => m.total),
      { header: 'Mål ledig andel', value: (m) => m.target.rule.freeShareTarget, format: 'pct' },
      { header: 'Minste antall ledige', value: (m) => m.target.rule.freePlacesMin, format: 'int' },
      { header: 'Mål nådd', value: (m) => (m.target.met ? 'ja' : 'nei'), format: 'text' },
    ],
    months,
  );
  const perOffice = months.flatMap((m) => m.offices.map((o) => ({ month: m.month, officeId: o.officeId, figures: o.figures })));
  const offices = table<(typeof perOffice)[number]>(
    'Per legekontor',
    [
      { header: 'Måned', value: (r) => r.month, format: 'text' },
      { header: 'Legekontor', value: (r) => officeName(r.officeId), format: 'text' },
      ...figureColumns<(typeof perOffice)[number]>((r) => r.figures),
    ],
    perOffice,
  );
  return [total, offices];
}

/** The assumptions of a scenario in words, for the Excel sheet and the PDF page. */
export function describeAssumptions(a: ScenarioAssumptions): [string, string][] {
  const share = (() => {
    switch (a.gpShare.kind) {
      case 'calibrated':
        return 'kalibrert til dagens lister';
      case 'fixed':
        return pct(a.gpShare.share);
    }
  })();
  const requirement = [
    a.requirement.freeShareTarget === null ? null : `${pct(a.requirement.freeShareTarget)} ledig`,
    a.requirement.freePlacesMin === null ? null : `minst ${nb(a.requirement.freePlacesMin)} ledige plasser`,
  ].filter((x) => x !== null);
  const byForm = Object.entries(a.lists.byOrgForm).map(([form, list]) => `${POSITION_ORG_FORM_LABELS[form as keyof typeof POSITION_ORG_FORM_LABELS]}: ${nb(list)}`);
  return [
    ['Horisont', `${a.horizonYears} år`],
    ['Befolkningsalternativ', `${a.populationSeries} (usikkerhet ${a.uncertainty.lowSeries}–${a.uncertainty.highSeries})`],
    ['Behovsgrunnlag', a.needBasis === 'headcount' ? 'hoder' : 'aldersvektet (konsultasjoner per innbygger)'],
    ['Andel som ønsker fastlege', share],
    ['Krav til ledig kapasitet', requirement.length > 0 ? requirement.join(' og ') : 'ingen'],
    ['Dagens hjemler', a.lists.existing === 'current-caps' ? 'dagens listetak' : 'planlagt liste'],
    ['Planlagt gjennomsnittsliste', nb(a.lists.plannedAverageList)],
    ['Planlagt liste per organisasjonsform', byForm.length > 0 ? byForm.join(', ') : 'som gjennomsnittet'],
    ['Planlagt liste for ALIS', a.lists.alis === null ? 'som organisasjonsformen' : nb(a.lists.alis)],
    ['Pensjonsalder', `${a.retirementAge} år`],
    ['Andre avganger per år', pct(a.otherDepartureRate)],
    ['Ledige hjemler besatt innen året', pct(a.refillRate)],
    ['Nye hjemler', a.newPositions.length === 0 ? 'ingen' : a.newPositions.map((n) => `${n.count} ${POSITION_ORG_FORM_LABELS[n.orgForm].toLowerCase()} fra ${n.year}${n.note ? ` (${n.note})` : ''}`).join('; ')],
    ['Konsultasjonsrater', a.consultationRates.source],
  ];
}

/** A saved scenario's result as workbook tables: assumptions, year by year, and (when computed) the percentiles. */
export function projectionTables(name: string, a: ScenarioAssumptions, projection: Projection, monteCarlo: MonteCarlo | null): Table[] {
  const assumptions = table<[string, string]>(
    'Forutsetninger',
    [
      { header: 'Forutsetning', value: (r) => r[0], format: 'text' },
      { header: name, value: (r) => r[1], format: 'text' },
    ],
    [...describeAssumptions(a), ['Befolkningstall', projection.populationSource], ['Andel som ønsker fastlege (brukt)', pct(projection.gpShare)]],
  );
  const years = table('År for år', PROJECTION_COLUMNS, projection.years);
  return monteCarlo ? [assumptions, years, table(`Usikkerhet (${monteCarlo.runs} trekninger)`, MONTE_CARLO_COLUMNS, monteCarlo.years)] : [assumptions, years];
}

/** Scenarios side by side: per scenario positions needed, gap and positions to create, year by year. */
export function comparisonTable(items: readonly { id: number; name: string; projection: Projection }[]): Table {
  const rows = compareScenarios(items.map((i) => ({ scenarioId: i.id, projection: i.projection })));
  const columns: Column<(typeof rows)[number]>[] = [{ header: 'År', value: (r) => r.year, format: 'text' }];
  items.forEach((item, i) => {
    columns.push(
      { header: `${item.name}: hjemler som trengs`, value: (r) => (r.scenarios[i] ? round1(r.scenarios[i].positionsNeeded) : null), format: 'one' },
      { header: `${item.name}: gap`, value: (r) => (r.scenarios[i] ? round1(r.scenarios[i].gap) : null), format: 'one' },
      { header: `${item.name}: å opprette`, value: (r) => r.scenarios[i]?.positionsToCreate ?? null, format: 'int' },
    );
  });
  return table('Sammenligning', columns, rows);
}
