import { readCsv } from './csv.ts';
import { decodeSsbText } from './decode.ts';
import { interpretPopulation } from './interpret.ts';
import { readJsonStat } from './json-stat.ts';
import type { KommuneReference } from './kommune-numbers.ts';
import type { PopulationImport } from './types.ts';

export * from './types.ts';
export * from './categories.ts';
export * from './kommune-numbers.ts';

/**
 * Reads an uploaded SSB population file — JSON-stat 2 (PxWebApi v2, outputFormat=json-stat2) or SSB's CSV
 * (ISO-8859-1, semicolons) — maps old municipality numbers to today's, and checks every value. Throws SsbFileError
 * with Norwegian messages naming what is wrong. `own` is the importing municipality (its figures must be in the file).
 */
export function parsePopulationFile(bytes: Uint8Array, ref: KommuneReference, own: { nr: string; name: string }): PopulationImport {
  const text = decodeSsbText(bytes).replace(/^\uFEFF/, '');
  const table = text.trimStart().startsWith('{') ? readJsonStat(text) : readCsv(text);
  return interpretPopulation(table, ref, own);
}
