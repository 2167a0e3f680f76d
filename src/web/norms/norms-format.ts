// Årsverk (FTE) with up to two decimals in nb-NO (`7,5`, `13,13`), and a gap with its sign (`+5,63`, `−0,2`).

const fte = new Intl.NumberFormat('nb-NO', { minimumFractionDigits: 1, maximumFractionDigits: 2 });
const signed = new Intl.NumberFormat('nb-NO', { minimumFractionDigits: 1, maximumFractionDigits: 2, signDisplay: 'exceptZero' });
const hours = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 2 });

/** `7,5`, `13,13` */
export const formatFte = (n: number): string => fte.format(n);
/** `+5,63` (too few FTE), `−0,2` (more than required), `0,0` */
export const formatGap = (n: number): string => signed.format(Math.abs(n) < 0.005 ? 0 : n);
/** `7,5` hours, `2,63` */
export const formatHours = (n: number): string => hours.format(n);
/** Null as a dash. */
export const orDash = <T>(value: T | null, format: (v: T) => string): string => (value === null ? '–' : format(value));
