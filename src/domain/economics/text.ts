import type { Ore } from './money.ts';

const krFormat = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 2 });
const numFormat = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 3 });
const pctFormat = new Intl.NumberFormat('nb-NO', { style: 'percent', maximumFractionDigits: 1 });

/** Øre as "300 000 kr" for assumption texts (exact; rounding for tables happens in the UI). */
export const nok = (ore: Ore): string => `${krFormat.format(ore / 100)} kr`;
export const num = (n: number): string => numFormat.format(n);
export const pct = (share: number): string => pctFormat.format(share);
