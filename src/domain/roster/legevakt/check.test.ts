import { describe, expect, it } from 'vitest';
import { OFF } from '../model.ts';
import { CATALOGUE } from '../rules/index.ts';
import type { RuleId } from '../rules/ids.ts';
import { buildLegevaktProblem, LEGEVAKT_RULES } from './build.ts';
import { applyChanges, checkChanges, type GridChange } from './check.ts';
import type { LegevaktPlan, PlanDoctor, ShiftTemplate } from './plan.ts';

const TEMPLATES: ShiftTemplate[] = [
  { id: 'dag', name: 'Dagvakt', kind: 'day', start: '08:00', end: '15:30', days: 'weekdays', doctors: 1, alone: true },
  { id: 'kveld', name: 'Kveldsvakt', kind: 'evening', start: '15:30', end: '23:00', days: 'all', doctors: 1, alone: true },
  { id: 'natt', name: 'Nattevakt', kind: 'night', start: '23:00', end: '08:00', days: 'all', doctors: 1, alone: true },
  { id: 'bak', name: 'Bakvakt', kind: 'backup', start: '08:00', end: '08:00', days: 'all', doctors: 0, alone: false },
];
const [DAY, EVENING, NIGHT, BACKUP] = [0, 1, 2, 3];

const competence = (competent: boolean): PlanDoctor['competence'] => ({
  specialistGeneralPractice: competent,
  clinicalServiceFrom: '2010-01-01',
  legevaktShifts: competent ? 100 : 0,
  municipalGpMonths: 0,
  courses: [
    { kind: 'acute-medicine', date: '2025-01-01' },
    { kind: 'violence-abuse', date: '2024-01-01' },
  ],
});
const doctor = (id: string, over: Partial<PlanDoctor> = {}): PlanDoctor => ({ id, name: `Lege ${id}`, role: 'gp', share: 1, competence: competence(true), unavailable: [], wishes: [], exemptions: [], ...over });

// D, E, F, H, I and J hold the week's shifts in turn; B (1) is the colleague who would take one; C (2) and G (6) are
// not competent to work alone.
function plan(over: { b?: Partial<PlanDoctor>; freeBeforeNight?: boolean } = {}): LegevaktPlan {
  return {
    name: 'Bytte',
    start: '2027-01-04',
    days: 7,
    templates: TEMPLATES,
    doctors: [doctor('A'), doctor('B', over.b), doctor('C', { competence: competence(false) }), doctor('D'), doctor('E'), doctor('F'), doctor('G', { competence: competence(false) }), doctor('H'), doctor('I'), doctor('J')],
    rest: { minRestHours: 11, freeBeforeNight: over.freeBeforeNight ?? false },
  };
}

/**
 * A legal roster: six competent doctors in turn, each working every other day — a day shift, two days later a
 * night, two days later an evening — so nobody breaks rest; no backup is needed.
 */
function rosterOf(p: ReturnType<typeof buildLegevaktProblem>['problem']): Int8Array {
  const H = p.days;
  const grid = new Int8Array(p.employees.length * H).fill(OFF);
  const rota = [3, 4, 5, 7, 8, 9];
  for (let d = 0; d < H; d++) {
    if (p.usable[d * p.shiftTypes.length + DAY]) grid[rota[d % 6]! * H + d] = DAY;
    grid[rota[(d + 2) % 6]! * H + d] = EVENING;
    grid[rota[(d + 4) % 6]! * H + d] = NIGHT;
  }
  return grid;
}

/** Who holds shift s on day d in the grid. */
const holder = (grid: Int8Array, H: number, d: number, s: number) => {
  for (let e = 0; e * H < grid.length; e++) if (grid[e * H + d] === s) return e;
  throw new Error(`nobody holds ${s} on ${d}`);
};

/** The swap of shift s on day d from its holder to B, after `prepare` gave B what the case needs. */
function swapToB(p: ReturnType<typeof buildLegevaktProblem>['problem'], d: number, s: number, prepare: (grid: Int8Array) => void = () => undefined) {
  const grid = rosterOf(p);
  prepare(grid);
  const change: GridChange = { day: d, shift: s, from: holder(grid, p.days, d, s), to: 1 };
  return checkChanges(p, grid, [change]);
}

