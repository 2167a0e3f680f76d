import { wholeMunicipality } from '../app/context.ts';
import { getNormGap } from '../app/norms/index.ts';
import type { NormGapReport } from '../domain/norms/index.ts';
import type { Db } from '../db/connection.ts';
import { findKommuneByNr } from '../db/repositories/auth.ts';
import type { Args } from './args.ts';
import { CliError, type Io } from './io.ts';
import { formatDate } from '../domain/format/index.ts';

const fte = new Intl.NumberFormat('nb-NO', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const int = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 });
const pct = new Intl.NumberFormat('nb-NO', { style: 'percent', maximumFractionDigits: 0 });

/** Reads `--kommune <nr> [--year YYYY] [--json]`; the year defaults to the current one. */
export function parseNormFlags(flags: Args['flags'], now: Date): { kommune: string; year: number; json: boolean } {
  const kommune = flags.kommune;
  if (typeof kommune !== 'string' || !/^\d{4}$/.test(kommune)) throw new CliError('Oppgi kommunenummer med --kommune, f.eks. --kommune 3907');
  const year = flags.year === undefined ? now.getFullYear() : Number(flags.year);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new CliError('Oppgi året som et årstall mellom 2000 og 2100, f.eks. --year 2025');
  return { kommune, year, json: flags.json === true };
}

/** `legeplan norm --kommune <nr> [--year YYYY] [--json]`: the nursing-home gap per institution, from the same function as the API. */
export async function normCommand(db: Db, io: Io, opts: { kommune: string; year: number; json: boolean }): Promise<void> {
  const kommune = await findKommuneByNr(db, opts.kommune);
  if (!kommune) throw new CliError(`Fant ingen kommune med nummer ${opts.kommune}`);
  const report = await getNormGap(db, wholeMunicipality(kommune.id), { year: opts.year, stayScale: 1 });
  if (opts.json) {
    io.out.write(JSON.stringify({ kommune: { nr: kommune.nr, name: kommune.name }, ...report }, null, 2) + '\n');
    return;
  }
  io.out.write(describe(kommune.name, report));
}

function describe(name: string, r: NormGapReport): string {
  const row = (label: string, places: number, long: number, short: number, total: number, inPost: number, gap: number) =>
    `  ${label.padEnd(42)} ${int.format(places).padStart(7)} ${fte.format(long).padStart(8)} ${fte.format(short).padStart(8)} ${fte.format(total).padStart(9)} ${fte.format(inPost).padStart(10)} ${fte.format(gap).padStart(7)}`;
  const s = r.specialists;
  const lines = [
    `${name} – legeårsverk i sykehjem mot bemanningsnorm per ${formatDate(r.date)}`,
    `  Norm: ${r.norm ? `${r.norm.name} (fra ${r.norm.validFrom})` : 'ingen norm i kraft'}`,
    `  ${'Institusjon'.padEnd(42)} ${'Plasser'.padStart(7)} ${'Langtid'.padStart(8)} ${'Korttid'.padStart(8)} ${'Nødvendig'.padStart(9)} ${'I stilling'.padStart(10)} ${'Gap'.padStart(7)}`,
    ...r.institutions.map((i) => row(i.name, i.places, i.requiredFte.longTerm, i.requiredFte.shortTerm, i.requiredFte.total, i.fteInPost, i.gapFte)),
    row('Totalt', r.totals.places, r.totals.requiredFte.longTerm, r.totals.requiredFte.shortTerm, r.totals.requiredFte.total, r.totals.fteInPost, r.totals.gapFte),
    `  Spesialister: ${s.specialists} av ${s.doctors}${s.share === null ? '' : ` (${pct.format(s.share)}, mål ${pct.format(s.goal)})`}`,
    ...(r.formula ? ['', `  ${r.formula.clinicalHours}`, `  ${r.formula.longTerm}`, `  ${r.formula.shortTerm}`] : []),
  ];
  return lines.join('\n') + '\n';
}
