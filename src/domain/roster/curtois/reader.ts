/**
 * Reader for the Curtois & Qu shift scheduling benchmark's text format (../shared/benchmarks/curtois/README.md;
 * T. Curtois and R. Qu, Computational results on new staff scheduling benchmark instances, 2014). It turns an
 * instance into a roster `Problem` whose rules are the benchmark's hard constraints and objective, expressed
 * as rules of the same catalogue the legevakt uses (BENCHMARK_RULES).
 */
import { dayCalendar } from '../calendar.ts';
import type { Employee, Problem, Request, ShiftType } from '../model.ts';
import { BENCHMARK_RULES } from '../rules/index.ts';
import { RosterInputError } from '../errors.ts';

type Sections = Map<string, string[][]>;

function sections(text: string): Sections {
  const out: Sections = new Map();
  let current: string[][] | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/#.*/, '').trim();
    if (line === '') continue;
    if (line.startsWith('SECTION_')) {
      current = [];
      out.set(line, current);
    } else if (current) current.push(line.split(',').map((f) => f.trim()));
  }
  return out;
}

function num(value: string | undefined, where: string): number {
  const n = Number(value);
  if (value === undefined || value === '' || !Number.isFinite(n)) throw new RosterInputError(`Ugyldig tall «${value ?? ''}» i ${where}.`, where);
  return n;
}

/** Parses an instance file into a problem (name: the instance's name, e.g. "Instance1"). */
export function readCurtois(text: string, name = 'instance'): Problem {
  const sec = sections(text);
  const get = (key: string, required = true): string[][] => {
    const rows = sec.get(key);
    if (!rows && required) throw new RosterInputError(`Filen mangler ${key}.`, key);
    return rows ?? [];
  };
  const H = num(get('SECTION_HORIZON')[0]?.[0], 'SECTION_HORIZON');
  const shiftRows = get('SECTION_SHIFTS');
  const shiftIndex = new Map(shiftRows.map((r, i) => [r[0]!, i]));
  const shiftOf = (id: string | undefined, where: string): number => {
    const s = id === undefined ? undefined : shiftIndex.get(id);
    if (s === undefined) throw new RosterInputError(`Ukjent vakttype «${id ?? ''}» i ${where}.`, where);
    return s;
  };
  const shiftTypes: ShiftType[] = shiftRows.map((r) => ({
    id: r[0]!,
    name: r[0]!,
    minutes: num(r[1], 'SECTION_SHIFTS'),
    forbiddenNext: (r[2] ?? '').split('|').filter((x) => x !== '').map((x) => shiftOf(x, 'SECTION_SHIFTS')),
    night: false,
    alone: false,
    backup: false,
    load: 1,
  }));
  const S = shiftTypes.length;
  const staffRows = get('SECTION_STAFF');
  const staffIndex = new Map(staffRows.map((r, i) => [r[0]!, i]));
  const staffOf = (id: string | undefined, where: string): number => {
    const e = id === undefined ? undefined : staffIndex.get(id);
    if (e === undefined) throw new RosterInputError(`Ukjent ansatt «${id ?? ''}» i ${where}.`, where);
    return e;
  };
  const employees: Employee[] = staffRows.map((r) => {
    const maxShifts = new Array<number>(S).fill(Infinity);
    for (const part of (r[1] ?? '').split('|').filter((x) => x !== '')) {
      const [id, n] = part.split('=');
      maxShifts[shiftOf(id, 'SECTION_STAFF')] = num(n, 'SECTION_STAFF');
    }
    return {
      id: r[0]!,
      name: r[0]!,
      maxShifts,
      maxMinutes: num(r[2], 'SECTION_STAFF'),
      minMinutes: num(r[3], 'SECTION_STAFF'),
      maxConsecutive: num(r[4], 'SECTION_STAFF'),
      minConsecutive: num(r[5], 'SECTION_STAFF'),
      minDaysOff: num(r[6], 'SECTION_STAFF'),
      maxWeekends: num(r[7], 'SECTION_STAFF'),
      maxPerWeek: Infinity,
      maxPerMonth: Infinity,
      share: 0,
      history: { load: 0, nights: 0, weekends: 0, holidays: 0 },
    };
  });
  const E = employees.length;
  const unavailable = new Uint8Array(E * H);
  for (const r of get('SECTION_DAYS_OFF', false)) {
    const e = staffOf(r[0], 'SECTION_DAYS_OFF');
    for (const d of r.slice(1)) unavailable[e * H + num(d, 'SECTION_DAYS_OFF')] = 1;
  }
  const requests = (key: string): Request[] =>
    get(key, false).map((r) => ({ employee: staffOf(r[0], key), day: num(r[1], key), shift: shiftOf(r[2], key), weight: num(r[3], key) }));
  const cover = new Int32Array(H * S);
  const under = new Float64Array(H * S);
  const over = new Float64Array(H * S);
  for (const r of get('SECTION_COVER')) {
    const k = num(r[0], 'SECTION_COVER') * S + shiftOf(r[1], 'SECTION_COVER');
    cover[k] = num(r[2], 'SECTION_COVER');
    under[k] = num(r[3], 'SECTION_COVER');
    over[k] = num(r[4], 'SECTION_COVER');
  }
  const cal = dayCalendar(H, 0);
  return {
    name,
    days: H,
    shiftTypes,
    employees,
    rules: BENCHMARK_RULES,
    ...cal,
    holidayWeight: new Float64Array(H),
    usable: new Uint8Array(H * S).fill(1),
    cover,
    coverUnderWeight: under,
    coverOverWeight: over,
    unavailable,
    exempt: new Uint8Array(E * H * S),
    competent: new Uint8Array(E * H).fill(1),
    startAt: new Float64Array(0),
    endAt: new Float64Array(0),
    onRequests: requests('SECTION_SHIFT_ON_REQUESTS'),
    offRequests: requests('SECTION_SHIFT_OFF_REQUESTS'),
    rest: { minRestMinutes: 0, freeBeforeNight: false },
    fairness: { load: 0, nights: 0, weekends: 0, holidays: 0 },
    pinned: new Uint8Array(E * H),
    dayLabels: Array.from({ length: H }, (_, d) => `dag ${d}`),
  };
}

/** Writes a roster in the benchmark's solution style: one line per employee, shift ID or "-" per day. */
export function writeCurtoisRoster(p: Problem, grid: Int8Array): string {
  return p.employees.map((emp, e) => `${emp.id}\t${Array.from(grid.subarray(e * p.days, (e + 1) * p.days), (s) => (s < 0 ? '-' : p.shiftTypes[s]!.id)).join(' ')}`).join('\n') + '\n';
}

/** Reads a roster written by writeCurtoisRoster back into a grid for the problem. */
export function readCurtoisRoster(p: Problem, text: string): Int8Array {
  const grid = new Int8Array(p.employees.length * p.days).fill(-1);
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const [id, cells = ''] = line.split('\t');
    const e = p.employees.findIndex((x) => x.id === id);
    if (e < 0) throw new RosterInputError(`Ukjent ansatt «${id ?? ''}» i vaktplanen.`, 'roster');
    cells.split(' ').forEach((c, d) => {
      grid[e * p.days + d] = c === '-' ? -1 : p.shiftTypes.findIndex((s) => s.id === c);
    });
  }
  return grid;
}
