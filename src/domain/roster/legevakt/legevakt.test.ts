import { describe, expect, it } from 'vitest';
import { evaluate } from '../evaluate.ts';
import { RosterInputError } from '../errors.ts';
import { solve } from '../search.ts';
import { buildLegevaktProblem } from './build.ts';
import { competenceOn, type CompetenceFacts } from './competence.ts';
import { isoWeek, osloInstant, shiftInstants } from './dates.ts';
import { syntheticLegevakt } from './generator.ts';
import { norwegianHolidays } from './holidays.ts';
import { loadTable } from './load.ts';
import type { LegevaktPlan } from './plan.ts';

describe('shift times in Europe/Oslo', () => {
  const nightMinutes = (date: string, next: string) => osloInstant(next, '08:00') - osloInstant(date, '23:00');
  it('a night crossing midnight lasts 9 hours on an ordinary night', () => expect(nightMinutes('2027-01-15', '2027-01-16')).toBe(540));
  it('8 hours when clocks go forward (last Sunday of March)', () => expect(nightMinutes('2027-03-27', '2027-03-28')).toBe(480));
  it('10 hours when clocks go back (last Sunday of October)', () => expect(nightMinutes('2027-10-30', '2027-10-31')).toBe(600));
  it('stores winter and summer shifts as the right UTC instants', () => {
    expect(new Date(osloInstant('2027-01-15', '08:00') * 60_000).toISOString()).toBe('2027-01-15T07:00:00.000Z');
    expect(new Date(osloInstant('2027-07-15', '08:00') * 60_000).toISOString()).toBe('2027-07-15T06:00:00.000Z');
  });
  it('a shift ending at or before its start ends the next day', () => {
    expect(shiftInstants('2027-01-15', { start: '23:00', end: '08:00' })).toEqual({ start: osloInstant('2027-01-15', '23:00'), end: osloInstant('2027-01-16', '08:00') });
    expect(shiftInstants('2027-10-30', { start: '08:00', end: '08:00' }).end - shiftInstants('2027-10-30', { start: '08:00', end: '08:00' }).start).toBe(25 * 60);
    expect(shiftInstants('2027-01-15', { start: '08:00', end: '15:30' }).end).toBe(osloInstant('2027-01-15', '15:30'));
  });
  it('numbers weeks as ISO 8601 does', () => {
    expect(isoWeek('2027-01-01')).toBe(53); // a Friday: still 2026's last week
    expect(isoWeek('2027-01-04')).toBe(1);
    expect(isoWeek('2026-12-24')).toBe(52);
    expect(isoWeek('2025-12-29')).toBe(1); // a Monday in 2026's first week
  });
  it('the built problem measures rest across the DST change', () => {
    const plan = smallPlan({ start: '2027-03-27', days: 2 });
    const { problem: p } = buildLegevaktProblem(plan);
    const S = p.shiftTypes.length;
    const night = plan.templates.findIndex((t) => t.kind === 'night');
    expect(p.endAt[0 * S + night]! - p.startAt[0 * S + night]!).toBe(480);
  });
});

describe('Norwegian holidays', () => {
  const h = norwegianHolidays('2027-01-01', '2027-12-31');
  it('knows Easter, Ascension, Whit, 1 and 17 May, Christmas and New Year, and no observances', () => {
    for (const date of ['2027-01-01', '2027-03-25', '2027-03-26', '2027-03-28', '2027-03-29', '2027-05-01', '2027-05-06', '2027-05-16', '2027-05-17', '2027-12-25', '2027-12-26']) expect(h.get(date)?.public, date).toBe(true);
    expect(h.has('2027-02-14')).toBe(false); // Morsdag, an observance
    expect([...h.values()].filter((x) => x.public)).toHaveLength(11); // 12 public holidays, two on 17 May 2027
  });
  it('weighs Christmas Eve and New Year above an ordinary holiday', () => {
    expect(h.get('2027-12-24')).toMatchObject({ public: false, weight: 3 });
    expect(h.get('2027-12-31')?.weight).toBe(3);
    expect(h.get('2027-05-17')?.weight).toBe(1);
  });
});

