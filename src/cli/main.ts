import type { Database, Db } from '../db/connection.ts';
import { dbConfigFromEnv, openAppDb } from '../db/open-app-db.ts';
import { DataDirBusyError } from '../db/lock.ts';
import { DomainError } from '../domain/errors.ts';
import { parseArgs } from './args.ts';
import { capacityCommand } from './capacity.ts';
import { normCommand, parseNormFlags } from './norm.ts';
import { parseProjectFlags, projectCommand } from './project.ts';
import { parseTrainingFlags, trainingCommand } from './training.ts';
import { costsCommand, parseCostsFlags } from './costs.ts';
import { parseReportFlags, reportCommand } from './report.ts';
import { parseRosterFlags, rosterCommand } from './roster.ts';
import { endAllSessionsCommand, parseSessionsCommand } from './sessions.ts';
import { adminCreateCommand, parseAdminCreateFlags } from './admin.ts';
import { kommuneCreateCommand, parseKommuneCreateFlags } from './kommune.ts';
import { CliError, type Io } from './io.ts';

const USAGE = `Bruk: legeplan <kommando> [valg]

Kommandoer:
  kommune create --nummer <nr> --navn <navn>
                                     Legger til en kommune (en ny installasjon starter uten)
  admin create --kommune <nr> --username <brukernavn> [--navn <visningsnavn>] [--generate]
                                     Oppretter en administrator; passordet skrives inn (minst 12 tegn),
                                     eller lages med --generate og vises én gang
  capacity --kommune <nr> [--json]   Listekapasitet for siste måned (samme tall som Oversikt)
  norm --kommune <nr> [--year <år>] [--json]
                                     Legeårsverk i sykehjem mot bemanningsnormen, per institusjon
  project --kommune <nr> --scenario <navn> [--json] [--runs <n> --seed <s>]
                                     Dimensjonering år for år for et lagret scenario (samme tall som nettsiden)
  training --kommune <nr> [--date <ÅÅÅÅ-MM-DD>] [--json]
                                     Status for hver lege i spesialisering (ALIS og LIS1), samme tall som siden Utdanning
  costs --kommune <nr> [--package <navn>] [--years <n>] [--json]
                                     Kostnader for tiltakspakkene år for år og helår, mot å ikke gjøre noe
  report --kommune <nr> --out <plan.docx|plan.pdf> [--chapters <a,b>] [--date <ÅÅÅÅ-MM-DD>]
                                     Plan for legetjenester som Word eller PDF (samme dokument som siden Mål og tiltak)
  roster solve --input <fil> [--seconds <n>] [--seed <s>] [--iterations <n>] [--no-mip] [--json]
                                     Lager en vaktplan fra en fil (Legeplans legevakt-JSON eller Curtois-format)
  sessions end-all                   Avslutter alle innlogginger (kjør etter gjenoppretting av en databasekopi)

Databasen: PGlite i ./data/pglite (LEGEPLAN_DATA_DIR), eller PostgreSQL når DATABASE_URL er satt.
`;

/** Runs the CLI; returns the exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const args = parseArgs(argv);
  if (!args.command || args.flags.help) {
    io.out.write(USAGE);
    return args.command ? 0 : 1;
  }
  let db: Database | undefined;
  try {
    const withDb = async (fn: (db: Db) => Promise<void>) => {
      db = await openAppDb(dbConfigFromEnv('kommandoen legeplan', io.env));
      await fn(db);
    };
    switch (args.command) {
      case 'capacity': {
        const kommune = args.flags.kommune;
        if (typeof kommune !== 'string' || !/^\d{4}$/.test(kommune)) throw new CliError('Oppgi kommunenummer med --kommune, f.eks. --kommune 3907');
        await withDb((d) => capacityCommand(d, io, { kommune, json: args.flags.json === true }));
        return 0;
      }
      case 'norm': {
        const opts = parseNormFlags(args.flags, new Date());
        await withDb((d) => normCommand(d, io, opts));
        return 0;
      }
      case 'project': {
        const opts = parseProjectFlags(args.flags);
        await withDb((d) => projectCommand(d, io, opts));
        return 0;
      }
      case 'training': {
        const opts = parseTrainingFlags(args.flags, new Date());
        await withDb((d) => trainingCommand(d, io, opts));
        return 0;
      }
      case 'costs': {
        const opts = parseCostsFlags(args.flags);
        await withDb((d) => costsCommand(d, io, opts));
        return 0;
      }
      case 'report': {
        const opts = parseReportFlags(args.flags, new Date());
        await withDb((d) => reportCommand(d, io, opts));
        return 0;
      }
      case 'kommune': {
        if (args.positional[0] !== 'create') throw new CliError(`Bruk: legeplan kommune create --nummer <nr> --navn <navn>`);
        const input = parseKommuneCreateFlags(args.flags);
        await withDb((d) => kommuneCreateCommand(d, io, input, new Date()));
        return 0;
      }
      case 'admin': {
        if (args.positional[0] !== 'create') throw new CliError(`Bruk: legeplan admin create --kommune <nr> --username <brukernavn> [--generate]`);
        const opts = parseAdminCreateFlags(args.flags);
        await withDb((d) => adminCreateCommand(d, io, opts, new Date()));
        return 0;
      }
      case 'roster': {
        await rosterCommand(io, parseRosterFlags(args));
        return 0;
      }
      case 'sessions': {
        parseSessionsCommand(args.positional);
        await withDb((d) => endAllSessionsCommand(d, io));
        return 0;
      }
      default:
        throw new CliError(`Ukjent kommando: ${args.command}\n\n${USAGE}`);
    }
  } catch (err) {
    // A refusal of the domain is the user's to fix, like a bad flag: its Norwegian message, no stack trace.
    if (err instanceof CliError || err instanceof DataDirBusyError || err instanceof DomainError) {
      io.err.write(err.message + '\n');
      return 1;
    }
    throw err;
  } finally {
    await db?.close();
  }
}
export { promptSecretOnTty } from './prompt.ts';
