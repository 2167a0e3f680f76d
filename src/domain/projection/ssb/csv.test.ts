import { describe, expect, it } from 'vitest';
import { decodeSsbText } from './decode.ts';
import { readCsv, splitCsvLine } from './csv.ts';

describe('readCsv', () => {
  it('splits quoted fields with semicolons and doubled quotes', () => {
    expect(splitCsvLine('"a;b";"c""d";12;')).toEqual(['a;b', 'c"d', '12', '']);
  });

  it('reads the long format with a value column per statistic, and SSB’s symbols', () => {
    const t = readCsv('"07459: Befolkning"\n\n"region";"kjønn";"alder";"år";"Personer"\n"3907 Sandefjord";"Menn";"0 år";"2024";"..";\n'.replace(';\n', '\n'));
    expect(t.tableId).toBe('07459');
    expect(t.cells[0]).toMatchObject({ region: { code: '3907', label: 'Sandefjord' }, value: null, contents: { label: 'Personer' } });
    const nil = readCsv('"region";"kjønn";"alder";"år";"Personer"\n"3907 Sandefjord";"Menn";"0 år";"2024";"-"\n');
    expect(nil.cells[0]!.value).toBe(0);
  });

  it('reads years as columns', () => {
    const t = readCsv('"region";"kjønn";"alder";"statistikkvariabel";"Personer 2023";"Personer 2024"\n"3907 Sandefjord";"Kvinner";"0 år";"Personer";10;11\n');
    expect(t.cells.map((c) => `${c.year.code}=${c.value}`)).toEqual(['2023=10', '2024=11']);
  });

  it('refuses a missing dimension, a short row and text in a number cell', () => {
    expect(() => readCsv('"region";"alder";"år";"Personer"\n')).toThrow('CSV-filen mangler dimensjonen kjønn');
    expect(() => readCsv('"region";"kjønn";"alder";"år";"Personer"\n"3907 Sandefjord";"Menn";"0 år"\n')).toThrow('Rad 2 har 3 felt, men overskriften har 5.');
    expect(() => readCsv('"region";"kjønn";"alder";"år";"Personer"\n"3907 Sandefjord";"Menn";"0 år";"2024";"mange"\n')).toThrow('«mange» er ikke et tall');
  });

  it('decodes Latin-1 (SSB’s CSV) and UTF-8 alike', () => {
    const latin1 = new Uint8Array([0x6b, 0x6a, 0xf8, 0x6e, 0x6e]);
    expect(decodeSsbText(latin1)).toBe('kjønn');
    expect(decodeSsbText(new TextEncoder().encode('kjønn'))).toBe('kjønn');
  });
});