const B = 1;
const CASES: Partial<Record<RuleId, () => ReturnType<typeof checkChanges>>> = {
  unavailable: () => swapToB(buildLegevaktProblem(plan({ b: { unavailable: ['2027-01-06'] } })).problem, 2, DAY),
  exemption: () =>
    swapToB(buildLegevaktProblem(plan({ b: { exemptions: [{ kinds: ['night'], reason: 'age', decidedBy: 'Fritaksutvalget', decidedOn: '2026-01-01', from: '2026-01-01', to: null }] } })).problem, 1, NIGHT),
  'rest-after-night': () => {
    const { problem: p } = buildLegevaktProblem(plan());
    return swapToB(p, 3, DAY, (g) => {
      g[holder(g, p.days, 2, NIGHT) * p.days + 2] = OFF;
      g[B * p.days + 2] = NIGHT;
    });
  },
  'rest-between-shifts': () => {
    const { problem: p } = buildLegevaktProblem(plan());
    return swapToB(p, 3, DAY, (g) => {
      g[holder(g, p.days, 2, EVENING) * p.days + 2] = OFF;
      g[B * p.days + 2] = EVENING; // ends 23:00, the day shift starts 08:00: 9 hours' rest
    });
  },
  'free-before-night': () => {
    const { problem: p } = buildLegevaktProblem(plan({ freeBeforeNight: true }));
    return swapToB(p, 3, NIGHT, (g) => {
      g[holder(g, p.days, 2, DAY) * p.days + 2] = OFF;
      g[B * p.days + 2] = DAY;
    });
  },
  'max-shifts-per-week': () => {
    const { problem: p } = buildLegevaktProblem(plan({ b: { maxPerWeek: 1 } }));
    return swapToB(p, 3, DAY, (g) => {
      g[holder(g, p.days, 0, DAY) * p.days + 0] = OFF;
      g[B * p.days + 0] = DAY;
    });
  },
  'max-shifts-per-month': () => {
    const { problem: p } = buildLegevaktProblem(plan({ b: { maxPerMonth: 1 } }));
    return swapToB(p, 3, DAY, (g) => {
      g[holder(g, p.days, 0, DAY) * p.days + 0] = OFF;
      g[B * p.days + 0] = DAY;
    });
  },
  'backup-competent': () => {
    // C is on a night alone with B as backup; the backup handed to G (not competent either) breaks the rule.
    const { problem: p } = buildLegevaktProblem(plan());
    const grid = rosterOf(p);
    grid[holder(grid, p.days, 1, NIGHT) * p.days + 1] = OFF;
    grid[2 * p.days + 1] = NIGHT;
    grid[B * p.days + 1] = BACKUP;
    return checkChanges(p, grid, [{ day: 1, shift: BACKUP, from: B, to: 6 }]);
  },
  'backup-required': () => {
    // A night handed to C, who is not competent to work alone, on a day with no backup.
    const { problem: p } = buildLegevaktProblem(plan());
    const grid = rosterOf(p);
    return checkChanges(p, grid, [{ day: 1, shift: NIGHT, from: holder(grid, p.days, 1, NIGHT), to: 2 }]);
  },
  'cover-required': () => {
    // A shift given to nobody (an edit, not a swap: a swap always hands it to somebody).
    const { problem: p } = buildLegevaktProblem(plan());
    const grid = rosterOf(p);
    return checkChanges(p, grid, [{ day: 1, shift: NIGHT, from: holder(grid, p.days, 1, NIGHT), to: null }]);
  },
};

