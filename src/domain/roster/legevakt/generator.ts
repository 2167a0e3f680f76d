/**
 * A synthetic legevakt (for the bench and the demo; no real people): Sandefjord's pattern (DOMAIN.md §3) —
 * weekdays a day doctor 08:00–15:30; evenings, and days at weekends and holidays, a present doctor plus an on-call
 * doctor (tilkallingsvakt) who comes in at high load; nights 23:00–08:00 a present doctor; and a
 * backup (bakvakt) for doctors not yet competent to work alone. Doctors: two employed legevakt doctors, GPs with
 * shares from their list sizes, LIS1 and ALIS (some not competent), substitutes; ~15 % exempt from nights (age 60,
 * health), three weeks' summer holiday and course days, a few wishes.
 */
import { createRng } from '../../projection/index.ts';
import { addDays } from './dates.ts';
import type { LegevaktPlan, PlanDoctor, ShiftTemplate } from './plan.ts';

export const SANDEFJORD_TEMPLATES: ShiftTemplate[] = [
  { id: 'dag', name: 'Dagvakt hverdag', kind: 'day', start: '08:00', end: '15:30', days: 'weekdays', doctors: 1, alone: true },
  { id: 'kveld', name: 'Kveldsvakt', kind: 'evening', start: '15:30', end: '23:00', days: 'all', doctors: 1, alone: true },
  { id: 'tilkalling', name: 'Tilkallingsvakt', kind: 'on-call', start: '15:30', end: '23:00', days: 'all', doctors: 1, alone: false },
  { id: 'helgdag', name: 'Dagvakt helg/helligdag', kind: 'day', start: '08:00', end: '15:30', days: 'weekends-and-holidays', doctors: 1, alone: true },
  { id: 'helgtilkalling', name: 'Tilkallingsvakt dag helg/helligdag', kind: 'on-call', start: '08:00', end: '15:30', days: 'weekends-and-holidays', doctors: 1, alone: false },
  { id: 'natt', name: 'Nattevakt (tilstedevakt)', kind: 'night', start: '23:00', end: '08:00', days: 'all', doctors: 1, alone: true },
  { id: 'bakvakt', name: 'Bakvakt', kind: 'backup', start: '08:00', end: '08:00', days: 'all', doctors: 0, alone: false },
];

export interface SyntheticOptions {
  doctors: number;
  days: number;
  start: string;
  seed: number;
}

/** A synthetic legevakt plan with the given number of doctors and days. */
export function syntheticLegevakt(o: SyntheticOptions): LegevaktPlan {
  const rng = createRng(o.seed);
  const int = (n: number) => Math.floor(rng.next() * n);
  const shares = [0.6, 0.8, 1, 1, 1, 1.2];
  const doctors: PlanDoctor[] = Array.from({ length: o.doctors }, (_, i) => {
    const role = i < 2 ? 'employed' : i < 6 ? 'lis1' : i < 10 ? 'alis' : i < 13 ? 'substitute' : 'gp';
    const competent = role === 'employed' || role === 'gp' || (role === 'alis' && i % 2 === 0) || role === 'substitute';
    const summer = addDays(o.start, 150 + int(25));
    const unavailable = [...Array.from({ length: 21 }, (_, k) => addDays(summer, k)), ...Array.from({ length: 3 }, () => addDays(o.start, int(o.days)))];
    const exempt = role === 'gp' && rng.next() < 0.17;
    return {
      id: `lege-${i + 1}`,
      name: `Lege ${i + 1}`,
      role,
      share: role === 'employed' ? 3 : role === 'lis1' ? 1 : shares[int(shares.length)]!,
      competence: {
        specialistGeneralPractice: competent,
        clinicalServiceFrom: competent ? '2015-01-01' : addDays(o.start, -200),
        legevaktShifts: competent ? 100 : 5,
        municipalGpMonths: competent ? 24 : 0,
        courses: [
          { kind: 'acute-medicine', date: addDays(o.start, -400) },
          { kind: 'violence-abuse', date: '2019-03-01' },
        ],
      },
      unavailable,
      wishes: Array.from({ length: 2 }, () => ({ date: addDays(o.start, int(o.days)), kind: rng.next() < 0.5 ? 'want' : 'avoid', template: null })),
      exemptions: exempt ? [{ kinds: ['night'], reason: 'age', decidedBy: 'Fritaksutvalget', decidedOn: addDays(o.start, -30), from: addDays(o.start, -30), to: null }] : [],
      maxPerWeek: 3,
      maxPerMonth: 8,
    };
  });
  return { name: `Syntetisk legevakt, ${o.doctors} leger × ${o.days} dager`, start: o.start, days: o.days, templates: SANDEFJORD_TEMPLATES, doctors, rest: { minRestHours: 11, freeBeforeNight: false } };
}
