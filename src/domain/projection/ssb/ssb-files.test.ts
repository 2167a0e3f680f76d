import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kommuneResolver, parsePopulationFile, SsbFileError, type KommuneReference, type PopulationImport } from './index.ts';

// The files the project ships (data/ssb/, test/fixtures/ssb/, written by test/fixtures/ssb/generate.ts).
const file = (path: string) => new Uint8Array(readFileSync(new URL(`../../../../${path}`, import.meta.url)));
const ref = JSON.parse(readFileSync(new URL('../../../../data/ssb/kommunenummer.json', import.meta.url), 'utf8')) as KommuneReference;
const total = (imp: PopulationImport, nr: string, series: string, year: number) =>
  imp.rows.filter((r) => r.kommuneNr === nr && r.series === series && r.year === year).reduce((s, r) => s + r.persons, 0);
const own = (nr: string) => ({ nr, name: ref.municipalities.find((m) => m.nr === nr)!.name });
const refusal = (path: string, nr = '3907'): string[] => {
  try {
    parsePopulationFile(file(path), ref, own(nr));
  } catch (err) {
    if (err instanceof SsbFileError) return err.issues;
    throw err;
  }
  throw new Error('expected a refusal');
};

describe('the sample projection (JSON-stat 2 and Latin-1 CSV)', () => {
  const json = parsePopulationFile(file('data/ssb/framskriving-14288-sandefjord-sarpsborg.json'), ref, own('3907'));
  const csv = parsePopulationFile(file('data/ssb/framskriving-14288-sandefjord-sarpsborg.csv'), ref, own('3907'));

  it('is a projection of table 14288 with three alternatives for both municipalities, 2021–2040', () => {
    expect(json).toMatchObject({ format: 'json-stat2', kind: 'projection', tableId: '14288', mapped: [], skipped: [] });
    expect(json.summary.map((s) => [s.kommuneNr, s.name, s.series.map((x) => `${x.code} ${x.firstYear}–${x.lastYear}`)])).toEqual([
      ['3105', 'Sarpsborg', ['HHMH 2021–2040', 'LLML 2021–2040', 'MMMM 2021–2040']],
      ['3907', 'Sandefjord', ['HHMH 2021–2040', 'LLML 2021–2040', 'MMMM 2021–2040']],
    ]);
    expect(json.rows).toHaveLength(2 * 2 * 9 * 20 * 3);
  });

  it('Sandefjord’s main alternative: 64 500 in 2021, +2 663 to 2028 (S §2.3); Sarpsborg 58 950 in 2023', () => {
    expect(total(json, '3907', 'MMMM', 2021)).toBe(64_500);
    expect(total(json, '3907', 'MMMM', 2028) - total(json, '3907', 'MMMM', 2021)).toBe(2663);
    expect(total(json, '3105', 'MMMM', 2023)).toBe(58_950);
    expect(total(json, '3907', 'LLML', 2030)).toBeLessThan(total(json, '3907', 'HHMH', 2030));
  });

  it('the CSV (ISO-8859-1, semicolons) holds exactly the same figures, with ø and å decoded', () => {
    expect(csv).toMatchObject({ format: 'csv', kind: 'projection', tableId: '14288' });
    const key = (r: PopulationImport['rows'][number]) => `${r.kommuneNr}|${r.sex}|${r.ageFrom}|${r.year}|${r.series}|${r.persons}`;
    expect(csv.rows.map(key).sort()).toEqual(json.rows.map(key).sort());
    expect(csv.title).toContain('kjønn');
  });
});

