import { z } from 'zod';
import { formatInt } from '../../domain/format/index.ts';

/** Free text that may be empty (notes, comments, references). */
export const ZNote = (max: number) => z.string({ error: 'Må være tekst' }).trim().max(max, `Høyst ${formatInt(max)} tegn`);

/** True when x has at most `decimals` decimals (within floating-point noise). */
export function hasDecimals(x: number, decimals: number): boolean {
  const scaled = x * 10 ** decimals;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
}

/**
 * A number with Norwegian messages, between min and max (inclusive unless `aboveMin`), with at most `decimals`
 * decimals — the column's scale, so the database never rounds what the user typed.
 */
export function ZNumber(opts: { min: number; max: number; decimals: number; aboveMin?: boolean; minMessage?: string; maxMessage?: string }) {
  const base = z.number({ error: 'Må være et tall' });
  const lower = opts.aboveMin
    ? base.gt(opts.min, opts.minMessage ?? `Må være større enn ${opts.min}`)
    : base.min(opts.min, opts.minMessage ?? (opts.min === 0 ? 'Kan ikke være negativt' : `Minst ${formatInt(opts.min)}`));
  return lower
    .max(opts.max, opts.maxMessage ?? `Høyst ${formatInt(opts.max)}`)
    .refine((x) => hasDecimals(x, opts.decimals), opts.decimals === 0 ? 'Må være et heltall' : `Høyst ${opts.decimals} desimaler`);
}

/** A share 0–1 shown as a percentage. */
export const ZShare = (maxMessage = 'Kan ikke være over 100 %') => ZNumber({ min: 0, max: 1, decimals: 4, minMessage: 'Kan ikke være negativ', maxMessage });

/** An enum with one Norwegian message for a missing or unknown value. */
export const ZChoice = <const T extends readonly [string, ...string[]]>(values: T, message: string) => z.enum(values, { error: message });
