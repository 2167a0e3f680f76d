import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableOfContents, TableRow, TextRun, WidthType } from 'docx';
import type { PlanBlock, PlanDocument } from '../domain/economics/index.ts';

function block(b: PlanBlock): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'p':
      return [new Paragraph({ text: b.text, spacing: { after: 120 } })];
    case 'h2':
      return [new Paragraph({ text: b.text, heading: HeadingLevel.HEADING_2 })];
    case 'table': {
      const row = (cells: string[], header: boolean) =>
        new TableRow({ tableHeader: header, children: cells.map((t) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: t, bold: header })] })] })) });
      const table = new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [row(b.header, true), ...b.rows.map((r) => row(r, false))] });
      return b.note ? [table, new Paragraph({ children: [new TextRun({ text: b.note, italics: true, size: 18 })], spacing: { after: 160 } })] : [table, new Paragraph({ text: '' })];
    }
  }
}

/**
 * The plan as an editable Word document: title, a table of contents (Word fills it in on open; LibreOffice on update),
 * one Heading 1 per chapter.
 */
export async function planDocx(doc: PlanDocument): Promise<Buffer> {
  const children: (Paragraph | Table | TableOfContents)[] = [
    new Paragraph({ text: doc.title, heading: HeadingLevel.TITLE }),
    new Paragraph({ text: doc.subtitle }),
    new Paragraph({ text: 'Innhold', heading: HeadingLevel.HEADING_1 }),
    new TableOfContents('Innhold', { hyperlink: true, headingStyleRange: '1-2' }),
    // The chapter headings, so the contents are readable before the field is updated.
    ...doc.chapters.map((c, i) => new Paragraph({ text: `${i + 1}. ${c.heading}` })),
  ];
  doc.chapters.forEach((c, i) => {
    children.push(new Paragraph({ text: `${i + 1}. ${c.heading}`, heading: HeadingLevel.HEADING_1, pageBreakBefore: true }));
    for (const b of c.blocks) children.push(...block(b));
  });
  const file = new Document({ creator: 'Legeplan', title: doc.title, features: { updateFields: true }, sections: [{ children }] });
  return Packer.toBuffer(file);
}
