import { wholeMunicipality } from '../app/context.ts';
import { getTrainingOverview } from '../app/training/index.ts';
import type { TrainingOverview } from '../domain/training/index.ts';
import type { Db } from '../db/connection.ts';
import { findKommuneByNr } from '../db/repositories/auth.ts';
import { osloDate } from '../domain/rules/index.ts';
import type { Args } from './args.ts';
import { CliError, type Io } from './io.ts';
import { formatDate } from '../domain/format/index.ts';

const hours = new Intl.NumberFormat('nb-NO', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const fte = new Intl.NumberFormat('nb-NO', { minimumFractionDigits: 2, maximumFractionDigits: 3 });
const RAG = { red: 'RØD', amber: 'GUL', green: 'GRØNN' } as const;

/** Reads `--kommune <nr> [--date YYYY-MM-DD] [--json]`; the date defaults to today in Norway. */
export function parseTrainingFlags(flags: Args['flags'], now: Date): { kommune: string; date: string; json: boolean } {
  const kommune = flags.kommune;
  if (typeof kommune !== 'string' || !/^\d{4}$/.test(kommune)) throw new CliError('Oppgi kommunenummer med --kommune, f.eks. --kommune 3907');
  const date = flags.date === undefined ? osloDate(now.toISOString()) : flags.date;
  if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) {
    throw new CliError('Oppgi datoen som ÅÅÅÅ-MM-DD, f.eks. --date 2026-11-23');
  }
  return { kommune, date, json: flags.json === true };
}

/** `legeplan training --kommune <nr> [--date …] [--json]`: each candidate's status, from the same function as the API. */
export async function trainingCommand(db: Db, io: Io, opts: { kommune: string; date: string; json: boolean }): Promise<void> {
  const kommune = await findKommuneByNr(db, opts.kommune);
  if (!kommune) throw new CliError(`Fant ingen kommune med nummer ${opts.kommune}`);
  const overview = await getTrainingOverview(db, wholeMunicipality(kommune.id), opts.date);
  if (opts.json) {
    io.out.write(JSON.stringify({ kommune: { nr: kommune.nr, name: kommune.name }, ...overview }, null, 2) + '\n');
    return;
  }
  io.out.write(describe(kommune.name, overview));
}

function describe(name: string, o: TrainingOverview): string {
  const lines = [
    `${name} – leger i spesialisering per ${formatDate(o.date)}`,
    `  ALIS i avtale: ${o.counts.active} (rød ${o.counts.red}, gul ${o.counts.amber}, grønn ${o.counts.green}); veiledertid ${fte.format(o.supervisors.requiredFte)} årsverk (${fte.format(o.supervisors.ftePerAlis)} per ALIS)`,
    ...o.candidates.map(
      (c) =>
        `  ${(c.active ? RAG[c.rag] : 'AVSLUTTET').padEnd(9)} ${c.name.padEnd(28)} veiledning ${hours.format(c.supervision.loggedHours).padStart(5)} av ${hours.format(c.supervision.expectedToDateHours).padStart(5)} t  ferdig ${formatDate(c.completion.projectedDate)}  ${c.reason}`,
    ),
    `  LIS1: ${o.lis1.placements.length} i tjeneste eller avsluttet; opptak: ${o.lis1.intakes.map((i) => `${formatDate(i.startDate)} ${i.positions} stillinger${i.goalPositions === null ? '' : ` (mål ${i.goalPositions})`}`).join(', ') || 'ingen'}`,
    `  Frister de neste ${o.dueWithinDays} dagene: ${o.due.length}`,
    ...o.due.map((d) => `    ${formatDate(d.date)}  ${d.name}: ${d.what}`),
  ];
  return lines.join('\n') + '\n';
}