describe('municipality numbers changed in 2020 and 2024', () => {
  it('maps Sandefjord’s 3804 (2020–2023) to 3907 and says so; ".." values are missing, not zero', () => {
    const imp = parsePopulationFile(file('test/fixtures/ssb/07459-sandefjord-gamle-og-nye-nummer.json'), ref, own('3907'));
    expect(imp.kind).toBe('registered');
    expect(imp.mapped).toEqual([{ from: '3804', fromName: 'Sandefjord', to: '3907', toName: 'Sandefjord', via: ['2024-01-01 nytt nummer (3907 Sandefjord)'] }]);
    expect(new Set(imp.rows.map((r) => r.kommuneNr))).toEqual(new Set(['3907']));
    expect(imp.summary[0]!.series).toEqual([{ code: 'REG', firstYear: 2022, lastYear: 2024, persons: expect.any(Number) }]);
  });

  it('a municipality merged in 2020: Ski and Oppegård (2019) are summed into Nordre Follo, today 3207', () => {
    const imp = parsePopulationFile(file('test/fixtures/ssb/07459-ski-oppegard-2019.csv'), ref, own('3207'));
    expect(imp.mapped.map((m) => `${m.from} ${m.fromName} → ${m.to} ${m.toName}: ${m.via.join(', ')}`)).toEqual([
      '0213 Ski → 3207 Nordre Follo: 2020-01-01 sammenslått (3020 Nordre Follo), 2024-01-01 nytt nummer (3207 Nordre Follo)',
      '0217 Oppegård → 3207 Nordre Follo: 2020-01-01 sammenslått (3020 Nordre Follo), 2024-01-01 nytt nummer (3207 Nordre Follo)',
    ]);
    const youngMenSki = Math.round(31_000 * 0.066 * (1 - 0.487));
    const youngMenOppegard = Math.round(27_500 * 0.066 * (1 - 0.487));
    expect(imp.rows.find((r) => r.sex === 'M' && r.ageFrom === 0)?.persons).toBe(youngMenSki + youngMenOppegard);
  });

  it('the reference covers every 2024 municipality of Vestfold, Telemark, Østfold, Akershus, Buskerud, Troms and Finnmark', () => {
    const counties = ['31', '32', '33', '39', '40', '55', '56'];
    const renumbered = new Set(ref.changes.filter((c) => c.date === '2024-01-01').flatMap((c) => c.to));
    const inCounties = ref.municipalities.filter((m) => counties.includes(m.nr.slice(0, 2)));
    expect(inCounties).toHaveLength(113);
    expect(inCounties.filter((m) => !renumbered.has(m.nr))).toEqual([]);
    expect(ref.municipalities).toHaveLength(357);
  });

  it('every old number in the reference leads to a municipality of today (or to a split, named)', () => {
    const resolve = kommuneResolver(ref);
    const dead = ref.changes.map((c) => c.from).filter((nr) => resolve(nr).kind === 'unknown');
    expect(dead).toEqual([]);
    expect(ref.changes.filter((c) => c.kind === 'split').map((c) => `${c.from} ${c.fromName}`)).toEqual(['1850 Tysfjord', '5012 Snillfjord', '1507 Ålesund']);
    expect(resolve('0105')).toMatchObject({ kind: 'mapped', nr: '3105', name: 'Sarpsborg' });
    expect(resolve('0706')).toMatchObject({ kind: 'mapped', nr: '3907', name: 'Sandefjord' });
  });
});

describe('invalid files: a Norwegian message naming what is wrong', () => {
  it('wrong format', () => {
    expect(refusal('test/fixtures/ssb/ugyldig-format.txt')).toEqual(['Filen er verken JSON-stat 2 eller SSBs CSV-format (semikolon-separert med overskrifter).']);
    expect(refusal('test/fixtures/ssb/ugyldig-ikke-json-stat.json')[0]).toContain('ikke et JSON-stat 2-datasett');
  });

  it('a missing dimension', () => {
    expect(refusal('test/fixtures/ssb/ugyldig-mangler-kjonn.json')).toEqual(['Filen mangler dimensjonen kjønn (Kjonn). Ta den med når tabellen lastes ned.']);
  });

  it('a negative number, with where it is', () => {
    expect(refusal('test/fixtures/ssb/ugyldig-negativt-tall.csv')).toEqual([
      'Negativt tall (-5) for 3907 Sandefjord, kvinner 0-5 år, 2024 (rad 5): folketall kan ikke være negative.',
    ]);
  });

  it('an unknown municipality', () => {
    expect(refusal('test/fixtures/ssb/ugyldig-ukjent-kommune.csv')[0]).toMatch(/^Ukjent kommunenummer 3999 Nordpolen: finnes verken blant dagens kommuner/);
  });

  it('a file without the user’s own municipality', () => {
    expect(refusal('data/ssb/framskriving-14288-sandefjord-sarpsborg.json', '3301')).toEqual(['Filen har ingen tall for kommunen din (3301 Drammen). Ta med kommunen når tabellen lastes ned.']);
  });
});
