/** The rule catalogue: every rule, one file each, by id. */
import { backupCompetent } from './backup-competent.ts';
import { backupRequired } from './backup-required.ts';
import { coverRequired } from './cover-required.ts';
import { cover } from './cover.ts';
import { exemption } from './exemption.ts';
import { fairHolidays } from './fair-holidays.ts';
import { fairLoad } from './fair-load.ts';
import { fairNights } from './fair-nights.ts';
import { fairWeekends } from './fair-weekends.ts';
import { forbiddenSuccession } from './forbidden-succession.ts';
import { freeBeforeNight } from './free-before-night.ts';
import type { RuleId } from './ids.ts';
import { maxConsecutiveShifts } from './max-consecutive-shifts.ts';
import { maxShiftsPerMonth } from './max-shifts-per-month.ts';
import { maxShiftsPerType } from './max-shifts-per-type.ts';
import { maxShiftsPerWeek } from './max-shifts-per-week.ts';
import { maxWeekends } from './max-weekends.ts';
import { minConsecutiveDaysOff } from './min-consecutive-days-off.ts';
import { minConsecutiveShifts } from './min-consecutive-shifts.ts';
import { restAfterNight } from './rest-after-night.ts';
import { restBetweenShifts } from './rest-between-shifts.ts';
import { shiftOffRequest } from './shift-off-request.ts';
import { shiftOnRequest } from './shift-on-request.ts';
import type { Rule } from './types.ts';
import { totalMinutes } from './total-minutes.ts';
import { unavailable } from './unavailable.ts';

/** Keyed by id so the type checker makes every id of RULE_IDS have exactly one rule. */
export const CATALOGUE: Record<RuleId, Rule> = {
  unavailable,
  'max-shifts-per-type': maxShiftsPerType,
  'total-minutes': totalMinutes,
  'forbidden-succession': forbiddenSuccession,
  'max-consecutive-shifts': maxConsecutiveShifts,
  'min-consecutive-shifts': minConsecutiveShifts,
  'min-consecutive-days-off': minConsecutiveDaysOff,
  'max-weekends': maxWeekends,
  'shift-on-request': shiftOnRequest,
  'shift-off-request': shiftOffRequest,
  cover,
  'cover-required': coverRequired,
  exemption,
  'backup-competent': backupCompetent,
  'backup-required': backupRequired,
  'rest-after-night': restAfterNight,
  'rest-between-shifts': restBetweenShifts,
  'free-before-night': freeBeforeNight,
  'max-shifts-per-week': maxShiftsPerWeek,
  'max-shifts-per-month': maxShiftsPerMonth,
  'fair-load': fairLoad,
  'fair-nights': fairNights,
  'fair-weekends': fairWeekends,
  'fair-holidays': fairHolidays,
};

export { BENCHMARK_RULES, RULE_IDS, type RuleId } from './ids.ts';
export type { PenaltyUnit, Rule, RuleLevel, Violation } from './types.ts';
export { PENALTY_UNIT_LABEL } from './types.ts';
