import { describe, expect, it } from 'vitest';
import { currentMonth, monthCompleteness } from './complete-month.ts';

const snaps = (month: string, ids: number[]) => ids.map((positionId) => ({ positionId, month }));
const range = (n: number) => [...Array(n).keys()].map((i) => i + 1);

describe('the month that stands for the municipality', () => {
  it('leaves out a newer month with figures for only some positions, and says which positions lack them', () => {
    const s = [...snaps('2021-01-01', range(54)), ...snaps('2021-02-01', range(54)), ...snaps('2021-03-01', [3, 7])];
    const c = currentMonth(s);
    expect(c.month).toBe('2021-02-01');
    expect(c.completeMonths).toEqual(['2021-01-01', '2021-02-01']);
    expect(c.newerIncomplete).toHaveLength(1);
    expect(c.newerIncomplete[0]).toMatchObject({ month: '2021-03-01', counted: 2, complete: false });
    expect(c.newerIncomplete[0]!.missingPositionIds).toHaveLength(52);
  });
  it('takes a month once it is complete, and a new position does not make the months before it incomplete', () => {
    const s = [...snaps('2021-02-01', range(3)), ...snaps('2021-03-01', range(4))];
    expect(currentMonth(s).month).toBe('2021-03-01');
    expect(monthCompleteness(s).map((m) => m.complete)).toEqual([true, true]);
  });
  it('has no month without figures, and the first month is complete by definition', () => {
    expect(currentMonth([])).toEqual({ month: null, completeMonths: [], newerIncomplete: [] });
    expect(currentMonth(snaps('2023-03-01', [9])).month).toBe('2023-03-01');
  });
  it('judges a month against the last complete month, so two partial months in a row do not make each other complete', () => {
    const s = [...snaps('2021-01-01', range(5)), ...snaps('2021-02-01', [1, 2]), ...snaps('2021-03-01', [1, 2]), ...snaps('2021-04-01', range(6))];
    expect(monthCompleteness(s).map((m) => m.complete)).toEqual([true, false, false, true]);
    expect(currentMonth(s.filter((x) => x.month < '2021-04-01')).month).toBe('2021-01-01');
  });
});
