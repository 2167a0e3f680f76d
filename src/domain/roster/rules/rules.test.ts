import { describe, expect, it } from 'vitest';
import type { TinySpec } from '../testing.ts';
import { CATALOGUE, RULE_IDS, type RuleId } from './index.ts';
import { verifyRule } from './verify-rule.ts';

interface RuleCase {
  name: string;
  spec?: Omit<TinySpec, 'rules'>;
  roster: string[];
  penalty: number;
}

const H = 60; // minutes
const day = (d: number, from: number, to: number) => ({ start: d * 1440 + from * H, end: d * 1440 + to * H });
const legevaktTimes = (d: number, s: string) => (s === 'N' ? day(d, 23, 32) : s === 'E' ? day(d, 15.5, 23) : day(d, 8, 15.5));
const shiftsDEN = [{ id: 'D' }, { id: 'E' }, { id: 'N', night: true }];

/** Keyed by rule id: the type checker makes every rule of the catalogue have its cases. */
const CASES: Record<RuleId, RuleCase[]> = {
  unavailable: [
    { name: 'a shift on an unavailable day', spec: { unavailable: [[0, 2]] }, roster: ['DDD', '---'], penalty: 1 },
    { name: 'off on the unavailable day', spec: { unavailable: [[0, 2]] }, roster: ['DD-', '---'], penalty: 0 },
  ],
  'max-shifts-per-type': [
    { name: 'three nights with a max of one', spec: { employees: [{ maxShifts: [Infinity, 1] }] }, roster: ['NNN-D'], penalty: 2 },
    { name: 'never a type (max 0)', spec: { employees: [{ maxShifts: [0, Infinity] }] }, roster: ['D----'], penalty: 1 },
    { name: 'within the max', spec: { employees: [{ maxShifts: [2, 1] }] }, roster: ['DDN'], penalty: 0 },
  ],
  'total-minutes': [
    { name: 'minutes over the max', spec: { employees: [{ maxMinutes: 900 }] }, roster: ['DD'], penalty: 60 },
    { name: 'minutes under the min', spec: { employees: [{ minMinutes: 1000 }] }, roster: ['D-'], penalty: 520 },
    { name: 'within', spec: { employees: [{ minMinutes: 480, maxMinutes: 960 }] }, roster: ['DD'], penalty: 0 },
  ],
  'forbidden-succession': [
    { name: 'day after night is forbidden', spec: { shifts: [{ id: 'D' }, { id: 'N', forbiddenNext: [0] }] }, roster: ['NDND'], penalty: 2 },
    { name: 'night after day is allowed', spec: { shifts: [{ id: 'D' }, { id: 'N', forbiddenNext: [0] }] }, roster: ['DN-D'], penalty: 0 },
  ],
  'max-consecutive-shifts': [
    { name: 'six in a row with max four', spec: { days: 8, employees: [{ maxConsecutive: 4 }] }, roster: ['DDDNDD-D'], penalty: 2 },
    { name: 'four in a row', spec: { days: 8, employees: [{ maxConsecutive: 4 }] }, roster: ['DDDD-DDD'], penalty: 0 },
  ],
  'min-consecutive-shifts': [
    { name: 'an interior run of one with min three', spec: { days: 7, employees: [{ minConsecutive: 3 }] }, roster: ['--D--DD'], penalty: 2 },
    { name: 'short runs at the edges do not count', spec: { days: 7, employees: [{ minConsecutive: 3 }] }, roster: ['D-DDD-D'], penalty: 0 },
  ],
  'min-consecutive-days-off': [
    { name: 'one day off between shifts with min two', spec: { days: 7, employees: [{ minDaysOff: 2 }] }, roster: ['DD-DD-D'], penalty: 2 },
    { name: 'edge runs of days off do not count', spec: { days: 7, employees: [{ minDaysOff: 2 }] }, roster: ['-DD--D-'], penalty: 0 },
  ],
  'max-weekends': [
    { name: 'two weekends with max one (Saturday of one, Sunday of the other)', spec: { days: 14, employees: [{ maxWeekends: 1 }] }, roster: ['-----D------D-'], penalty: 1 },
    { name: 'both days of one weekend count once', spec: { days: 14, employees: [{ maxWeekends: 1 }] }, roster: ['-----DD'], penalty: 0 },
  ],
  'shift-on-request': [
    { name: 'request for a night, got a day', spec: { onRequests: [{ employee: 0, day: 1, shift: 1, weight: 3 }] }, roster: ['-D'], penalty: 3 },
    { name: 'request for any shift, got off', spec: { onRequests: [{ employee: 0, day: 0, shift: -1, weight: 2 }] }, roster: ['-'], penalty: 2 },
    { name: 'granted', spec: { onRequests: [{ employee: 0, day: 1, shift: 1, weight: 3 }] }, roster: ['-N'], penalty: 0 },
  ],
  'shift-off-request': [
    { name: 'off request for a night, worked it', spec: { offRequests: [{ employee: 0, day: 1, shift: 1, weight: 2 }] }, roster: ['-N'], penalty: 2 },
    { name: 'off request for any shift, worked a day', spec: { offRequests: [{ employee: 0, day: 0, shift: -1, weight: 5 }] }, roster: ['D'], penalty: 5 },
    { name: 'off request for a night, worked a day instead', spec: { offRequests: [{ employee: 0, day: 1, shift: 1, weight: 2 }] }, roster: ['-D'], penalty: 0 },
  ],
  cover: [
    { name: 'one missing at weight 100, one surplus at weight 1', spec: { days: 2, cover: (d, s) => (s === 'D' ? 2 : 0), coverWeights: { under: 100, over: 1 }, employees: [{}, {}, {}] }, roster: ['DD', '-D', '-D'], penalty: 101 },
    { name: 'exact cover', spec: { days: 1, cover: (_d, s) => (s === 'D' ? 1 : 0) }, roster: ['D', '-'], penalty: 0 },
  ],
  'cover-required': [
    { name: 'a night without its doctor and a day with one too many', spec: { days: 1, cover: (_d, s) => (s === 'N' ? 1 : s === 'D' ? 1 : 0) }, roster: ['D', 'D'], penalty: 2 },
    { name: 'backup shifts are not counted here', spec: { days: 1, shifts: [{ id: 'D' }, { id: 'B', backup: true }], cover: (_d, s) => (s === 'D' ? 1 : 0) }, roster: ['D', 'B'], penalty: 0 },
  ],
  exemption: [
    { name: 'a night while exempt from nights', spec: { exempt: [[0, 1, 'N']] }, roster: ['-N'], penalty: 1 },
    { name: 'a day while exempt from nights', spec: { exempt: [[0, 1, 'N']] }, roster: ['-D'], penalty: 0 },
  ],
  'backup-competent': [
    { name: 'a non-competent doctor as backup', spec: { shifts: [{ id: 'D', alone: true }, { id: 'B', backup: true }], notCompetent: [1] }, roster: ['D', 'B'], penalty: 1 },
    { name: 'a competent backup', spec: { shifts: [{ id: 'D', alone: true }, { id: 'B', backup: true }], notCompetent: [0] }, roster: ['D', 'B'], penalty: 0 },
  ],
  'backup-required': [
    { name: 'a non-competent doctor alone without backup', spec: { shifts: [{ id: 'D', alone: true }, { id: 'B', backup: true }], notCompetent: [0] }, roster: ['DD', '--'], penalty: 2 },
    { name: 'backup on the first day only', spec: { shifts: [{ id: 'D', alone: true }, { id: 'B', backup: true }], notCompetent: [0] }, roster: ['DD', 'B-'], penalty: 1 },
    { name: 'a non-competent backup does not count', spec: { shifts: [{ id: 'D', alone: true }, { id: 'B', backup: true }], notCompetent: [0, 1] }, roster: ['D', 'B'], penalty: 1 },
    { name: 'a shift that need not be worked alone', spec: { shifts: [{ id: 'D', alone: false }, { id: 'B', backup: true }], notCompetent: [0] }, roster: ['D', '-'], penalty: 0 },
  ],
  'rest-after-night': [
    { name: 'a day shift after a night', roster: ['ND-N-'], penalty: 1 },
    { name: 'a free day after each night', roster: ['N-N-D'], penalty: 0 },
  ],
  'rest-between-shifts': [
    { name: 'evening 15:30–23 then day 08:00: 9 h rest, 120 min short', spec: { shifts: shiftsDEN, times: legevaktTimes }, roster: ['ED'], penalty: 120 },
    { name: 'night 23–08 then evening 15:30: 7.5 h, 210 min short', spec: { shifts: shiftsDEN, times: legevaktTimes }, roster: ['NE'], penalty: 210 },
    { name: 'day then evening the next day', spec: { shifts: shiftsDEN, times: legevaktTimes }, roster: ['DE'], penalty: 0 },
  ],
  'free-before-night': [
    { name: 'a day shift before a night when the municipality requires a free day', spec: { rest: { freeBeforeNight: true } }, roster: ['DN'], penalty: 1 },
    { name: 'not required by the municipality', spec: { rest: { freeBeforeNight: false } }, roster: ['DN'], penalty: 0 },
  ],
  'max-shifts-per-week': [
    { name: 'three shifts in a week with max two', spec: { days: 14, employees: [{ maxPerWeek: 2 }] }, roster: ['D-D-D--D-D----'], penalty: 1 },
    { name: 'two per week', spec: { days: 14, employees: [{ maxPerWeek: 2 }] }, roster: ['D---D--D-----D'], penalty: 0 },
  ],
  'max-shifts-per-month': [
    { name: 'four shifts in the first month with max three', spec: { days: 10, monthOf: (d) => (d < 5 ? 0 : 1), employees: [{ maxPerMonth: 3 }] }, roster: ['DDDD-DDD--'], penalty: 1 },
    { name: 'three in each month', spec: { days: 10, monthOf: (d) => (d < 5 ? 0 : 1), employees: [{ maxPerMonth: 3 }] }, roster: ['DDD--DDD--'], penalty: 0 },
  ],
  'fair-load': [
    // Four day shifts, equal shares: target 2 each; 3 and 1 → (1² + 1²) × weight 1.
    { name: 'three and one shifts with equal shares', spec: { days: 4, cover: (_d, s) => (s === 'D' ? 1 : 0), employees: [{ share: 1 }, { share: 1 }], fairness: { load: 1 } }, roster: ['DDD-', '---D'], penalty: 2 },
    // Shares 3:1 over four shifts: targets 3 and 1.
    { name: 'in proportion to share', spec: { days: 4, cover: (_d, s) => (s === 'D' ? 1 : 0), employees: [{ share: 3 }, { share: 1 }], fairness: { load: 1 } }, roster: ['DDD-', '---D'], penalty: 0 },
    // History: doctor 1 did 2 more earlier; over 2 + 4 shifts the fair split is 3 : 3, so now 1 : 3.
    { name: 'counting earlier periods', spec: { days: 4, cover: (_d, s) => (s === 'D' ? 1 : 0), employees: [{ share: 1, history: { load: 2, nights: 0, weekends: 0, holidays: 0 } }, { share: 1 }], fairness: { load: 1 } }, roster: ['DD--', '--DD'], penalty: 2 },
  ],
  'fair-nights': [
    // Two nights; doctor 2 is exempt from nights, so doctor 1's fair share is both.
    { name: 'an exempt doctor gets no night target', spec: { days: 2, cover: (_d, s) => (s === 'N' ? 1 : 0), exempt: [[1, 0, 'N'], [1, 1, 'N']], employees: [{ share: 1 }, { share: 1 }], fairness: { nights: 1 } }, roster: ['NN', '--'], penalty: 0 },
    { name: 'nights spread unevenly', spec: { days: 4, cover: (_d, s) => (s === 'N' ? 1 : 0), employees: [{ share: 1 }, { share: 1 }], fairness: { nights: 2 } }, roster: ['N-NN', '-N--'], penalty: 4 },
  ],
  'fair-weekends': [
    { name: 'one doctor takes the whole weekend', spec: { days: 7, cover: (d, s) => (s === 'D' && d >= 5 ? 1 : 0), employees: [{ share: 1 }, { share: 1 }], fairness: { weekends: 1 } }, roster: ['-----DD', '-------'], penalty: 2 },
    { name: 'one weekend day each', spec: { days: 7, cover: (d, s) => (s === 'D' && d >= 5 ? 1 : 0), employees: [{ share: 1 }, { share: 1 }], fairness: { weekends: 1 } }, roster: ['-----D-', '------D'], penalty: 0 },
  ],
  'fair-holidays': [
    // Christmas Eve weighs 3, Christmas Day 1: total 4, target 2 each; 3 vs 1 → 1 + 1.
    { name: 'Christmas Eve weighs more', spec: { days: 2, cover: (_d, s) => (s === 'D' ? 1 : 0), holidayWeight: (d) => (d === 0 ? 3 : 1), employees: [{ share: 1 }, { share: 1 }], fairness: { holidays: 1 } }, roster: ['D-', '-D'], penalty: 2 },
    { name: 'no holiday in the period', spec: { days: 2, cover: (_d, s) => (s === 'D' ? 1 : 0), employees: [{ share: 1 }, { share: 1 }], fairness: { holidays: 1 } }, roster: ['D-', '-D'], penalty: 0 },
  ],
};

describe('rule catalogue', () => {
  for (const id of RULE_IDS) {
    for (const c of CASES[id]) {
      it(`${id}: ${c.name}`, () => {
        verifyRule(id).given(c.spec ?? {}, c.roster).penalizes(c.penalty);
      });
    }
  }

  it('every rule has a case that breaks it and one that does not', () => {
    expect(Object.keys(CASES).sort()).toEqual([...RULE_IDS].sort());
    expect(Object.keys(CATALOGUE).sort()).toEqual([...RULE_IDS].sort());
    for (const id of RULE_IDS) {
      expect(CASES[id].some((c) => c.penalty > 0), id).toBe(true);
      expect(CASES[id].some((c) => c.penalty === 0), id).toBe(true);
      expect(CATALOGUE[id].id, 'a rule filed under another id').toBe(id);
    }
  });

  it('the harness refuses a penalty that is not the rule’s own', () => {
    expect(() => verifyRule('unavailable').given({ unavailable: [[0, 0]] }, ['D']).penalizes(0)).toThrow(/unavailable/);
  });
});
