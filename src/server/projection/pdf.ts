import type { TimelineMonth } from '../../domain/capacity/index.ts';
import { DEFINITIONS, type MonteCarlo, type Projection, type ScenarioAssumptions } from '../../domain/projection/index.ts';
import { capacityChartSvg, fanChartSvg } from './charts.ts';
import { describeAssumptions, PROJECTION_COLUMNS, timelineTables } from './tables.ts';
import { table, type CellFormat, type Table } from './xlsx.ts';
import { renderPdf, winAnsi as pdfText, type PdfDocument } from '../../documents/pdf-render.ts';
import { formatDayMonth } from '../../domain/format/index.ts';

const nb = (x: number, digits: number) => new Intl.NumberFormat('nb-NO', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(x);
function cellText(v: string | number | boolean | null, format: CellFormat): string {
  if (v === null) return '–';
  if (typeof v !== 'number') return String(v);
  switch (format) {
    case 'int':
      return nb(v, 0);
    case 'one':
      return nb(v, 1);
    case 'pct':
      return `${nb(v * 100, 1)} %`;
    case 'text':
      return String(v);
  }
}

/** A table node: bold header, numbers right-aligned, thin lines. */
function tableNode(t: Table, fontSize: number): object {
  return {
    table: {
      headerRows: 1,
      body: [
        t.headers.map((h) => ({ text: pdfText(h), bold: true, fontSize })),
        ...t.rows.map((row) => row.map((v, i) => ({ text: pdfText(cellText(v, t.formats[i]!)), fontSize, alignment: typeof v === 'number' && t.formats[i] !== 'text' ? 'right' : 'left' }))),
      ],
    },
    layout: 'lightHorizontalLines',
  };
}

/** Keeps the named columns of a table (the PDF page shows fewer columns than the workbook). */
export function pick(t: Table, headers: readonly string[]): Table {
  const idx = headers.map((h) => {
    const i = t.headers.indexOf(h);
    if (i < 0) throw new Error(`No column ${h}`);
    return i;
  });
  return { name: t.name, headers: idx.map((i) => t.headers[i]!), formats: idx.map((i) => t.formats[i]!), rows: t.rows.map((r) => idx.map((i) => r[i]!)) };
}

/** What the capacity-and-projection page shows. */
export interface ReportInput {
  kommuneName: string;
  /** Date the page was made (YYYY-MM-DD, Europe/Oslo). */
  madeOn: string;
  timeline: TimelineMonth[];
  capacityTable: Table;
  scenarioName: string;
  assumptions: ScenarioAssumptions;
  projection: Projection;
  projectionTable: Table;
  monteCarlo: MonteCarlo | null;
}

/** The page a medical officer attaches to a council case: capacity over time and the projection, charts and tables, with the definitions. */
export function reportDefinition(r: ReportInput): object {
  const title = `Fastlegekapasitet og dimensjonering – ${r.kommuneName}`;
  const assumptions = describeAssumptions(r.assumptions).map(([k, v]) => [{ text: pdfText(k), bold: true, fontSize: 7 }, { text: pdfText(v), fontSize: 7 }]);
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [28, 26, 28, 30],
    info: { title, creator: 'Legeplan', subject: r.scenarioName },
    defaultStyle: { font: 'Helvetica', fontSize: 8 },
    footer: (page: number, pages: number) => ({
      text: pdfText(`Legeplan · ${r.kommuneName} · laget ${r.madeOn} · befolkning: ${r.projection.populationSource} · side ${page} av ${pages}`),
      fontSize: 6.5,
      color: '#555555',
      margin: [28, 10, 28, 0],
    }),
    content: [
      { text: pdfText(title), fontSize: 14, bold: true },
      {
        text: pdfText(`Listetall per ${formatDayMonth(r.projection.baseMonth)}. Scenario: ${r.scenarioName}. Hjemler vises med én desimal; hjemler å opprette er rundet opp.`),
        color: '#444444',
        margin: [0, 2, 0, 6],
      },
      { columns: [{ svg: pdfText(capacityChartSvg(r.timeline)), width: 380 }, { svg: pdfText(fanChartSvg(r.projection, r.monteCarlo)), width: 380 }], columnGap: 20 },
      {
        columns: [
          { width: 380, stack: [{ text: 'Kapasitet siste måneder', bold: true, margin: [0, 6, 0, 2] }, tableNode(r.capacityTable, 6.5)] },
          { width: '*', stack: [{ text: 'Forutsetninger', bold: true, margin: [0, 6, 0, 2] }, { table: { widths: [110, '*'], body: assumptions }, layout: 'noBorders' }] },
        ],
        columnGap: 20,
      },
      { text: pdfText(`Dimensjonering år for år – ${r.scenarioName}`), bold: true, margin: [0, 8, 0, 2] },
      tableNode(r.projectionTable, 6.5),
      { text: 'Definisjoner', bold: true, margin: [0, 8, 0, 2] },
      ...DEFINITIONS.map((d) => ({ text: [{ text: pdfText(`${d.term}: `), bold: true }, pdfText(`${d.formula}. ${d.text}`)], fontSize: 6.5, margin: [0, 0, 0, 1] })),
    ],
  };
}

/** Renders the page as a PDF. */
export async function renderReport(r: ReportInput): Promise<Buffer> {
  return renderPdf(reportDefinition(r) as PdfDocument);
}

const CAPACITY_HEADERS = ['Måned', 'Hjemler', 'Uten fast lege', 'Pasienter', 'Ledige plasser', 'Ledig andel', 'Mål ledig andel', 'Venteliste'];
const PROJECTION_HEADERS = ['År', 'Innbyggere', 'Behov (hoder)', 'Behov (aldersvektet)', 'Hjemler', 'Hjemler som trengs (hoder)', 'Hjemler som trengs (aldersvektet)', 'Gap', 'Hjemler å opprette', 'Pensjoneringer', 'Rekrutteringsbehov'];

/** The page for a saved scenario: the last 12 months of capacity (the last 6 in the table) and the scenario's projection. */
export async function scenarioReportPdf(input: {
  kommuneName: string;
  madeOn: string;
  timeline: { offices: { id: number; name: string }[]; months: TimelineMonth[] };
  scenario: { name: string; assumptions: ScenarioAssumptions };
  projection: Projection;
  monteCarlo: MonteCarlo | null;
}): Promise<Buffer> {
  const recent = input.timeline.months.slice(-12);
  const [total] = timelineTables(recent.slice(-6), (id) => input.timeline.offices.find((o) => o.id === id)?.name ?? String(id));
  return renderReport({
    kommuneName: input.kommuneName,
    madeOn: input.madeOn,
    timeline: recent,
    capacityTable: pick(total!, CAPACITY_HEADERS),
    scenarioName: input.scenario.name,
    assumptions: input.scenario.assumptions,
    projection: input.projection,
    projectionTable: pick(table('År for år', PROJECTION_COLUMNS, input.projection.years), PROJECTION_HEADERS),
    monteCarlo: input.monteCarlo,
  });
}
