import { describe, expect, it } from 'vitest';
import { NormDataError } from './errors.ts';
import { normGapReport, normInForce, yearEnd } from './gap.ts';
import { NFAS_VERSION, smallFacts } from './test-facts.ts';

const intermediateFte = (9 * 2.7 + 1 * 2.7) / 26.25;

describe('normGapReport', () => {
  const report = normGapReport(smallFacts(), { year: 2024 });

  it('takes places and norm as in force on 31 December', () => {
    expect(report.date).toBe('2024-12-31');
    expect(report.norm).toMatchObject({ id: 1, validFrom: '2020-09-01', reference: { stayWeeks: 4, hoursPerPatientWeek: 2.25 } });
    expect(report.norm!.reference.patientsPerFte).toBeCloseTo(11.667, 3);
  });

  it('computes required FTE per unit and institution, split long/short, against FTE in post', () => {
    const [home, centre] = report.institutions;
    expect(home!.requiredFte.longTerm).toBeCloseTo(1, 10);
    expect(home!.requiredFte.shortTerm).toBe(0);
    expect(home!.fteInPost).toBe(0.5);
    expect(home!.gapFte).toBeCloseTo(0.5, 10);
    expect(centre!.units[0]!.requiredFte.total).toBeCloseTo(1, 10);
    expect(centre!.units[1]!.requiredFte.shortTerm).toBeCloseTo(intermediateFte, 10);
    expect(centre!.fteInPost).toBeCloseTo(1, 10);
    expect(centre!.gapFte).toBeCloseTo(intermediateFte, 10);
  });

  it('leaves the legevakt out of the nursing-home norm', () => {
    expect(report.institutions.map((i) => i.name)).toEqual(['Langtidshjemmet', 'Korttidssenteret']);
    expect(report.totals.institutions).toBe(2);
  });

  it('adds up the totals and counts each doctor once for the specialist share', () => {
    expect(report.totals.requiredFte.longTerm).toBeCloseTo(1, 10);
    expect(report.totals.requiredFte.shortTerm).toBeCloseTo(1 + intermediateFte, 10);
    expect(report.totals.fteInPost).toBeCloseTo(1.5, 10);
    expect(report.totals.gapFte).toBeCloseTo(0.5 + intermediateFte, 10);
    expect(report.specialists).toMatchObject({ doctors: 2, specialists: 1, share: 0.5, met: true, goal: 0.5 });
    expect(report.specialists.fteShare).toBeCloseTo(0.7 / 1.5, 10);
  });

  it('counts short-term stays a year: occupied × 365 ÷ stay days', () => {
    const unit = report.institutions[1]!.units[1]!;
    expect(unit.staysPerYear).toBeCloseTo((10 * 0.9 + 2 * 0.5) * (365 / 17.5), 10);
    expect(report.institutions[0]!.staysPerYear).toBe(0);
  });

  it('explains each row and carries the formula', () => {
    expect(report.institutions[0]!.units[0]!.rows[0]!.explanation).toMatch(/belagte × 0,328 t\/uke ÷ 26,25 t = 1 årsverk/);
    expect(report.formula!.clinicalHours).toContain('= 26,25 t/uke × 40 = 1\u00a0050 t/år');
    expect(report.formula!.longTerm).toContain('13,1 t per pasient per år');
    expect(report.formula!.shortTerm).toContain('1,5 t per uke + 3 t per opphold');
  });

  it('compares with the shipped presets', () => {
    expect(report.totals.presets.map((p) => p.key)).toEqual(['nfas-2020', 'legeforeningen-2002', 'nasjonalt-snitt-2020']);
    expect(report.totals.presets[0]!.requiredFte).toBeCloseTo(report.totals.requiredFte.total, 10);
  });

  it('runs the years through the last planned change, at least four ahead', () => {
    expect(report.years.map((y) => y.year)).toEqual([2024, 2025, 2026, 2027, 2028]);
    const [y2024, y2025] = report.years;
    expect(y2025!.places - y2024!.places).toBe(18);
    expect(y2025!.requiredFte.longTerm - y2024!.requiredFte.longTerm).toBeCloseTo((18 * 13.1) / 1050, 10);
    expect(normGapReport(smallFacts(), { year: 2020, minYearsAhead: 0 }).years.at(-1)!.year).toBe(2025);
  });

  it('uses each year’s norm version', () => {
    const facts = smallFacts();
    const own = { ...NFAS_VERSION, id: 2, validFrom: '2026-01-01', position: { ...NFAS_VERSION.position, workingWeeks: 42 } };
    const r = normGapReport({ ...facts, norms: [NFAS_VERSION, own] }, { year: 2025 });
    expect(r.years.map((y) => y.normId)).toEqual([1, 2, 2, 2, 2]);
    expect(r.years[1]!.requiredFte.longTerm).toBeLessThan(r.years[0]!.requiredFte.longTerm);
  });

  it('does not change its input', () => {
    const facts = smallFacts();
    const copy = structuredClone(facts);
    normGapReport(facts, { year: 2030 });
    expect(facts).toEqual(copy);
  });
});

describe('refusals', () => {
  it('refuses places with no norm in force, but reports an empty municipality', () => {
    expect(() => normGapReport(smallFacts(), { year: 2019 })).toThrow(/Ingen bemanningsnorm gjelder per 2019-12-31/);
    const empty = normGapReport({ ...smallFacts(), institutions: [], units: [], places: [], changes: [], norms: [] }, { year: 2026 });
    expect(empty.norm).toBeNull();
    expect(empty.totals.requiredFte.total).toBe(0);
  });

  it('refuses a unit with short-term places and no stay, naming it', () => {
    const facts = smallFacts();
    const units = facts.units.map((u) => (u.id === 22 ? { ...u, avgStayDays: null } : u));
    expect(() => normGapReport({ ...facts, units }, { year: 2024 })).toThrow(NormDataError);
    expect(() => normGapReport({ ...facts, units }, { year: 2024 })).toThrow('Avdeling «To og en halv uke» ved Korttidssenteret har korttidsplasser, men mangler gjennomsnittlig liggetid.');
  });

  it('refuses a norm without activities for a model in use', () => {
    const facts = smallFacts();
    const bare = { ...NFAS_VERSION, activities: NFAS_VERSION.activities.filter((a) => a.unit !== 'long_term_year') };
    expect(() => normGapReport({ ...facts, norms: [bare] }, { year: 2024 })).toThrow(/ingen aktiviteter for langtidsplasser/);
  });
});

describe('helpers', () => {
  it('yearEnd and normInForce', () => {
    expect(yearEnd(2025)).toBe('2025-12-31');
    expect(normInForce([NFAS_VERSION], '2020-08-31')).toBeNull();
    expect(normInForce([NFAS_VERSION], '2020-09-01')).toBe(NFAS_VERSION);
  });
});
