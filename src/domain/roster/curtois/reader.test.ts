import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../evaluate.ts';
import { RosterInputError } from '../errors.ts';
import { readCurtois, readCurtoisRoster, writeCurtoisRoster } from './reader.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('Curtois & Qu reader and evaluator', () => {
  it('reads instance 1', () => {
    const p = readCurtois(fixture('Instance1.txt'), 'Instance1');
    expect(p.days).toBe(14);
    expect(p.employees).toHaveLength(8);
    expect(p.shiftTypes.map((s) => [s.id, s.minutes])).toEqual([['D', 480]]);
    expect(p.employees[0]).toMatchObject({ maxMinutes: 4320, minMinutes: 3360, maxConsecutive: 5, minConsecutive: 2, minDaysOff: 2, maxWeekends: 1 });
    expect(p.unavailable[0 * 14 + 0]).toBe(1);
    expect(p.onRequests[0]).toEqual({ employee: 0, day: 2, shift: 0, weight: 2 });
    expect(p.cover[1]).toBe(7);
  });

  // The rosters were found by HiGHS on the MIP (a different model of the same rules): the evaluator must find them
  // feasible and agree with the published optimum.
  it.each([
    [1, 607],
    [2, 828],
    [3, 1001],
  ])('instance %i: the evaluator gives the known optimum %i on an optimal roster', (n, optimum) => {
    const p = readCurtois(fixture(`Instance${n}.txt`));
    const grid = readCurtoisRoster(p, fixture(`Instance${n}.optimal.txt`));
    const ev = evaluate(p, grid);
    expect(ev.violations.filter((v) => v.level === 'hard')).toEqual([]);
    expect(ev.soft).toBe(optimum);
    expect(writeCurtoisRoster(p, grid)).toBe(fixture(`Instance${n}.optimal.txt`));
  });

  it('refuses an unknown shift with a Norwegian message naming it', () => {
    const text = fixture('Instance1.txt').replace('0,D,5,100,1', '0,X,5,100,1');
    expect(() => readCurtois(text)).toThrow(RosterInputError);
    expect(() => readCurtois(text)).toThrow(/Ukjent vakttype «X»/);
  });
});
