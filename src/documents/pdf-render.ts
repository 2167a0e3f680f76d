import { createRequire } from 'node:module';

/** The part of a pdfmake document definition we use; pdfmake 0.3 ships no types. */
export interface PdfDocument {
  pageSize?: string;
  pageOrientation?: 'portrait' | 'landscape';
  pageMargins?: [number, number, number, number];
  info?: { title?: string; author?: string; subject?: string };
  content: unknown[];
  styles?: Record<string, Record<string, unknown>>;
  defaultStyle?: Record<string, unknown>;
  footer?: (currentPage: number, pageCount: number) => unknown;
}

interface PdfMake {
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  addFonts(fonts: Record<string, Record<string, string>>): void;
  createPdf(doc: PdfDocument & { compress?: boolean }): { getBuffer(): Promise<Buffer> };
}

const require = createRequire(import.meta.url);
const pdfmake = require('pdfmake') as PdfMake;

// The 14 standard PDF fonts need no font file: Helvetica's WinAnsi encoding has ÆØÅ. Nothing else may be read or fetched.
const HELVETICA = { normal: 'Helvetica', bold: 'Helvetica-Bold', italics: 'Helvetica-Oblique', bolditalics: 'Helvetica-BoldOblique' };
const STANDARD_FONT_NAMES = new Set(Object.values(HELVETICA));

// Characters outside WinAnsi (cp1252) would print as garbage with a standard font.
const REPLACEMENTS: Record<string, string> = { 'Σ': 'Sum', '→': '->', '≈': 'ca.', '−': '-', '≥': '>=', '≤': '<=', '\u202f': ' ' };

/** Text safe for Helvetica's WinAnsi encoding: known symbols spelled out, anything else unprintable dropped. */
export function winAnsi(text: string): string {
  return [...text].map((c) => REPLACEMENTS[c] ?? (c.charCodeAt(0) <= 0xff || '–—‘’“”•…€'.includes(c) ? c : '')).join('');
}

/** A text node made safe for Helvetica, with pdfmake options (style, margin, …). */
export const pdfText = (text: string, opts: Record<string, unknown> = {}) => ({ text: winAnsi(text), ...opts });

/** The app's page footer, "Legeplan – side 2 av 5", in the document's `small` style. */
export const pageFooter = (page: number, count: number) => pdfText(`Legeplan – side ${page} av ${count}`, { alignment: 'center', style: 'small' });

/** Renders a document definition to PDF bytes with the standard Helvetica font. */
export async function renderPdf(doc: PdfDocument): Promise<Buffer> {
  // pdfmake is one shared, configurable object: set what this document needs in the same synchronous step as
  // createPdf, which reads fonts and policies when it is called. Every PDF of the app is made here.
  pdfmake.addFonts({ Helvetica: HELVETICA });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => STANDARD_FONT_NAMES.has(path));
  return pdfmake.createPdf({ ...doc, defaultStyle: { font: 'Helvetica', fontSize: 9, ...doc.defaultStyle } }).getBuffer();
}
