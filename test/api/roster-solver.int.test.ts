import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args.ts';
import { parseRosterFlags, rosterCommand } from '../../src/cli/roster.ts';
import { buildLegevaktProblem, syntheticLegevakt } from '../../src/domain/roster/index.ts';
import { solveRoster } from '../../src/engines/roster-solver.ts';
import { solveJob } from '../../src/server/roster/solve-job.ts';

/**
 * A clock that advances a fixed step at every reading: a time-limited run then depends only on its inputs, not on
 * the machine's speed, so two paths through the solver can be compared roster for roster. With a budget of 600 s
 * read off it in steps of 6 s, the annealing's half takes a few hundred thousand moves and every HiGHS sub-problem
 * may take 3 s of real time.
 */
const steppingClock = () => {
  let t = 0;
  return () => (t += 6000);
};

/**
 * A week of day shifts for eight doctors, fairness weighed zero: small enough that HiGHS proves the whole roster
 * optimal in milliseconds (its own wall-clock limit never binds, so its answer is the same on every run).
 */
function smallPlan() {
  const week = syntheticLegevakt({ doctors: 20, days: 7, start: '2027-01-04', seed: 5 });
  return { ...week, doctors: week.doctors.slice(12), templates: week.templates.filter((t) => t.id === 'dag'), fairness: { load: 0, nights: 0, weekends: 0, holidays: 0 } };
}

describe('one solver entry point: the app’s jobs, the CLI and the bench solve alike', () => {
  it('the same plan, seed and time budget give the same roster through the job path and the CLI path, HiGHS included', { timeout: 120_000 }, async () => {
    const plan = smallPlan();
    const file = join(mkdtempSync(join(tmpdir(), 'legeplan-solver-')), 'plan.json');
    writeFileSync(file, JSON.stringify(plan));

    let out = '';
    const io = { env: {}, out: { write: (s: string) => (out += s) }, err: { write: () => undefined } };
    await rosterCommand(io, parseRosterFlags(parseArgs(['roster', 'solve', '--input', file, '--seconds', '600', '--seed', '5', '--json'])), steppingClock());
    const cli = JSON.parse(out) as { hard: number; soft: number; mipSteps: number; provenOptimal: boolean; roster: { date: string; shifts: { shift: string; doctors: string[] }[] }[] };

    const job = await solveJob({ plan, seed: 5, seconds: 600 }, { now: steppingClock(), shouldStop: () => false, onProgress: () => undefined });
    const { problem: p, dates } = buildLegevaktProblem(plan);
    const jobRoster = dates.map((date, d) => ({
      date,
      shifts: p.shiftTypes.map((t, s) => ({ shift: t.id, doctors: p.employees.filter((_, e) => job.grid[e * p.days + d] === s).map((e) => e.id) })).filter((x) => x.doctors.length > 0),
    }));

    expect(cli.mipSteps, 'HiGHS solved the roster on the CLI path').toBeGreaterThan(0);
    expect(cli.provenOptimal).toBe(true);
    expect(jobRoster).toEqual(cli.roster);
    expect(job.hard).toBe(cli.hard);
    expect(Math.round(job.soft * 1000) / 1000).toBe(cli.soft);
    // Without HiGHS the same run is another one (no proof, other moves): a path that left HiGHS out would differ.
    const alone = await solveRoster(p, { seed: 5, timeLimitMs: 600_000, now: steppingClock(), highs: false });
    expect(alone.proven).toBe(false);
    expect(Buffer.from(alone.grid)).not.toEqual(Buffer.from(job.grid));
  });

  it('the CLI takes its --seconds limits from the API’s contract', async () => {
    const flags = (seconds: string) => () => parseRosterFlags(parseArgs(['roster', 'solve', '--input', 'x.json', '--seconds', seconds]));
    expect(flags('600')().seconds).toBe(600);
    expect(flags('601')).toThrow(/Høyst 600 sekunder/);
    expect(flags('0')).toThrow(/Minst 1 sekund/);
    expect(flags('1.5')).toThrow(/helt antall sekunder/);
    expect(flags('mange')).toThrow(/--seconds/);
  });
});