describe('competence to work alone (akuttmedisinforskriften § 7)', () => {
  const courses: CompetenceFacts['courses'] = [
    { kind: 'acute-medicine', date: '2024-01-10' },
    { kind: 'violence-abuse', date: '2020-05-01' },
  ];
  const base: CompetenceFacts = { specialistGeneralPractice: false, clinicalServiceFrom: '2024-01-01', legevaktShifts: 45, municipalGpMonths: 0, courses };
  it('a specialist in general practice with valid courses', () => expect(competenceOn({ ...base, specialistGeneralPractice: true, clinicalServiceFrom: null }, '2027-01-01').competent).toBe(true));
  it('30 months of clinical service and 40 shifts', () => {
    expect(competenceOn(base, '2026-07-01').competent).toBe(true);
    expect(competenceOn(base, '2026-06-30').missing).toEqual(['30 måneders klinisk tjeneste (har 29)']);
  });
  it('one year as municipal GP instead of 40 shifts', () => expect(competenceOn({ ...base, legevaktShifts: 3, municipalGpMonths: 12 }, '2027-01-01').competent).toBe(true));
  it('the acute-medicine course must be renewed every 5 years', () => {
    expect(competenceOn(base, '2029-01-09').competent).toBe(true);
    expect(competenceOn(base, '2029-01-10').missing).toEqual(['gyldig kurs i akuttmedisin (må fornyes hvert 5 år)']);
  });
  it('refuses a date before the rule was in force', () => expect(() => competenceOn(base, '2019-12-31')).toThrow(expect.objectContaining({ code: 'no_rule_in_force' })));
});

function smallPlan(over: Partial<LegevaktPlan> = {}): LegevaktPlan {
  return { ...syntheticLegevakt({ doctors: 24, days: 28, start: '2027-01-04', seed: 5 }), ...over };
}

describe('building and solving a legevakt plan', () => {
  it('refuses an exemption that ends before it starts, naming the doctor', () => {
    const plan = smallPlan();
    plan.doctors[20]!.exemptions = [{ kinds: ['night'], reason: 'health', decidedBy: 'Fritaksutvalget', decidedOn: '2027-01-01', from: '2027-02-01', to: '2027-01-15' }];
    expect(() => buildLegevaktProblem(plan)).toThrow(/Fritaket til Lege 21 slutter \(2027-01-15\) før det begynner \(2027-02-01\)/);
  });
  it('refuses an impossible period', () => {
    expect(() => buildLegevaktProblem(smallPlan({ days: 0 }))).toThrow(/Perioden må være mellom 1 og 400 dager/);
  });
  it('names the shifts nobody can take and why', () => {
    const plan = smallPlan();
    for (const d of plan.doctors) d.exemptions = [{ kinds: ['night'], reason: 'age', decidedBy: 'Fritaksutvalget', decidedOn: '2026-12-01', from: '2027-01-10', to: '2027-01-10' }];
    const error = (() => {
      try {
        buildLegevaktProblem(plan);
      } catch (e) {
        return e as RosterInputError;
      }
      return null;
    })();
    expect(error).toBeInstanceOf(RosterInputError);
    expect(error!.message).toMatch(/^Planen kan ikke dekkes: Nattevakt \(tilstedevakt\) søn\. 10\.01\.2027 trenger 1 lege\(r\), men bare 0 kan ta den \(\d+ utilgjengelige, \d+ med fritak\)\.$/);
  });
  it('solves a four-week plan with no hard violation, a competent backup whenever a non-competent doctor works alone, and fair load', () => {
    const { problem: p } = buildLegevaktProblem(smallPlan());
    const r = solve(p, { seed: 1, maxIterations: 60_000 });
    const ev = evaluate(p, r.grid);
    expect(ev.violations.filter((v) => v.level === 'hard').map((v) => v.message)).toEqual([]);
    const load = loadTable(p, r.grid);
    expect(load.reduce((s, l) => s + l.shifts, 0)).toBe(p.cover.reduce((a, b) => a + b, 0));
    // Doctors of the same share (not exempt, available alike) differ by few shifts.
    const gp1 = load.filter((l, e) => l.share === 1 && e >= 13).map((l) => l.shifts);
    expect(Math.max(...gp1) - Math.min(...gp1)).toBeLessThanOrEqual(3);
  });
});

describe('the dated competence rule', () => {
  it('requires the courses only from 1 May 2021 (Sandefjord plan §4)', () => {
    const facts: CompetenceFacts = { specialistGeneralPractice: true, clinicalServiceFrom: null, legevaktShifts: 0, municipalGpMonths: 0, courses: [] };
    expect(competenceOn(facts, '2021-04-30')).toMatchObject({ competent: true, rule: { validFrom: '2020-01-01' } });
    expect(competenceOn(facts, '2021-05-01')).toMatchObject({ competent: false, missing: ['kurs i akuttmedisin', 'kurs i vold og overgrep'], rule: { validFrom: '2021-05-01' } });
  });
});
