import type { PlanDocument } from '../domain/economics/index.ts';
import { planDocx } from './plan-docx.ts';
import { planPdf } from './plan-pdf.ts';

export const PLAN_FILE_KINDS = ['docx', 'pdf'] as const;
export type PlanFileKind = (typeof PLAN_FILE_KINDS)[number];

export const PLAN_FILE_TYPES: Record<PlanFileKind, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/** The plan document as a Word or PDF file: the same document for the web page's download and `legeplan report`. */
export function planFile(kind: PlanFileKind, doc: PlanDocument): Promise<Buffer> {
  return kind === 'docx' ? planDocx(doc) : planPdf(doc);
}
