import { EconomicsDataError } from './errors.ts';
import type { Ore } from './money.ts';

function monthsBetween(from: string, to: string): number {
  const months = (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));
  return Number(to.slice(8, 10)) < Number(from.slice(8, 10)) ? months - 1 : months;
}

/**
 * What a GP repays of a recruitment grant when leaving within the binding period: the grant pro rata for the whole
 * months left of `repaymentYears` (Sarpsborg: 3 years). Nothing after the period; refuses leaving before starting.
 */
export function grantRepayment(input: { amount: Ore; repaymentYears: number; startDate: string; leaveDate: string }): Ore {
  if (input.leaveDate < input.startDate) throw new EconomicsDataError('Sluttdatoen kan ikke være før startdatoen', 'leaveDate');
  const total = input.repaymentYears * 12;
  if (total === 0) return 0;
  const served = Math.min(total, monthsBetween(input.startDate, input.leaveDate));
  return Math.round((input.amount * (total - served)) / total);
}
