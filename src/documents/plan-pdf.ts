import type { PlanBlock, PlanDocument } from '../domain/economics/index.ts';
import { pageFooter, pdfText as cell, renderPdf, winAnsi } from './pdf-render.ts';


function block(b: PlanBlock): unknown[] {
  switch (b.kind) {
    case 'p':
      return [cell(b.text, { margin: [0, 2, 0, 6] })];
    case 'h2':
      return [cell(b.text, { style: 'h2' })];
    case 'table': {
      const body = [b.header.map((h) => cell(h, { style: 'th' })), ...b.rows.map((r) => r.map((t) => cell(t)))];
      const table = { table: { headerRows: 1, widths: b.header.map((_, i) => (i === 0 || b.header.length > 5 ? '*' : 'auto')), body }, layout: 'lightHorizontalLines', margin: [0, 4, 0, 4] };
      return b.note ? [table, cell(b.note, { style: 'small', margin: [0, 0, 0, 8] })] : [table];
    }
  }
}

/** The plan as a PDF through the app's one PDF renderer, with a table of contents. */
export async function planPdf(doc: PlanDocument): Promise<Buffer> {
  const content: unknown[] = [
    cell(doc.title, { style: 'h1' }),
    cell(doc.subtitle, { style: 'small', margin: [0, 0, 0, 8] }),
    { toc: { title: cell('Innhold', { style: 'h2' }) } },
  ];
  doc.chapters.forEach((c, i) => {
    content.push(cell(`${i + 1}. ${c.heading}`, { style: 'h1', tocItem: true, pageBreak: 'before' }));
    for (const b of c.blocks) content.push(...block(b));
  });
  return renderPdf({
    pageSize: 'A4',
    pageMargins: [40, 40, 40, 48],
    info: { title: winAnsi(doc.title), author: 'Legeplan' },
    styles: { h1: { fontSize: 15, bold: true, margin: [0, 0, 0, 6] }, h2: { fontSize: 11, bold: true, margin: [0, 8, 0, 2] }, th: { bold: true }, small: { fontSize: 8, color: '#444444' } },
    content,
    footer: pageFooter,
  });
}
