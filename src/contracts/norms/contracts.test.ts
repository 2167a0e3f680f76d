import { describe, expect, it } from 'vitest';
import { ZAllocationInput } from './allocation.ts';
import { hasDecimals, ZNumber } from './fields.ts';
import { ZGpTaskInput } from './gp-task.ts';
import { ZUnitPlacesInput } from './institutions.ts';
import { ZOhdRequestInput } from './ohd-request.ts';
import { ZNormActivityInput } from './staffing-norm.ts';

const messages = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (r.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('norm contracts', () => {
  it('refuses more decimals than the column keeps, instead of letting the database round', () => {
    expect(hasDecimals(2.625, 3)).toBe(true);
    expect(hasDecimals(0.1 + 0.2, 1)).toBe(true);
    expect(hasDecimals(2.625, 2)).toBe(false);
    expect(messages(ZNumber({ min: 0, max: 10, decimals: 2 }).safeParse(1.234))).toEqual([': Høyst 2 desimaler']);
  });

  it('places: negative, occupancy over 100 %, unknown kind', () => {
    const r = ZUnitPlacesInput.safeParse({ unitId: 1, placeKind: 'hotel', places: -1, occupancy: 1.2 });
    expect(messages(r)).toEqual(['placeKind: Velg plasstype', 'places: Kan ikke være negativt', 'occupancy: Belegget kan ikke være over 100 %']);
  });

  it('an activity must say what its hours are counted per', () => {
    const r = ZNormActivityInput.safeParse({ normId: 1, activity: 'Visitt', hours: 2, comment: '', reference: '', sortOrder: 1 });
    expect(messages(r)[0]).toMatch(/^unit: Velg hva timene gjelder per/);
  });

  it('an ØHD request carries no identity number and gives a reason when it is not a plain admission', () => {
    const yes = { criterionAcute: true, criterionHomeCare: true, criterionHomeSoon: true, criterionAsGood: true, criterionExamined: true };
    const base = { requestDate: '2021-01-01', referrer: 'gp', ...yes };
    expect(ZOhdRequestInput.safeParse({ ...base, admitted: true, reason: '' }).success).toBe(true);
    expect(messages(ZOhdRequestInput.safeParse({ ...base, admitted: false, reason: '' }))).toEqual(['reason: Oppgi hvorfor pasienten ikke ble lagt inn']);
    expect(messages(ZOhdRequestInput.safeParse({ ...base, admitted: false, reason: 'fnr 010170 12345' }))).toEqual(['reason: Skal ikke inneholde fødselsnummer eller andre pasientopplysninger']);
    expect(ZOhdRequestInput.safeParse({ ...base, admitted: true, reason: '', name: 'Ola' }).success).toBe(false);
  });

  it('an allocation keeps "not assessed", "set by the municipality" and "from a rule" apart', () => {
    const row = { area: 'legevakt', note: '', fte: 1.4, coveredBy: 'municipal_employees' };
    expect(ZAllocationInput.safeParse({ ...row, needBasis: 'manual', needFte: 2 }).success).toBe(true);
    expect(messages(ZAllocationInput.safeParse({ ...row, needBasis: 'manual', needFte: null }))).toEqual(['needFte: Oppgi behovet i årsverk']);
    expect(messages(ZAllocationInput.safeParse({ ...row, needBasis: 'not_assessed', needFte: 2 }))).toEqual(['needFte: Fylles bare ut når behovet settes av kommunen']);
    expect(messages(ZAllocationInput.safeParse({ ...row, needBasis: 'nursing_home_norm', needFte: null }))).toEqual(['needBasis: Bemanningsnormen gjelder bare området sykehjem og ØHD']);
  });

  it('a GP task cannot end before it starts', () => {
    const r = ZGpTaskInput.safeParse({ doctorId: 1, area: 'child_health', hoursPerWeek: 2.625, basis: 'obligation', fromDate: '2021-02-01', toDate: '2021-01-01', note: '' });
    expect(messages(r)).toEqual(['toDate: Kan ikke være før fra-datoen']);
  });
});
