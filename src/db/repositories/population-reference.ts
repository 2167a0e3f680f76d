import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { KommuneReference } from '../../domain/projection/index.ts';

const ssbDir = fileURLToPath(new URL('../../../data/ssb/', import.meta.url));

let cached: Promise<KommuneReference> | undefined;

/** Today's municipalities and the number changes of 2017–2024 (data/ssb/kommunenummer.json), read once. */
export function loadKommuneReference(): Promise<KommuneReference> {
  cached ??= readFile(`${ssbDir}kommunenummer.json`, 'utf8').then((text) => {
    const ref = JSON.parse(text) as KommuneReference;
    if (!Array.isArray(ref.municipalities) || !Array.isArray(ref.changes)) throw new Error('data/ssb/kommunenummer.json is malformed');
    return ref;
  });
  return cached;
}

/** The sample SSB projection shipped for the demo municipalities (synthetic figures in PxWebApi v2 JSON-stat 2 form). */
export const SAMPLE_PROJECTION_FILE = 'framskriving-14288-sandefjord-sarpsborg.json';

/** Reads a file shipped in data/ssb/. */
export async function readSsbSample(name: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(`${ssbDir}${name}`));
}
