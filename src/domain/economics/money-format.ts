import type { Ore } from './money.ts';

const mill2 = new Intl.NumberFormat('nb-NO', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const kr0 = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 });

/** The rounding step of `formatMill`: 0.01 mill kr in øre. */
export const MILL_STEP = 10_000_00;

/** Øre as "4,14 mill. kr" (rounded once, here, to 0.01 mill). The one money format of tables, reports and the CLI. */
export const formatMill = (ore: Ore): string => `${mill2.format(Math.round(ore / MILL_STEP) / 100)} mill. kr`;

/** Øre as whole kroner, "288 500 kr". */
export const formatKr = (ore: Ore): string => `${kr0.format(Math.round(ore / 100))} kr`;
