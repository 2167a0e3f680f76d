/**
 * Writing a roster as a mixed-integer program in CPLEX LP format (for HiGHS, npm `highs`), whole or as a
 * neighbourhood of a given roster. x_e_d_s = 1 when person e works shift s on day d. Outside the neighbourhood every
 * cell keeps the roster's value, so its variables are constants (1 for the shift it holds, 0 otherwise) folded into
 * each row's right-hand side and the objective's constant: a sub-problem's text names only the free cells'
 * variables and keeps only the rows that still have one. The whole roster is the neighbourhood that frees every cell.
 */
import { OFF, type Problem } from './model.ts';

/** The cells (`[e * days + d]`, 1 = free) a sub-problem may change, around the roster `grid`. */
export interface Neighbourhood {
  grid: Int8Array;
  free: Uint8Array;
}

/** A variable's name, or a constant value where a neighbourhood fixes the cell. */
export type Value = string | number;
export type Term = readonly [coefficient: number, value: Value];

export const xName = (e: number, d: number, s: number) => `x_${e}_${d}_${s}`;

const fmt = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(9));

/** Rows, objective and variable kinds of one LP text, with constants folded as they are added. */
export class LpWriter {
  private readonly rows: string[] = [];
  private readonly objective = new Map<string, number>();
  private constant = 0;
  private readonly binaries: string[] = [];
  private readonly continuous: string[] = [];
  private readonly generals: string[] = [];

  /**
   * The cells of a problem as terms: `cell(e, d, s)` says whether the variable exists at all (may this person hold
   * this shift that day); a neighbourhood fixes the cells it does not free.
   */
  constructor(
    private readonly p: Problem,
    private readonly cell: (e: number, d: number, s: number) => boolean,
    private readonly hood?: Neighbourhood,
  ) {
    const H = p.days;
    for (let e = 0; e < p.employees.length; e++) {
      for (let d = 0; d < H; d++) {
        if (hood && hood.free[e * H + d] !== 1) continue;
        for (let s = 0; s < p.shiftTypes.length; s++) if (cell(e, d, s)) this.binaries.push(xName(e, d, s));
      }
    }
  }

  /** x_e_d_s as a value: its name when the cell is free, else the roster's 0 or 1; null when it cannot exist. */
  x(e: number, d: number, s: number): Value | null {
    if (!this.cell(e, d, s)) return null;
    const i = e * this.p.days + d;
    if (this.hood && this.hood.free[i] !== 1) return this.hood.grid[i] === s ? 1 : 0;
    return xName(e, d, s);
  }

  /** c × x_e_d_s as a list of terms: empty when the variable cannot exist. */
  term(e: number, d: number, s: number, c = 1): Term[] {
    const v = this.x(e, d, s);
    return v === null ? [] : [[c, v]];
  }

  /** The terms Σ_s x_e_d_s (does person e work on day d). */
  work(e: number, d: number, coefficient = 1): Term[] {
    return this.p.shiftTypes.flatMap((_, s) => this.term(e, d, s, coefficient));
  }

  /** The terms of a request on (e, d, s): the shift itself, or any shift when s is OFF. */
  request(e: number, d: number, s: number): Term[] {
    return s === OFF ? this.work(e, d) : this.term(e, d, s);
  }

  /**
   * Adds `Σ terms op rhs`. A row whose terms are all constants is decided by the fixed roster: left out when it
   * holds, written as the impossible `one <= 0` when it does not (so an empty cover makes the program infeasible).
   */
  row(terms: readonly Term[], op: '<=' | '>=' | '=', rhs: number): void {
    let constant = 0;
    const coefficients = new Map<string, number>();
    for (const [c, v] of terms) {
      if (typeof v === 'number') constant += c * v;
      else coefficients.set(v, (coefficients.get(v) ?? 0) + c);
    }
    const text = linear(coefficients);
    if (text === '') {
      const slack = rhs - constant;
      const holds = op === '<=' ? slack >= -1e-9 : op === '>=' ? slack <= 1e-9 : Math.abs(slack) <= 1e-9;
      if (!holds) this.rows.push(` c${this.rows.length}: one <= 0`);
      return;
    }
    this.rows.push(` c${this.rows.length}: ${text} ${op} ${fmt(rhs - constant)}`);
  }

  /** Adds c × value to the objective (terms on one variable add up: the LP text names it once). */
  cost(c: number, v: Value): void {
    if (typeof v === 'number') this.constant += c * v;
    else this.objective.set(v, (this.objective.get(v) ?? 0) + c);
  }

  /** Declares a new variable: binary, continuous ≥ 0, or integer ≥ 0. */
  variable(name: string, kind: 'binary' | 'continuous' | 'integer'): string {
    (kind === 'binary' ? this.binaries : kind === 'continuous' ? this.continuous : this.generals).push(name);
    return name;
  }

  /** The LP text; the objective's constant rides on a variable fixed to 1 (the format has no constants). */
  text(): string {
    const objective = linear(this.objective);
    return [
      'Minimize',
      ` obj: ${objective === '' ? '' : `${objective} + `}${fmt(this.constant)} one`,
      'Subject To',
      ...this.rows,
      ' fix_one: one = 1',
      'Bounds',
      ...[...this.continuous, ...this.generals].map((v) => ` ${v} >= 0`),
      'Binary',
      ...chunk(this.binaries),
      ...(this.generals.length > 0 ? ['General', ...chunk(this.generals)] : []),
      'End',
    ].join('\n');
  }
}

function linear(coefficients: Map<string, number>): string {
  const parts: string[] = [];
  for (const [v, c] of coefficients) if (c !== 0) parts.push(`${c < 0 ? '-' : '+'} ${fmt(Math.abs(c))} ${v}`);
  return parts.join(' ').replace(/^\+ /, '');
}

function chunk(names: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < names.length; i += 20) out.push(` ${names.slice(i, i + 20).join(' ')}`);
  return out;
}

/**
 * Reads a roster back from the MIP's column values: the neighbourhood's free cells from the columns, the rest
 * from its roster (the whole grid when there is no neighbourhood).
 */
export function gridFromMip(p: Problem, value: (name: string) => number | undefined, hood?: Neighbourhood): Int8Array {
  const H = p.days;
  const grid = hood ? Int8Array.from(hood.grid) : new Int8Array(p.employees.length * H).fill(OFF);
  for (let e = 0; e < p.employees.length; e++) {
    for (let d = 0; d < H; d++) {
      if (hood && hood.free[e * H + d] !== 1) continue;
      grid[e * H + d] = OFF;
      for (let s = 0; s < p.shiftTypes.length; s++) if ((value(xName(e, d, s)) ?? 0) > 0.5) grid[e * H + d] = s;
    }
  }
  return grid;
}

/** The LP relaxation of a MIP's text (the Binary section's variables become 0 ≤ x ≤ 1): its optimum is a lower bound. */
export function relaxMip(lp: string): string {
  const [head, rest] = lp.split('\nBinary\n') as [string, string | undefined];
  if (rest === undefined) return lp;
  const [binaries, tail] = rest.split(/\n(?=General\n|End$)/) as [string, string];
  const names = binaries.split(/\s+/).filter((v) => v !== '');
  return `${head.replace('\nBounds\n', `\nBounds\n${names.map((v) => ` 0 <= ${v} <= 1`).join('\n')}\n`)}\n${tail}`;
}
