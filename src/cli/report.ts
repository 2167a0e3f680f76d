import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { GOAL_STATUS_LABELS, PLAN_CHAPTER_LABELS, ZPlanQuery, type PlanChapter } from '../contracts/economics/index.ts';
import type { Db } from '../db/connection.ts';
import { findKommuneByNr } from '../db/repositories/auth.ts';
import { buildPlanInputs } from '../app/economics/index.ts';
import { osloDate } from '../domain/rules/index.ts';
import { PLAN_FILE_KINDS, planFile, type PlanFileKind } from '../documents/plan-file.ts';
import { planDocument } from '../domain/economics/index.ts';
import type { Args } from './args.ts';
import { CliError, type Io } from './io.ts';
import { formatDate } from '../domain/format/index.ts';

export interface ReportOptions {
  kommune: string;
  out: string;
  kind: PlanFileKind;
  chapters: PlanChapter[];
  date: string;
}

/** Reads `--kommune <nr> --out <plan.docx|plan.pdf> [--chapters a,b] [--date YYYY-MM-DD]`. */
export function parseReportFlags(flags: Args['flags'], now: Date): ReportOptions {
  const { kommune, out } = flags;
  if (typeof kommune !== 'string' || !/^\d{4}$/.test(kommune)) throw new CliError('Oppgi kommunenummer med --kommune, f.eks. --kommune 3907');
  if (typeof out !== 'string' || out === '') throw new CliError('Oppgi filen planen skal skrives til med --out, f.eks. --out plan.docx');
  const kind = extname(out).slice(1).toLowerCase();
  if (!(PLAN_FILE_KINDS as readonly string[]).includes(kind)) throw new CliError(`Filen må slutte på .docx eller .pdf, ikke «${extname(out) || out}»`);
  const parsed = ZPlanQuery.safeParse({ chapters: typeof flags.chapters === 'string' ? flags.chapters : undefined });
  if (!parsed.success) throw new CliError(`${parsed.error.issues[0]?.message ?? 'Ugyldige kapitler'}. Kapitler: ${Object.keys(PLAN_CHAPTER_LABELS).join(', ')}`);
  const date = flags.date === undefined ? osloDate(now.toISOString()) : flags.date;
  if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) {
    throw new CliError('Oppgi datoen som ÅÅÅÅ-MM-DD, f.eks. --date 2026-11-23');
  }
  return { kommune, out, kind: kind as PlanFileKind, chapters: parsed.data.chapters, date };
}

/** `legeplan report`: the municipality's Plan for legetjenester as .docx or .pdf — the same document as the Mål og tiltak page's download. */
export async function reportCommand(db: Db, io: Io, opts: ReportOptions): Promise<void> {
  const kommune = await findKommuneByNr(db, opts.kommune);
  if (!kommune) throw new CliError(`Fant ingen kommune med nummer ${opts.kommune}`);
  const chapters = opts.chapters.map((id) => ({ id, heading: PLAN_CHAPTER_LABELS[id] }));
  const inputs = await buildPlanInputs(db, { id: kommune.id, name: kommune.name }, opts.date, chapters, GOAL_STATUS_LABELS);
  const file = await planFile(opts.kind, planDocument(inputs));
  await writeFile(opts.out, file);
  io.out.write(`Skrev ${opts.out} (${new Intl.NumberFormat('nb-NO').format(file.length)} byte): plan for legetjenester i ${kommune.name} per ${formatDate(opts.date)}, ${chapters.length} kapitler\n`);
}
