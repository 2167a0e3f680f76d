import { SNAPSHOT_FIELDS, perField, type ColumnIndexes, type SnapshotField, type SnapshotMapping } from './snapshot-fields.ts';

/** Header names each field goes by in Norwegian and English files, normalised as by normaliseHeader. */
const ALIASES: Record<SnapshotField, readonly string[]> = {
  positionCode: [
    'hjemmel', 'hjemmelid', 'hjemmelsid', 'hjemmelnr', 'hjemmelsnr', 'hjemmelnummer', 'hjemmelsnummer', 'hjemmelkode',
    'legeid', 'legenr', 'positioncode', 'positionid', 'position', 'gpposition', 'kode', 'code',
  ],
  month: ['maned', 'month', 'dato', 'date', 'periode', 'period', 'telledato', 'tellemaned'],
  listLength: [
    'listelengde', 'antallpaliste', 'antallpasienter', 'antallpasienterpaliste', 'pasienterpaliste', 'pasienter',
    'listestorrelse', 'listlength', 'listsize', 'patients',
  ],
  listCap: ['listetak', 'maksliste', 'makslistelengde', 'listcap', 'listceiling', 'cap', 'tak'],
  waitingList: [
    'venteliste', 'antallventeliste', 'antallpaventeliste', 'pasienterpaventeliste', 'ventende', 'waitinglist', 'waiting',
  ],
};

/** Aliases shorter than this are only matched whole: "tak" must not match "Kontaktperson". */
const MIN_PARTIAL_ALIAS = 5;

/** Lower case, æ/ø/å and other diacritics folded ("aa" as "å" too), only letters and digits kept. */
export function normaliseHeader(header: string): string {
  return header
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'o')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replaceAll('aa', 'a')
    .replace(/[^a-z0-9]/g, '');
}

/** Header-based guess: exact alias matches first, then headers containing an alias, each only where it is unambiguous. */
export function guessMapping(columns: readonly string[]): { found: Partial<SnapshotMapping>; missing: SnapshotField[] } {
  const names = columns.map(normaliseHeader);
  const found: Partial<SnapshotMapping> = {};
  const taken = new Set<number>();
  const ambiguous = new Set<SnapshotField>();
  const passes = [
    (name: string, alias: string) => name === alias,
    (name: string, alias: string) => alias.length >= MIN_PARTIAL_ALIAS && name.includes(alias),
  ];
  for (const matches of passes) {
    for (const field of SNAPSHOT_FIELDS) {
      if (found[field] !== undefined || ambiguous.has(field)) continue;
      const candidates = names.flatMap((name, i) => (!taken.has(i) && ALIASES[field].some((a) => matches(name, a)) ? [i] : []));
      const [only] = candidates;
      if (candidates.length > 1) ambiguous.add(field);
      else if (only !== undefined) {
        found[field] = columns[only];
        taken.add(only);
      }
    }
  }
  return { found, missing: SNAPSHOT_FIELDS.filter((f) => found[f] === undefined) };
}

function complete(found: Partial<SnapshotMapping>): SnapshotMapping | null {
  const { positionCode, month, listLength, listCap, waitingList } = found;
  return positionCode !== undefined && month !== undefined && listLength !== undefined && listCap !== undefined && waitingList !== undefined
    ? { positionCode, month, listLength, listCap, waitingList }
    : null;
}

/** Where the mapping's columns are in the file, or which fields name a column the file does not have. */
export function locateColumns(
  mapping: SnapshotMapping,
  columns: readonly string[],
): { ok: true; indexes: ColumnIndexes } | { ok: false; absent: SnapshotField[] } {
  const absent = SNAPSHOT_FIELDS.filter((f) => !columns.includes(mapping[f]));
  return absent.length > 0 ? { ok: false, absent } : { ok: true, indexes: perField((f) => columns.indexOf(mapping[f])) };
}

/** The mapping to use when the user gave none. */
export type MappingChoice =
  | { source: 'remembered' | 'guessed'; mapping: SnapshotMapping; indexes: ColumnIndexes }
  | { source: 'none'; missing: SnapshotField[] };

/** The remembered mapping when the file has all its columns, else a complete guess from the header, else none. */
export function chooseMapping(remembered: SnapshotMapping | null, columns: readonly string[]): MappingChoice {
  const located = remembered && locateColumns(remembered, columns);
  if (remembered && located?.ok) return { source: 'remembered', mapping: remembered, indexes: located.indexes };
  const guess = guessMapping(columns);
  const mapping = complete(guess.found);
  const guessed = mapping && locateColumns(mapping, columns);
  return mapping && guessed?.ok ? { source: 'guessed', mapping, indexes: guessed.indexes } : { source: 'none', missing: guess.missing };
}
