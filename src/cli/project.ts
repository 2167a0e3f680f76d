import { wholeMunicipality } from '../app/context.ts';
import { getScenarioResult } from '../app/projection/index.ts';
import type { Projection } from '../domain/projection/index.ts';
import type { Db } from '../db/connection.ts';
import { findKommuneByNr } from '../db/repositories/auth.ts';
import { findScenarioByName, listScenarios } from '../db/repositories/projection-scenarios.ts';
import { CliError, type Io } from './io.ts';
import { formatDayMonth } from '../domain/format/index.ts';

/** Options of `legeplan project`. */
export interface ProjectOptions {
  kommune: string;
  scenario: string;
  json: boolean;
  /** Monte Carlo runs (0 = none) and seed. */
  runs: number;
  seed: number;
}

const whole = (flag: string | true | undefined, name: string, fallback: number, max: number): number => {
  if (flag === undefined) return fallback;
  if (typeof flag !== 'string' || !/^\d+$/.test(flag) || Number(flag) > max) throw new CliError(`--${name} må være et heltall fra 0 til ${max}`);
  return Number(flag);
};

/** Reads `--kommune <nr> --scenario <name> [--json] [--runs N] [--seed S]`. */
export function parseProjectFlags(flags: Record<string, string | true>): ProjectOptions {
  const kommune = flags.kommune;
  if (typeof kommune !== 'string' || !/^\d{4}$/.test(kommune)) throw new CliError('Oppgi kommunenummer med --kommune, f.eks. --kommune 3907');
  const scenario = flags.scenario;
  if (typeof scenario !== 'string' || scenario.trim() === '') throw new CliError('Oppgi scenario med --scenario, f.eks. --scenario "7 % ledig"');
  return { kommune, scenario, json: flags.json === true, runs: whole(flags.runs, 'runs', 0, 100_000), seed: whole(flags.seed, 'seed', 1, 4_294_967_295) };
}

const one = (x: number) => new Intl.NumberFormat('nb-NO', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(x);
const int = (x: number) => new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 }).format(x);

function describe(name: string, scenario: string, p: Projection): string {
  const rows = p.years.map((y) =>
    [String(y.year), int(y.population), int(y.demand), int(y.positionsHeld), one(y.positionsNeeded), one(y.gap), String(y.positionsToCreate), String(y.retirements), one(y.recruitsNeeded)]
      .map((c, i) => (i === 0 ? c.padEnd(6) : c.padStart(11)))
      .join(''),
  );
  const head = ['År', 'Innbyggere', 'Behov', 'Hjemler', 'Trengs', 'Gap', 'Opprette', 'Pensjon', 'Rekrutter'].map((c, i) => (i === 0 ? c.padEnd(6) : c.padStart(11))).join('');
  return [`${name} – ${scenario} (listetall per ${formatDayMonth(p.baseMonth)}, befolkning: ${p.populationSource})`, head, ...rows].join('\n') + '\n';
}

/** `legeplan project`: a saved scenario's year-by-year figures, from the same domain functions as the API and the web page. */
export async function projectCommand(db: Db, io: Io, opts: ProjectOptions): Promise<void> {
  const kommune = await findKommuneByNr(db, opts.kommune);
  if (!kommune) throw new CliError(`Fant ingen kommune med nummer ${opts.kommune}`);
  const scope = wholeMunicipality(kommune.id);
  const scenario = await findScenarioByName(db, scope, opts.scenario);
  if (!scenario) {
    const names = (await listScenarios(db, scope)).map((s) => `«${s.name}»`).join(', ') || 'ingen';
    throw new CliError(`Fant ikke scenarioet «${opts.scenario}» for ${kommune.name}. Lagrede scenarioer: ${names}`);
  }
  const { projection, monteCarlo } = await getScenarioResult(db, scope, scenario.id, { runs: opts.runs, seed: opts.seed });
  const result = { projection, monteCarlo };
  if (opts.json) {
    const out = { kommune: { nr: kommune.nr, name: kommune.name }, scenario: { id: scenario.id, name: scenario.name }, ...result };
    io.out.write(JSON.stringify(out, null, 2) + '\n');
    return;
  }
  io.out.write(describe(kommune.name, scenario.name, result.projection));
}
