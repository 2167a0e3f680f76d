import type { NormGapReport } from '../../domain/norms/index.ts';
import { INSTITUTION_OWNER_LABELS } from '../../contracts/norms/index.ts';
import { pageFooter, pdfText as cell, renderPdf, winAnsi, type PdfDocument } from '../../documents/pdf-render.ts';
import { formatDate } from '../../domain/format/index.ts';

const fte = (x: number) => new Intl.NumberFormat('nb-NO', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(x);
const int = (x: number) => new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 }).format(x);
const pct = (x: number | null) => (x === null ? '–' : new Intl.NumberFormat('nb-NO', { style: 'percent', maximumFractionDigits: 0 }).format(x));
const signed = (x: number) => (x > 0 ? `+${fte(x)}` : fte(x));

const num = (text: string, opts: Record<string, unknown> = {}) => cell(text, { alignment: 'right', ...opts });

function institutionTable(r: NormGapReport): unknown {
  const header = ['Institusjon', 'Plasser', 'Belagte', 'Langtid', 'Korttid', 'Nødvendig', 'I stilling', 'Gap', 'Spesialister'].map((h, i) =>
    i === 0 ? cell(h, { style: 'th' }) : num(h, { style: 'th' }),
  );
  const rows = r.institutions.map((i) => [
    cell(`${i.name}${i.owner === 'private' ? ` (${INSTITUTION_OWNER_LABELS.private.toLowerCase()})` : ''}`),
    num(int(i.places)),
    num(fte(i.occupied)),
    num(fte(i.requiredFte.longTerm)),
    num(fte(i.requiredFte.shortTerm)),
    num(fte(i.requiredFte.total)),
    num(fte(i.fteInPost)),
    num(signed(i.gapFte), { bold: i.gapFte > 0 }),
    num(`${i.specialists.specialists} av ${i.specialists.doctors}`),
  ]);
  const t = r.totals;
  const total = [
    cell('Alle institusjoner', { bold: true }),
    num(int(t.places), { bold: true }),
    num(fte(t.occupied), { bold: true }),
    num(fte(t.requiredFte.longTerm), { bold: true }),
    num(fte(t.requiredFte.shortTerm), { bold: true }),
    num(fte(t.requiredFte.total), { bold: true }),
    num(fte(t.fteInPost), { bold: true }),
    num(signed(t.gapFte), { bold: true }),
    num(`${r.specialists.specialists} av ${r.specialists.doctors}`, { bold: true }),
  ];
  return { table: { headerRows: 1, widths: ['*', 45, 45, 50, 50, 55, 50, 50, 60], body: [header, ...rows, total] }, layout: 'lightHorizontalLines', margin: [0, 6, 0, 8] };
}

function yearsTable(r: NormGapReport): unknown {
  const header = ['År', 'Plasser', 'Nødvendige årsverk', 'I stilling', 'Gap'].map((h, i) => (i === 0 ? cell(h, { style: 'th' }) : num(h, { style: 'th' })));
  const rows = r.years.map((y) => [cell(String(y.year)), num(int(y.places)), num(fte(y.requiredFte.total)), num(fte(y.fteInPost)), num(signed(y.gapFte))]);
  return { table: { headerRows: 1, widths: [40, 50, 90, 60, 60], body: [header, ...rows] }, layout: 'lightHorizontalLines', margin: [0, 4, 0, 8] };
}

/** The gap page as a PDF: per-institution figures, totals, specialist share, the years ahead and the formula. */
export async function gapPdf(r: NormGapReport, opts: { kommune: string; stayScale: number }): Promise<Buffer> {
  const s = r.specialists;
  const lines: string[] = r.formula ? [r.formula.clinicalHours, r.formula.occupied, r.formula.longTerm, r.formula.shortTerm, r.formula.gap] : [];
  const presets = r.totals.presets.map((p) => `${p.name}: ${fte(p.requiredFte)}`).join(' · ');
  const doc: PdfDocument = {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [36, 36, 36, 40],
    info: { title: winAnsi(`Legedekning i sykehjem ${r.year} – ${opts.kommune}`), author: 'Legeplan' },
    styles: { h1: { fontSize: 15, bold: true }, h2: { fontSize: 11, bold: true, margin: [0, 6, 0, 0] }, th: { bold: true }, small: { fontSize: 8, color: '#444444' } },
    content: [
      cell(`Legedekning i sykehjem – gap mot bemanningsnorm ${r.year}`, { style: 'h1' }),
      cell(`${opts.kommune}. Plasser og norm per ${formatDate(r.date)}.${opts.stayScale === 1 ? '' : ` Hva-om: liggetid × ${fte(opts.stayScale)}.`}`),
      cell(r.norm ? `Norm: ${r.norm.name} (gjelder fra ${r.norm.validFrom}).` : 'Ingen bemanningsnorm i kraft.', { style: 'small' }),
      institutionTable(r),
      cell(
        `Spesialister: ${s.specialists} av ${s.doctors} leger (${pct(s.share)}), ${pct(s.fteShare)} av årsverkene. Mål: minst ${pct(s.goal)}${s.met === null ? '.' : s.met ? ' – nådd.' : ' – ikke nådd.'}`,
      ),
      cell(`Andre normer til sammenligning (nødvendige årsverk): ${presets}.`, { style: 'small' }),
      cell('År for år', { style: 'h2' }),
      yearsTable(r),
      cell('Slik er det regnet', { style: 'h2' }),
      { ul: lines.map((l) => cell(l, { style: 'small' })) },
    ],
    footer: pageFooter,
  };
  return renderPdf(doc);
}
