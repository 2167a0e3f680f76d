import { describe, expect, it } from 'vitest';
import { readJsonStat } from './json-stat.ts';
import { SsbFileError } from './types.ts';

const dataset = (over: Record<string, unknown> = {}) =>
  JSON.stringify({
    version: '2.0',
    class: 'dataset',
    label: '07459: Befolkning',
    id: ['Region', 'Kjonn', 'Alder', 'Tid'],
    size: [1, 2, 1, 2],
    dimension: {
      Region: { category: { index: ['3907'], label: { '3907': 'Sandefjord' } } },
      Kjonn: { category: { index: { '1': 0, '2': 1 }, label: { '1': 'Menn', '2': 'Kvinner' } } },
      Alder: { category: { index: { '000': 0 }, label: { '000': '0 år' } } },
      Tid: { category: { index: { '2023': 0, '2024': 1 } } },
    },
    value: [1, 2, 3, 4],
    ...over,
  });
const issues = (text: string): string[] => {
  try {
    readJsonStat(text);
  } catch (err) {
    if (err instanceof SsbFileError) return err.issues;
    throw err;
  }
  throw new Error('expected a refusal');
};

describe('readJsonStat', () => {
  it('reads values in row-major order of the dimensions, index as array or object, label falling back to code', () => {
    const t = readJsonStat(dataset());
    expect(t.tableId).toBe('07459');
    expect(t.cells.map((c) => `${c.sex.label} ${c.year.label} ${c.value}`)).toEqual(['Menn 2023 1', 'Menn 2024 2', 'Kvinner 2023 3', 'Kvinner 2024 4']);
  });

  it('reads sparse values (an object of index → value); absent ones are missing', () => {
    const t = readJsonStat(dataset({ value: { '0': 5, '3': 7 } }));
    expect(t.cells.map((c) => c.value)).toEqual([5, null, null, 7]);
  });

  it('refuses broken files precisely', () => {
    expect(issues('{"class":"dataset"')[0]).toMatch(/ikke gyldig JSON/);
    expect(issues(dataset({ size: [1, 2, 1] }))[0]).toMatch(/id og size har ulik lengde/);
    expect(issues(dataset({ value: [1, 2, 3] }))[0]).toMatch(/3 verdier, men dimensjonene gir 4/);
    expect(issues(dataset({ value: [1, 2, 'x', 4] }))[0]).toMatch(/Verdi nummer 3 er ikke et tall/);
    expect(issues(dataset({ size: [1, 3, 1, 2] }))[0]).toMatch(/Kjonn har 2 kategorier, men size sier 3/);
  });

  it('refuses an extra dimension with several values it cannot interpret', () => {
    const text = dataset({
      id: ['Region', 'Kjonn', 'Alder', 'Tid', 'Landbakgrunn'],
      size: [1, 2, 1, 2, 2],
      dimension: { ...JSON.parse(dataset()).dimension, Landbakgrunn: { label: 'landbakgrunn', category: { index: ['a', 'b'] } } },
      value: [1, 2, 3, 4, 5, 6, 7, 8],
    });
    expect(issues(text)).toEqual(['Dimensjonen Landbakgrunn («landbakgrunn») har flere verdier og hører ikke hjemme i en befolkningstabell.']);
  });
});
