import type { Sex } from '../../registry/index.ts';
import type { Category } from './types.ts';

/** What a category of a dimension means: a value to keep, a total to leave out, or something not understood. */
export type Parsed<T> = { kind: 'value'; value: T } | { kind: 'total' } | { kind: 'invalid' };

const TOTAL = /\b(i alt|alle|begge kjønn|totalt?|hele landet)\b/i;

/** Menn/1 → M, Kvinner/2 → F, Begge kjønn/0 → a total. */
export function parseSex(c: Category): Parsed<Sex> {
  const text = `${c.code} ${c.label}`.toLowerCase();
  if (c.code === '1' || /\bmenn\b|\bmann\b|\bmales?\b/.test(text)) return { kind: 'value', value: 'M' };
  if (c.code === '2' || /\bkvinner\b|\bkvinne\b|\bfemales?\b/.test(text)) return { kind: 'value', value: 'F' };
  if (c.code === '0' || TOTAL.test(text)) return { kind: 'total' };
  return { kind: 'invalid' };
}

/** An age group, from SSB's codes ("000", "105+", "F000-005") or labels ("0 år", "0-5 år", "90 år eller eldre", "90+"). */
export function parseAge(c: Category): Parsed<{ from: number; to: number | null }> {
  if (c.code === '999' || TOTAL.test(`${c.code} ${c.label}`)) return { kind: 'total' };
  for (const raw of [c.code, c.label]) {
    const s = raw.trim().replace(/^[A-Za-z]+(?=\d)/, '');
    let m = /^(\d{1,3})\s*(?:år)?\s*$/.exec(s);
    if (m) return { kind: 'value', value: { from: Number(m[1]), to: Number(m[1]) } };
    m = /^(\d{1,3})\s*[-–]\s*(\d{1,3})\s*(?:år)?$/.exec(s);
    if (m && Number(m[2]) >= Number(m[1])) return { kind: 'value', value: { from: Number(m[1]), to: Number(m[2]) } };
    m = /^(\d{1,3})\s*(?:\+|år\s+(?:eller|og)\s+(?:eldre|over)|år\s*\+)$/.exec(s);
    if (m) return { kind: 'value', value: { from: Number(m[1]), to: null } };
  }
  return { kind: 'invalid' };
}

/** A year of 1 January: "2024". */
export function parseYear(c: Category): number | null {
  const m = /^(\d{4})$/.exec(c.code.trim()) ?? /^(\d{4})$/.exec(c.label.trim());
  return m ? Number(m[1]) : null;
}

/** A region: a municipality number (also "K-3907", "K_3907"), or a total/county/other region to leave out. */
export function parseRegion(c: Category): Parsed<string> {
  const code = c.code.trim().replace(/^K[-_.]?/i, '');
  if (/^\d{4}$/.test(code)) return { kind: 'value', value: code };
  if (/^(0|00|\d{2})$/.test(code) || TOTAL.test(c.label)) return { kind: 'total' };
  return { kind: 'invalid' };
}

/** The four-letter SSB alternative in a code or label ("MMMM", "Hovedalternativet (MMMM)", "Lav nasjonal vekst (Alternativ LLML)"). */
export function alternativeOf(c: Category): string | null {
  for (const s of [c.code, c.label]) {
    const m = /(?:^|[^A-Z0-9])([LMHK0]{4})(?:$|[^A-Z0-9])/.exec(s);
    if (m) return m[1]!;
  }
  return null;
}
