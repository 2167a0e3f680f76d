import type { SubsidyRate } from '../rules/basistilskudd-rates.ts';
import { annualAmount, billedPatients, rateInForce, type ListComposition } from './rates.ts';
import { wholeOre, type Ore } from './money.ts';

/** A GP position as the subsidy needs it. */
export interface SubsidyPosition {
  id: number;
  code: string;
  orgForm: string;
  /** Start of the current holder's agreement (for the minimum under 500); null = unknown. */
  agreementDate: string | null;
}

/** A list count on the 1st of a month. */
export interface SubsidySnapshot {
  positionId: number;
  month: string;
  listLength: number;
  listCap: number;
}

export interface SubsidyMonth {
  month: string;
  patients: number;
  billedPatients: number;
  minimumApplied: boolean;
  rateName: string;
  /** This month's payment: annual amount ÷ 12, in whole øre. */
  amount: Ore;
}

export interface PositionSubsidy {
  positionId: number;
  code: string;
  orgForm: string;
  months: SubsidyMonth[];
  total: Ore;
}

export interface SubsidyReport {
  months: string[];
  positions: PositionSubsidy[];
  totalsByMonth: { month: string; patients: number; amount: Ore }[];
  total: Ore;
  /** The rate entries the figures used, so a reader sees which rule applied. */
  ratesUsed: { validFrom: string; name: string; source: string }[];
}

/**
 * Basistilskudd per position and month: the rate in force on the 1st × the patients on the list that day (or the
 * minimum for short lists), ÷ 12, paid in whole øre. A month without a snapshot for a position pays nothing for it;
 * a month no rate covers is refused (EconomicsDataError).
 */
export function basistilskudd(input: {
  rates: readonly SubsidyRate[];
  positions: readonly SubsidyPosition[];
  snapshots: readonly SubsidySnapshot[];
  months: readonly string[];
  composition: ListComposition | null;
}): SubsidyReport {
  const byKey = new Map(input.snapshots.map((s) => [`${s.positionId}|${s.month}`, s]));
  const used = new Map<string, SubsidyRate>();
  const positions: PositionSubsidy[] = [];
  for (const p of input.positions) {
    const months: SubsidyMonth[] = [];
    for (const month of input.months) {
      const s = byKey.get(`${p.id}|${month}`);
      if (!s || s.listCap === 0) continue;
      const rate = rateInForce(input.rates, month);
      used.set(rate.validFrom, rate);
      const billed = billedPatients(rate, { patients: s.listLength, listCap: s.listCap, agreementDate: p.agreementDate, composition: input.composition }, month);
      const amount = wholeOre(annualAmount(rate, billed.patients, input.composition) / 12);
      months.push({ month, patients: s.listLength, billedPatients: billed.patients, minimumApplied: billed.minimumApplied, rateName: rate.name, amount });
    }
    positions.push({ positionId: p.id, code: p.code, orgForm: p.orgForm, months, total: months.reduce((a, m) => a + m.amount, 0) });
  }
  const totalsByMonth = input.months.map((month) => {
    let patients = 0;
    let amount = 0;
    for (const p of positions) {
      const m = p.months.find((x) => x.month === month);
      if (m) {
        patients += m.patients;
        amount += m.amount;
      }
    }
    return { month, patients, amount };
  });
  return {
    months: [...input.months],
    positions,
    totalsByMonth,
    total: totalsByMonth.reduce((a, m) => a + m.amount, 0),
    ratesUsed: [...used.values()].sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1)).map((r) => ({ validFrom: r.validFrom, name: r.name, source: r.source })),
  };
}
