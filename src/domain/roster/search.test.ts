import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRng } from '../projection/index.ts';
import { readCurtois } from './curtois/reader.ts';
import { evaluate } from './evaluate.ts';
import { OFF } from './model.ts';
import { CATALOGUE } from './rules/index.ts';
import { solve } from './search.ts';
import { ScoreState } from './state.ts';

const instance1 = () => readCurtois(readFileSync(new URL('./curtois/fixtures/Instance1.txt', import.meta.url), 'utf8'));

describe('incremental scoring', () => {
  it('agrees with the independent evaluator after every committed or rolled-back change', () => {
    const p = instance1();
    const rng = createRng(7);
    const grid = new Int8Array(p.employees.length * p.days).map(() => (rng.next() < 0.6 ? 0 : OFF));
    const state = new ScoreState(p, grid);
    const scaledHard = () => p.rules.reduce((sum, id) => (CATALOGUE[id].level === 'hard' ? sum + CATALOGUE[id].explain(p, grid).reduce((s, v) => s + v.penalty, 0) * CATALOGUE[id].searchScale : sum), 0);
    for (let k = 0; k < 400; k++) {
      const cells = [0, 1].map(() => [Math.floor(rng.next() * p.employees.length), Math.floor(rng.next() * p.days)] as const);
      const before = cells.map(([e, d]) => grid[e * p.days + d]!);
      for (const [e, d] of cells) {
        grid[e * p.days + d] = grid[e * p.days + d] === OFF ? 0 : OFF;
        state.touchEmployee(e);
        state.touchDay(d);
      }
      state.update();
      if (rng.next() < 0.4) {
        cells.forEach(([e, d], j) => (grid[e * p.days + d] = before[j]!));
        state.rollback();
      } else state.commit();
      expect(state.soft).toBeCloseTo(evaluate(p, grid).soft, 6);
      expect(state.hard).toBeCloseTo(scaledHard(), 6);
    }
  });
});

describe('solver', () => {
  it('is deterministic for a seed and an iteration budget', () => {
    const p = instance1();
    const a = solve(p, { seed: 3, maxIterations: 30_000 });
    const b = solve(p, { seed: 3, maxIterations: 30_000 });
    expect(Array.from(a.grid)).toEqual(Array.from(b.grid));
    expect(a.trace).toEqual(b.trace);
  });

  it('finds a feasible roster for instance 1 whose objective the evaluator confirms', () => {
    const p = instance1();
    const r = solve(p, { seed: 1, maxIterations: 150_000 });
    const ev = evaluate(p, r.grid);
    expect(ev.feasible).toBe(true);
    expect(ev.soft).toBeGreaterThanOrEqual(607);
    expect(r.trace.at(-1)!.soft).toBeCloseTo(ev.soft, 6);
  });

  it('never changes pinned cells, and does not change the start roster it was given', () => {
    const p = instance1();
    const start = solve(p, { seed: 1, maxIterations: 5_000 }).grid;
    const copy = Int8Array.from(start);
    const pinned = new Uint8Array(p.employees.length * p.days);
    for (let i = 0; i < 14; i++) pinned[i] = 1; // the first employee's whole row
    const r = solve({ ...p, pinned }, { seed: 2, maxIterations: 20_000, start });
    expect(Array.from(r.grid.subarray(0, 14))).toEqual(Array.from(start.subarray(0, 14)));
    expect(start).toEqual(copy);
  });

  it('stops when asked and reports progress', () => {
    const p = instance1();
    let calls = 0;
    const r = solve(p, { seed: 1, maxIterations: 1_000_000, shouldStop: () => ++calls > 2, onProgress: () => undefined });
    expect(r.cancelled).toBe(true);
    expect(r.iterations).toBeLessThan(1_000_000);
  });
});
