/**
 * Norwegian public holidays from a maintained library (date-holidays, country NO). Only `type === 'public'` are
 * holidays (the library also returns observances such as Morsdag); Christmas Eve and New Year's Eve are not public
 * holidays but weigh heavily in legevakt fairness, so they are added by our own rule (the weights are the
 * municipality's to set).
 */
import Holidays from 'date-holidays';

export interface HolidayWeights {
  /** Weight of an ordinary public holiday (Easter, Ascension, Whit, 1 and 17 May). */
  publicHoliday: number;
  /** Weight of Christmas Eve, Christmas Day, Boxing Day, New Year's Eve and New Year's Day. */
  christmasAndNewYear: number;
}

export const DEFAULT_HOLIDAY_WEIGHTS: HolidayWeights = { publicHoliday: 1, christmasAndNewYear: 3 };

export interface Holiday {
  date: string;
  name: string;
  weight: number;
  /** A public holiday (legevakt runs its weekend pattern). */
  public: boolean;
}

const CHRISTMAS_NEW_YEAR = new Set(['12-24', '12-25', '12-26', '12-31', '01-01']);

/** Holidays of the years from `first` to `last` (ISO dates, inclusive), by date. */
export function norwegianHolidays(first: string, last: string, weights: HolidayWeights = DEFAULT_HOLIDAY_WEIGHTS): Map<string, Holiday> {
  const lib = new Holidays('NO');
  const out = new Map<string, Holiday>();
  for (let year = Number(first.slice(0, 4)); year <= Number(last.slice(0, 4)); year++) {
    for (const h of lib.getHolidays(year)) {
      const date = h.date.slice(0, 10);
      if (h.type !== 'public' || out.has(date)) continue;
      out.set(date, { date, name: h.name, weight: CHRISTMAS_NEW_YEAR.has(date.slice(5)) ? weights.christmasAndNewYear : weights.publicHoliday, public: true });
    }
    for (const [md, name] of [['12-24', 'Julaften'], ['12-31', 'Nyttårsaften']] as const) {
      out.set(`${year}-${md}`, { date: `${year}-${md}`, name, weight: weights.christmasAndNewYear, public: false });
    }
  }
  for (const date of [...out.keys()]) if (date < first || date > last) out.delete(date);
  return out;
}
