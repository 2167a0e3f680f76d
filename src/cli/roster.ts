import { readFileSync } from 'node:fs';
import { ZSolveSeconds } from '../contracts/roster/index.ts';
import { buildLegevaktProblem, evaluate, loadTable, readCurtois, RosterInputError, writeCurtoisRoster, type LegevaktPlan, type Problem } from '../domain/roster/index.ts';
import { solveRoster } from '../engines/roster-solver.ts';
import type { Args } from './args.ts';
import { CliError, type Io } from './io.ts';

export interface RosterSolveOptions {
  input: string;
  seconds: number;
  seed: number;
  iterations: number | undefined;
  json: boolean;
  /** HiGHS after the annealing — column generation or exact neighbourhoods (a time-limited run only; `--no-mip` turns it off). */
  mip: boolean;
}

/** Reads `roster solve --input <file> [--seconds N] [--seed S] [--iterations N] [--no-mip] [--json]`. */
export function parseRosterFlags(args: Args): RosterSolveOptions {
  const [sub] = args.positional;
  if (sub !== 'solve') throw new CliError('Bruk: legeplan roster solve --input <fil> [--seconds N] [--seed S] [--iterations N] [--no-mip] [--json]');
  const input = args.flags.input;
  if (typeof input !== 'string') throw new CliError('Oppgi vaktplanfilen med --input <fil> (appens JSON eller Curtois-formatet)');
  // The same limits as the API's jobs (one contract).
  const parsed = ZSolveSeconds.safeParse(args.flags.seconds === undefined ? 10 : Number(args.flags.seconds));
  if (!parsed.success) throw new CliError(`Ugyldig --seconds: ${parsed.error.issues[0]!.message}, f.eks. --seconds 10`);
  const seconds = parsed.data;
  const seed = args.flags.seed === undefined ? 1 : Number(args.flags.seed);
  if (!Number.isInteger(seed)) throw new CliError('Oppgi frøet som et heltall, f.eks. --seed 1');
  const iterations = args.flags.iterations === undefined ? undefined : Number(args.flags.iterations);
  if (iterations !== undefined && (!Number.isInteger(iterations) || iterations < 0)) throw new CliError('Oppgi antall iterasjoner som et heltall, f.eks. --iterations 100000');
  return { input, seconds, seed, iterations, json: args.flags.json === true, mip: args.flags['no-mip'] !== true && iterations === undefined };
}

type Loaded = { format: 'legevakt'; problem: Problem; dates: string[] } | { format: 'curtois'; problem: Problem };

function load(path: string): Loaded {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new CliError(`Fant ikke filen ${path}`);
  }
  try {
    if (text.trimStart().startsWith('{')) {
      const built = buildLegevaktProblem(JSON.parse(text) as LegevaktPlan);
      return { format: 'legevakt', problem: built.problem, dates: built.dates };
    }
    return { format: 'curtois', problem: readCurtois(text, path.split('/').pop() ?? path) };
  } catch (err) {
    if (err instanceof RosterInputError) throw new CliError(err.message);
    if (err instanceof SyntaxError) throw new CliError(`Filen ${path} er ikke gyldig JSON: ${err.message}`);
    throw err;
  }
}

/**
 * `legeplan roster solve`: solves a roster file (the app's legevakt JSON or a Curtois & Qu instance) in-process
 * through the solver's one entry point, as the app's jobs do — annealing, then with HiGHS column generation
 * (benchmark files) or exact neighbourhoods (legevakt plans) and the row search for the rest of the time (not with
 * --iterations, which asks for the deterministic run; --no-mip runs without HiGHS). `now` is the clock the time
 * budget is measured on.
 */
export async function rosterCommand(io: Io, o: RosterSolveOptions, now: () => number = () => performance.now()): Promise<void> {
  const loaded = load(o.input);
  const p = loaded.problem;
  const r = await solveRoster(p, { seed: o.seed, timeLimitMs: o.seconds * 1000, maxIterations: o.iterations, now, highs: o.mip });
  const ev = evaluate(p, r.grid);
  const firstFeasible = r.trace.find((t) => t.hard < 1e-9);
  const summary = {
    problem: p.name,
    format: loaded.format,
    seed: o.seed,
    feasible: ev.feasible,
    hard: ev.hard,
    soft: Math.round(ev.soft * 1000) / 1000,
    iterations: r.iterations,
    mipSteps: r.mipSteps,
    rowSteps: r.rowSteps,
    lowerBound: r.bound,
    provenOptimal: r.proven,
    seconds: Math.round(r.elapsedMs) / 1000,
    firstFeasibleSeconds: firstFeasible ? Math.round(firstFeasible.ms) / 1000 : null,
    rules: ev.rules,
    violations: ev.violations.slice(0, 200).map((v) => ({ rule: v.rule, level: v.level, penalty: v.penalty, message: v.message })),
    roster:
      loaded.format === 'legevakt'
        ? loaded.dates.map((date, d) => ({
            date,
            shifts: p.shiftTypes.map((t, s) => ({ shift: t.id, doctors: p.employees.filter((_, e) => r.grid[e * p.days + d] === s).map((e) => e.id) })).filter((x) => x.doctors.length > 0),
          }))
        : writeCurtoisRoster(p, r.grid).trimEnd().split('\n'),
    load: loaded.format === 'legevakt' ? loadTable(p, r.grid) : undefined,
  };
  if (o.json) {
    io.out.write(JSON.stringify(summary, null, 2) + '\n');
    return;
  }
  const lines = [
    `${p.name}: ${ev.feasible ? 'gyldig vaktplan' : 'UGYLDIG vaktplan (brudd på harde regler)'}, myke straffepoeng ${summary.soft.toLocaleString('nb-NO')}`,
    `  ${r.iterations.toLocaleString('nb-NO')} iterasjoner (${r.mipSteps} delproblemer løst med HiGHS${r.bound === null ? '' : `, nedre grense ${Math.ceil(r.bound - 1e-6).toLocaleString('nb-NO')}`}${r.proven ? ', bevist optimal' : ''}) på ${summary.seconds.toLocaleString('nb-NO')} s (frø ${o.seed}); første gyldige etter ${summary.firstFeasibleSeconds === null ? '—' : `${summary.firstFeasibleSeconds.toLocaleString('nb-NO')} s`}`,
    ...ev.rules.filter((x) => x.penalty > 0).map((x) => `  ${x.level === 'hard' ? 'HARD' : 'myk '} ${x.title}: ${x.penalty.toLocaleString('nb-NO', { maximumFractionDigits: 1 })} (${x.violations} brudd)`),
  ];
  io.out.write(lines.join('\n') + '\n');
}