describe('a change checked against the rules (swaps, edits, taking an open shift)', () => {
  const hardRules = LEGEVAKT_RULES.filter((r) => CATALOGUE[r].level === 'hard');
  it('has a refused swap for every hard rule of the legevakt', () => expect(hardRules.filter((r) => !(r in CASES))).toEqual([]));
  for (const rule of hardRules) {
    it(`refuses a change that breaks «${CATALOGUE[rule].title}», with the rule's Norwegian reason`, () => {
      const result = CASES[rule]!();
      expect(result.allowed).toBe(false);
      const found = result.introduced.find((v) => v.rule === rule);
      expect(found, JSON.stringify(result.introduced)).toBeDefined();
      expect(found!.message).toMatch(/\d{2}\.\d{2}\.\d{4}|Lege [A-J]/);
    });
  }
  it('allows a swap that breaks nothing, and names what it mends', () => {
    const { problem: p } = buildLegevaktProblem(plan());
    const grid = rosterOf(p);
    expect(checkChanges(p, grid, []).before.hard).toBe(0);
    const ok = checkChanges(p, grid, [{ day: 4, shift: DAY, from: holder(grid, p.days, 4, DAY), to: 0 }]);
    expect(ok.allowed).toBe(true);
    // An open night (nobody holds it) taken by a colleague who may take it: allowed, and the missing cover is mended.
    const open = grid.slice();
    open[holder(grid, p.days, 1, NIGHT) * p.days + 1] = OFF;
    const taken = checkChanges(p, open, [{ day: 1, shift: NIGHT, from: null, to: 1 }]);
    expect(taken.allowed).toBe(true);
    expect(taken.resolved.map((v) => v.rule)).toContain('cover-required');
    expect(taken.after.hard).toBe(0);
  });
  it('counts hard-rule violations as violations (not their minutes), and lists as mended only what gets better', () => {
    for (const rule of hardRules) {
      const result = CASES[rule]!();
      expect(result.hardCount.after - result.hardCount.before, rule).toBe(result.introduced.length - result.resolved.filter((v) => v.level === 'hard').length);
      expect(result.hardCount.after).toBe(result.after.violations.filter((v) => v.level === 'hard').length);
      const after = new Map(result.after.violations.map((v) => [`${v.rule}|${v.employees}|${v.days}|${v.shifts}`, v.penalty]));
      for (const v of result.resolved) expect(after.get(`${v.rule}|${v.employees}|${v.days}|${v.shifts}`) ?? 0, v.message).toBeLessThan(v.penalty);
    }
  });
  it('refuses a change that does not fit the roster, naming it', () => {
    const { problem: p } = buildLegevaktProblem(plan());
    const grid = rosterOf(p);
    expect(() => applyChanges(p, grid, [{ day: 1, shift: NIGHT, from: 0, to: 1 }])).toThrow(/Lege A har ikke Nattevakt tir\. 05\.01\.2027/);
    expect(() => applyChanges(p, grid, [{ day: 5, shift: DAY, from: null, to: 0 }])).toThrow(/Dagvakt går ikke lør\. 09\.01\.2027/);
    const busy = holder(grid, p.days, 1, EVENING);
    expect(() => applyChanges(p, grid, [{ day: 1, shift: NIGHT, from: holder(grid, p.days, 1, NIGHT), to: busy }])).toThrow(/har allerede Kveldsvakt/);
  });
});

describe('checking many candidates quickly', () => {
  it('gives the same answer as evaluating the whole roster again', async () => {
    const { syntheticLegevakt } = await import('./generator.ts');
    const { solve } = await import('../search.ts');
    const { evaluate } = await import('../evaluate.ts');
    const { problem: p } = buildLegevaktProblem(syntheticLegevakt({ doctors: 20, days: 28, start: '2027-01-04', seed: 2 }));
    const grid = solve(p, { seed: 1, maxIterations: 20_000 }).grid;
    const before = evaluate(p, grid);
    const H = p.days;
    let compared = 0;
    for (let d = 0; d < H; d += 3) {
      for (let s = 0; s < p.shiftTypes.length; s++) {
        const from = [...Array(p.employees.length).keys()].find((e) => grid[e * H + d] === s);
        if (from === undefined) continue;
        for (let to = 0; to < p.employees.length; to += 4) {
          if (grid[to * H + d] !== OFF) continue;
          const quick = checkChanges(p, grid, [{ day: d, shift: s, from, to }], before);
          const full = evaluate(p, quick.grid);
          expect(quick.after.hard).toBeCloseTo(full.hard, 9);
          expect(quick.after.soft).toBeCloseTo(full.soft, 9);
          expect(quick.after.violations.map((v) => v.message).sort()).toEqual(full.violations.map((v) => v.message).sort());
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(50);
  });
});

describe('who could take a shift', () => {
  it('lists everyone off that day, those who may take it first, each refusal with the reason the full check gives', async () => {
    const { candidatesFor } = await import('./check.ts');
    const { problem: p } = buildLegevaktProblem(plan({ b: { unavailable: ['2027-01-05'] } }));
    const grid = rosterOf(p);
    const from = holder(grid, p.days, 1, NIGHT);
    const list = candidatesFor(p, grid, 1, NIGHT, from);
    const off = [...Array(p.employees.length).keys()].filter((e) => e !== from && grid[e * p.days + 1] === OFF);
    expect(list.map((c) => c.employee).sort()).toEqual(off.sort());
    const firstRefused = list.findIndex((c) => !c.allowed);
    expect(list.slice(firstRefused).every((c) => !c.allowed)).toBe(true);
    for (const c of list) {
      const full = checkChanges(p, grid, [{ day: 1, shift: NIGHT, from, to: c.employee }]);
      expect(c.allowed).toBe(full.allowed);
      expect(c.reasons.sort()).toEqual(full.introduced.map((v) => v.message).sort());
      expect(c.softDelta).toBeCloseTo(full.after.soft - full.before.soft, 6);
    }
    expect(list.find((c) => c.employee === 1)!.reasons.join(' ')).toMatch(/05\.01\.2027/); // B is away that day
    expect(list.find((c) => c.employee === 2)!.allowed).toBe(false); // C is not competent alone and has no backup
  });
});
