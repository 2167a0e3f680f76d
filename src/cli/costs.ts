import type { TCostsResponse } from '../contracts/economics/index.ts';
import type { Db } from '../db/connection.ts';
import { findKommuneByNr } from '../db/repositories/auth.ts';
import { getCosts } from '../app/economics/index.ts';
import { loadPackages } from '../db/repositories/economics-facts.ts';
import type { Args } from './args.ts';
import { CliError, type Io } from './io.ts';
import { formatDate, formatDayMonth } from '../domain/format/index.ts';

const mill = new Intl.NumberFormat('nb-NO', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const fmt = (ore: number) => `${mill.format(ore / 1_000_000_00)} mill. kr`;

/** Reads `--kommune <nr> [--package <name>] [--years <n>] [--json]`. */
export function parseCostsFlags(flags: Args['flags']): { kommune: string; packageName: string | null; years: number; json: boolean } {
  const kommune = flags.kommune;
  if (typeof kommune !== 'string' || !/^\d{4}$/.test(kommune)) throw new CliError('Oppgi kommunenummer med --kommune, f.eks. --kommune 3105');
  const packageName = typeof flags.package === 'string' ? flags.package : null;
  const years = flags.years === undefined ? 4 : Number(flags.years);
  if (!Number.isInteger(years) || years < 1 || years > 10) throw new CliError('Oppgi antall år som et heltall fra 1 til 10, f.eks. --years 4');
  return { kommune, packageName, years, json: flags.json === true };
}

/** `legeplan costs`: the packages' costs by year and full-year, and against doing nothing — the same function as the API. */
export async function costsCommand(db: Db, io: Io, opts: { kommune: string; packageName: string | null; years: number; json: boolean }): Promise<void> {
  const kommune = await findKommuneByNr(db, opts.kommune);
  if (!kommune) throw new CliError(`Fant ingen kommune med nummer ${opts.kommune}`);
  let packageId: number | undefined;
  if (opts.packageName !== null) {
    const found = (await loadPackages(db, kommune.id)).find((p) => p.name === opts.packageName);
    if (!found) throw new CliError(`Fant ingen tiltakspakke «${opts.packageName}» i ${kommune.name}`);
    packageId = found.id;
  }
  const view: TCostsResponse = await getCosts(db, kommune.id, { packageId, years: opts.years });
  if (opts.json) {
    io.out.write(JSON.stringify({ kommune: { nr: kommune.nr, name: kommune.name }, ...view }, null, 2) + '\n');
    return;
  }
  const lines = [`${kommune.name} – kostnader for tiltak (listetall per ${view.asOf === null ? 'ingen måned' : formatDayMonth(view.asOf)})`];
  for (const p of view.packages) {
    lines.push('', `${p.name} (fra ${formatDate(p.startDate)})`, `  ${'Tiltak'.padEnd(60)} ${p.years.map((y) => String(y).padStart(16)).join(' ')} ${'Helår'.padStart(16)}`);
    for (const l of p.lines) lines.push(`  ${l.name.slice(0, 60).padEnd(60)} ${l.byYear.map((y) => fmt(y.amount).padStart(16)).join(' ')} ${fmt(l.fullYear).padStart(16)}`);
    lines.push(`  ${'Totalt'.padEnd(60)} ${p.totalByYear.map((y) => fmt(y.amount).padStart(16)).join(' ')} ${fmt(p.totalFullYear).padStart(16)}`);
  }
  lines.push('', `Sammenlignet med: ${view.compare.doingNothing.label}: ${fmt(view.compare.doingNothing.fullYear)} per år`);
  io.out.write(lines.join('\n') + '\n');
}
