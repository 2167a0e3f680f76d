import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticLegevakt } from '../domain/roster/index.ts';
import { main } from './main.ts';

function run(argv: string[]) {
  let out = '';
  let err = '';
  const io = { env: {}, out: { write: (s: string) => (out += s) }, err: { write: (s: string) => (err += s) } };
  return main(argv, io).then((code) => ({ code, out, err }));
}

const instance1 = new URL('../domain/roster/curtois/fixtures/Instance1.txt', import.meta.url).pathname;

describe('legeplan roster solve', () => {
  it('solves a Curtois instance and prints JSON with the evaluator’s figures', async () => {
    const r = await run(['roster', 'solve', '--input', instance1, '--seconds', '5', '--iterations', '60000', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { format: string; feasible: boolean; soft: number; roster: string[] };
    expect(json.format).toBe('curtois');
    expect(json.feasible).toBe(true);
    expect(json.soft).toBeGreaterThanOrEqual(607);
    expect(json.roster).toHaveLength(8);
  });

  it('solves the app’s legevakt JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'legeplan-roster-'));
    const file = join(dir, 'plan.json');
    writeFileSync(file, JSON.stringify(syntheticLegevakt({ doctors: 20, days: 14, start: '2027-03-22', seed: 2 })));
    const r = await run(['roster', 'solve', '--input', file, '--seconds', '5', '--iterations', '20000', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { format: string; roster: { date: string }[]; load: unknown[] };
    expect(json.format).toBe('legevakt');
    expect(json.roster[0]!.date).toBe('2027-03-22');
    expect(json.load).toHaveLength(20);
  });

  it('refuses bad input with a Norwegian message and exit code 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'legeplan-roster-'));
    const file = join(dir, 'plan.json');
    writeFileSync(file, JSON.stringify({ ...syntheticLegevakt({ doctors: 20, days: 14, start: '2027-03-22', seed: 2 }), days: 0 }));
    const r = await run(['roster', 'solve', '--input', file]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/Perioden må være mellom 1 og 400 dager/);
    expect((await run(['roster', 'solve'])).err).toMatch(/--input/);
  });
});
