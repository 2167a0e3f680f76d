import { alternativeOf } from './categories.ts';
import { SsbFileError, type Category, type RawCell, type RawTable } from './types.ts';

interface JsonStatDimension {
  label?: string;
  category?: { index?: string[] | Record<string, number>; label?: Record<string, string> };
}

/** The roles of the dimensions an SSB population table has, found by JSON-stat role or SSB's dimension ids. */
type Role = 'region' | 'sex' | 'age' | 'year' | 'contents' | 'alternative';
const REQUIRED: { role: Role; name: string; ids: string }[] = [
  { role: 'region', name: 'region', ids: 'Region' },
  { role: 'sex', name: 'kjønn', ids: 'Kjonn' },
  { role: 'age', name: 'alder', ids: 'Alder' },
  { role: 'year', name: 'år', ids: 'Tid' },
];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function categories(id: string, dim: JsonStatDimension): Category[] {
  const index = dim.category?.index;
  const labels = dim.category?.label ?? {};
  let codes: string[];
  if (Array.isArray(index)) codes = index;
  else if (isObject(index)) codes = Object.entries(index).sort((a, b) => a[1] - b[1]).map(([code]) => code);
  else if (Object.keys(labels).length > 0) codes = Object.keys(labels);
  else throw new SsbFileError([`Dimensjonen ${id} mangler kategorier (category.index).`]);
  return codes.map((code) => ({ code, label: labels[code] ?? code }));
}

function roleOf(id: string, roles: Record<string, string[]>, cats: Category[]): Role | null {
  if (roles.geo?.includes(id) || /^region$/i.test(id)) return 'region';
  if (roles.time?.includes(id) || /^tid$/i.test(id)) return 'year';
  if (/^kj(o|ø)nn$/i.test(id)) return 'sex';
  if (/^alder$/i.test(id)) return 'age';
  if (roles.metric?.includes(id) || /^contentscode$/i.test(id)) return 'contents';
  if (cats.length > 0 && cats.every((c) => alternativeOf(c) !== null)) return 'alternative';
  return null;
}

/** The table id SSB puts in extension.px.tableid, or at the start of the label ("07459: Befolkning, …"). */
function tableIdOf(doc: Record<string, unknown>): string | null {
  const px = isObject(doc.extension) && isObject(doc.extension.px) ? doc.extension.px : null;
  if (px && typeof px.tableid === 'string') return px.tableid;
  const m = typeof doc.label === 'string' ? /^(\d{5})\b/.exec(doc.label) : null;
  return m ? m[1]! : null;
}

/** Reads a JSON-stat 2 dataset as PxWebApi v2 writes it (outputFormat=json-stat2) into raw cells. */
export function readJsonStat(text: string): RawTable {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw new SsbFileError(['Filen er ikke gyldig JSON. Last ned tabellen fra SSB som JSON-stat 2 (outputFormat=json-stat2) eller som CSV.']);
  }
  if (!isObject(doc) || doc.class !== 'dataset' || !Array.isArray(doc.id) || !Array.isArray(doc.size) || !isObject(doc.dimension)) {
    throw new SsbFileError(['Filen er ikke et JSON-stat 2-datasett (mangler class «dataset», id, size eller dimension).']);
  }
  const ids = doc.id as string[];
  const sizes = doc.size as number[];
  const dims = doc.dimension as Record<string, JsonStatDimension>;
  if (ids.length !== sizes.length) throw new SsbFileError(['JSON-stat-filen er ødelagt: id og size har ulik lengde.']);
  const roles = (isObject(doc.role) ? doc.role : {}) as Record<string, string[]>;
  const cats = ids.map((id, i) => {
    const dim = dims[id];
    if (!dim) throw new SsbFileError([`JSON-stat-filen er ødelagt: dimensjonen ${id} er oppført i id, men mangler under dimension.`]);
    const c = categories(id, dim);
    if (c.length !== sizes[i]) throw new SsbFileError([`JSON-stat-filen er ødelagt: dimensjonen ${id} har ${c.length} kategorier, men size sier ${sizes[i]}.`]);
    return c;
  });
  const roleIndex = new Map<Role, number>();
  const issues: string[] = [];
  ids.forEach((id, i) => {
    const role = roleOf(id, roles, cats[i]!);
    if (role !== null && !roleIndex.has(role)) roleIndex.set(role, i);
    else if (cats[i]!.length > 1) issues.push(`Dimensjonen ${id} («${dims[id]?.label ?? id}») har flere verdier og hører ikke hjemme i en befolkningstabell.`);
  });
  for (const r of REQUIRED) {
    if (!roleIndex.has(r.role)) issues.push(`Filen mangler dimensjonen ${r.name} (${r.ids}). Ta den med når tabellen lastes ned.`);
  }
  if (issues.length > 0) throw new SsbFileError(issues);

  const total = sizes.reduce((a, b) => a * b, 1);
  const raw = doc.value;
  const valueAt: (i: number) => unknown = Array.isArray(raw) ? (i) => raw[i] : isObject(raw) ? (i) => raw[String(i)] ?? null : () => undefined;
  if (!Array.isArray(raw) && !isObject(raw)) throw new SsbFileError(['JSON-stat-filen mangler verdier (value).']);
  if (Array.isArray(raw) && raw.length !== total) throw new SsbFileError([`JSON-stat-filen er ødelagt: ${raw.length} verdier, men dimensjonene gir ${total}.`]);

  const strides = sizes.map((_, i) => sizes.slice(i + 1).reduce((a, b) => a * b, 1));
  const pick = (role: Role, flat: number): Category | null => {
    const d = roleIndex.get(role);
    if (d === undefined) return null;
    return cats[d]![Math.floor(flat / strides[d]!) % sizes[d]!]!;
  };
  const cells: RawCell[] = [];
  for (let flat = 0; flat < total; flat++) {
    const v = valueAt(flat);
    if (v !== null && typeof v !== 'number') throw new SsbFileError([`Verdi nummer ${flat + 1} er ikke et tall: ${JSON.stringify(v)}.`]);
    cells.push({
      region: pick('region', flat)!,
      sex: pick('sex', flat)!,
      age: pick('age', flat)!,
      year: pick('year', flat)!,
      contents: pick('contents', flat),
      alternative: pick('alternative', flat),
      value: v,
      at: `verdi ${flat + 1}`,
    });
  }
  return { format: 'json-stat2', tableId: tableIdOf(doc), title: typeof doc.label === 'string' ? doc.label : '', cells };
}
