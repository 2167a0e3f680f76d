/**
 * Incremental (delta) scoring for the local search.
 *
 * Every rule's total is a sum over people (employee-scoped rules) or over days (day-scoped rules), so the state
 * caches each term. A move changes a few cells of the grid, "touches" the rows and days it changed, and calls
 * `update()`: only those terms are recomputed with the rules' fast `penalty`. An undo log restores the terms of a rejected move.
 */
import type { Problem } from './model.ts';
import { CATALOGUE, type Rule } from './rules/index.ts';

export class ScoreState {
  readonly p: Problem;
  readonly grid: Int8Array;
  private readonly employeeRules: Rule[];
  private readonly dayRules: Rule[];
  private readonly employeeTerms: Float64Array;
  private readonly dayTerms: Float64Array;
  /** Weighted hard total (penalty × searchScale) and soft total. */
  hard = 0;
  soft = 0;
  private readonly undo: number[] = [];
  private readonly touchedEmployee: Uint8Array;
  private readonly touchedDay: Uint8Array;
  private readonly pendingEmployees: number[] = [];
  private readonly pendingDays: number[] = [];

  constructor(p: Problem, grid: Int8Array) {
    this.p = p;
    this.grid = grid;
    const rules = p.rules.map((id) => CATALOGUE[id]);
    this.employeeRules = rules.filter((r) => r.scope === 'employee');
    this.dayRules = rules.filter((r) => r.scope === 'day');
    this.employeeTerms = new Float64Array(p.employees.length * this.employeeRules.length);
    this.dayTerms = new Float64Array(p.days * this.dayRules.length);
    this.touchedEmployee = new Uint8Array(p.employees.length);
    this.touchedDay = new Uint8Array(p.days);
    this.recomputeAll();
  }

  /** Recomputes every term (after the grid was replaced wholesale). */
  recomputeAll(): void {
    this.hard = 0;
    this.soft = 0;
    this.employeeTerms.fill(0);
    this.dayTerms.fill(0);
    for (let e = 0; e < this.p.employees.length; e++) this.employeeRules.forEach((r, k) => this.set(this.employeeTerms, e * this.employeeRules.length + k, r, r.penalty(this.p, this.grid, e)));
    for (let d = 0; d < this.p.days; d++) this.dayRules.forEach((r, k) => this.set(this.dayTerms, d * this.dayRules.length + k, r, r.penalty(this.p, this.grid, d)));
    this.undo.length = 0;
  }

  /** Person e's weighted hard total (their row's hard rules; every benchmark hard rule is such a rule). */
  employeeHard(e: number): number {
    const RE = this.employeeRules.length;
    let sum = 0;
    for (let k = 0; k < RE; k++) {
      const r = this.employeeRules[k]!;
      if (r.level === 'hard') sum += this.employeeTerms[e * RE + k]! * r.searchScale;
    }
    return sum;
  }

  /** The weighted hard total of the day-scoped rules (cover-required, backups): not repairable row by row. */
  dayHard(): number {
    let sum = this.hard;
    for (let e = 0; e < this.p.employees.length; e++) sum -= this.employeeHard(e);
    return sum;
  }

  /** The search objective: hard weighted far above soft. */
  objective(hardWeight: number): number {
    return this.hard * hardWeight + this.soft;
  }

  /** Marks person e's row as changed by the current move. */
  touchEmployee(e: number): void {
    if (this.touchedEmployee[e]) return;
    this.touchedEmployee[e] = 1;
    this.pendingEmployees.push(e);
  }

  /** Marks day d's column as changed by the current move. */
  touchDay(d: number): void {
    if (this.touchedDay[d]) return;
    this.touchedDay[d] = 1;
    this.pendingDays.push(d);
  }

  /** Recomputes the terms of every row and day the move touched (call once, after all its cells changed). */
  update(): void {
    const RE = this.employeeRules.length;
    for (const e of this.pendingEmployees) {
      for (let k = 0; k < RE; k++) {
        const r = this.employeeRules[k]!;
        const i = e * RE + k;
        this.undo.push(0, i, this.employeeTerms[i]!);
        this.set(this.employeeTerms, i, r, r.penalty(this.p, this.grid, e));
      }
      this.touchedEmployee[e] = 0;
    }
    const RD = this.dayRules.length;
    for (const d of this.pendingDays) {
      for (let k = 0; k < RD; k++) {
        const r = this.dayRules[k]!;
        const i = d * RD + k;
        this.undo.push(1, i, this.dayTerms[i]!);
        this.set(this.dayTerms, i, r, r.penalty(this.p, this.grid, d));
      }
      this.touchedDay[d] = 0;
    }
    this.pendingEmployees.length = 0;
    this.pendingDays.length = 0;
  }

  /** Keeps the move. */
  commit(): void {
    this.undo.length = 0;
  }

  /** Restores the terms of a rejected move (the caller restores the grid cells). */
  rollback(): void {
    const u = this.undo;
    for (let j = u.length - 3; j >= 0; j -= 3) {
      const kind = u[j]!;
      const i = u[j + 1]!;
      if (kind === 0) this.set(this.employeeTerms, i, this.employeeRules[i % this.employeeRules.length]!, u[j + 2]!);
      else this.set(this.dayTerms, i, this.dayRules[i % this.dayRules.length]!, u[j + 2]!);
    }
    u.length = 0;
  }

  private set(terms: Float64Array, i: number, r: Rule, value: number): void {
    const old = terms[i]!;
    terms[i] = value;
    if (r.level === 'hard') this.hard += (value - old) * r.searchScale;
    else this.soft += value - old;
  }
}
