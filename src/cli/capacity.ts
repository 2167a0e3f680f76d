import { getOverview } from '../app/capacity/index.ts';
import type { MonthOverview } from '../domain/capacity/index.ts';
import type { Db } from '../db/connection.ts';
import { findKommuneByNr } from '../db/repositories/auth.ts';
import { CliError, type Io } from './io.ts';
import { formatCount, formatDayMonth, formatMonthLong } from '../domain/format/index.ts';

const nb = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 1 });
const pct = new Intl.NumberFormat('nb-NO', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** `legeplan capacity --kommune <nr> [--json]`: the Oversikt figures of the latest month, from the same function as the API. */
export async function capacityCommand(db: Db, io: Io, opts: { kommune: string; json: boolean }): Promise<void> {
  const kommune = await findKommuneByNr(db, opts.kommune);
  if (!kommune) throw new CliError(`Fant ingen kommune med nummer ${opts.kommune}`);
  const result = await getOverview(db, kommune.id);
  if (opts.json) {
    io.out.write(JSON.stringify({ kommune: { nr: kommune.nr, name: kommune.name }, ...result }, null, 2) + '\n');
    return;
  }
  if (!result.latest) {
    io.out.write(`${kommune.name}: ingen listetall registrert\n`);
    return;
  }
  io.out.write(describe(kommune.name, result.latest));
  for (const m of result.incompleteMonths) {
    io.out.write(`  Merk: listetallene for ${formatMonthLong(m.month)} er ufullstendige (${formatCount(m.missingPositionIds.length, 'hjemmel', 'hjemler')} uten tall) og er ikke brukt.\n`);
  }
}

function describe(name: string, m: MonthOverview): string {
  const c = m.capacity;
  const lines = [
    `${name} – listetall per ${formatDayMonth(c.month)}`,
    `  Hjemler:                 ${nb.format(c.positions)} (${nb.format(c.withoutGp)} uten fast lege)`,
    `  Pasienter på liste:      ${nb.format(c.patients)}`,
    `  Åpne plasser:            ${nb.format(c.openPlaces)} av ${nb.format(c.sumListCap)} (${c.openShare === null ? '–' : pct.format(c.openShare)})`,
    `  Ledige plasser (netto):  ${nb.format(c.netFreePlaces)}`,
    `  Åpne lister:             ${nb.format(c.openLists)}`,
    `  På venteliste:           ${nb.format(c.waitingList)}`,
    `  Gjennomsnittlig liste:   ${c.averageList === null ? '–' : nb.format(c.averageList)}`,
    `  Spesialister:            ${nb.format(m.gps.specialists)} av ${nb.format(m.gps.doctors)}`,
    `  Mål nådd:                ${m.target.met ? 'ja' : 'nei'}`,
  ];
  return lines.join('\n') + '\n';
}
