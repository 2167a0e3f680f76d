import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectDelimiter, splitCsv } from './split-csv.ts';

describe('detectDelimiter', () => {
  it('picks the delimiter used most outside quotes on the first non-empty line', () => {
    expect(detectDelimiter('\n\nHjemmel;Måned;Listelengde\n1,2,3,4,5')).toBe(';');
    expect(detectDelimiter('Hjemmel,Måned,Listelengde')).toBe(',');
    expect(detectDelimiter('Hjemmel\tMåned\tListe, lengde')).toBe('\t');
    expect(detectDelimiter('"Hjemmel; ID","Måned","Listelengde"')).toBe(',');
    expect(detectDelimiter('Hjemmel')).toBe(';');
  });
});

describe('splitCsv', () => {
  it('splits on the delimiter and on CRLF, LF or CR line breaks; a final line break adds no record', () => {
    expect(splitCsv('a;b\r\n1;2\n3;4\r5;6\n', ';')).toEqual({ ok: true, records: [['a', 'b'], ['1', '2'], ['3', '4'], ['5', '6']] });
    expect(splitCsv('a;b\n1;2', ';')).toEqual({ ok: true, records: [['a', 'b'], ['1', '2']] });
  });

  it('keeps empty lines and empty fields, so row numbers match a spreadsheet', () => {
    expect(splitCsv('a;b\n\n;\n1;', ';')).toEqual({ ok: true, records: [['a', 'b'], [''], ['', ''], ['1', '']] });
    expect(splitCsv('', ';')).toEqual({ ok: true, records: [] });
  });

  it('reads quoted fields holding delimiters, line breaks and doubled quotes', () => {
    expect(splitCsv('"T-01";"Ny lege; fra ""mai""";"linje 1\r\nlinje 2"\nT-02;x;y', ';')).toEqual({
      ok: true,
      records: [['T-01', 'Ny lege; fra "mai"', 'linje 1\r\nlinje 2'], ['T-02', 'x', 'y']],
    });
  });

  it('keeps a quote inside an unquoted field as text', () => {
    expect(splitCsv('Skjerm 24";T-01', ';')).toEqual({ ok: true, records: [['Skjerm 24"', 'T-01']] });
  });

  it('refuses a quote that is never closed, with the line it opened on', () => {
    expect(splitCsv('a;b\n1;"2\n3;4\n', ';')).toEqual({ ok: false, openQuoteLine: 2 });
    expect(splitCsv('a;"b\nc"\n1;"2', ';')).toEqual({ ok: false, openQuoteLine: 3 });
  });

  it('reads back any records written with quoting where needed, for each delimiter', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'Ø', ' ', ';', ',', '\t', '"', '\n', '\r', '1') });
    const records = fc.array(fc.array(field, { minLength: 1, maxLength: 4 }), { maxLength: 5 });
    fc.assert(
      fc.property(records, fc.constantFrom(';', ',', '\t'), fc.constantFrom('\n', '\r\n'), (rows, delimiter, newline) => {
        const last = rows.at(-1);
        fc.pre(!(last?.length === 1 && last[0] === ''));
        const quote = (f: string) => (/[;,\t"\r\n]/.test(f) ? `"${f.replaceAll('"', '""')}"` : f);
        const text = rows.map((r) => r.map(quote).join(delimiter)).join(newline);
        expect(splitCsv(text, delimiter)).toEqual({ ok: true, records: rows });
      }),
      { seed: 20261123 },
    );
  });
});
