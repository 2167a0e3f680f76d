import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { payrollSummary } from '../../domain/roster/index.ts';
import { easterSheet } from '../../domain/roster/legevakt/testing.ts';
import { rosterXlsx } from './xlsx.ts';

const sheet = easterSheet();

async function read(buffer: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  /** A worksheet's rows as objects keyed by its header row. */
  const rows = (name: string) => {
    const ws = wb.getWorksheet(name)!;
    const header = (ws.getRow(1).values as unknown[]).slice(1) as string[];
    const out: Record<string, unknown>[] = [];
    ws.eachRow((row, n) => {
      if (n > 1) out.push(Object.fromEntries(header.map((h, i) => [h, row.getCell(i + 1).value])));
    });
    return { header, out, ws };
  };
  return { wb, rows };
}

describe('rosterXlsx', async () => {
  const { wb, rows } = await read(await rosterXlsx(sheet, payrollSummary(sheet)));

  it('has the sheets Uke, Per lege and Lønn', () => expect(wb.worksheets.map((w) => w.name)).toEqual(['Uke', 'Per lege', 'Lønn']));

  it('Uke: a row per date with its ISO week and weekday, and who holds each template (LEDIG when open)', () => {
    const { header, out, ws } = rows('Uke');
    expect(header.slice(0, 4)).toEqual(['Uke', 'Dato', 'Dag', 'Dagvakt hverdag']);
    expect(out).toHaveLength(18);
    expect(out[0]).toMatchObject({ Uke: 11, Dato: new Date('2027-03-15T00:00:00Z'), Dag: 'man.', 'Dagvakt hverdag': 'Kari Nordmann', Kveldsvakt: 'Åse Ødegård', Tilkallingsvakt: null });
    expect(out[13]).toMatchObject({ Uke: 12, Dag: 'søn.', 'Nattevakt (tilstedevakt)': 'LEDIG' });
    expect(out[17]).toMatchObject({ Uke: 13, Dato: new Date('2027-04-01T00:00:00Z') });
    expect(ws.getCell('B2').numFmt).toBe('dd.mm.yyyy');
  });

  it('Per lege: each doctor’s shifts in order with local start and end, and the real hours', () => {
    const { out, ws } = rows('Per lege');
    expect(out.map((r) => r.Lege)).toEqual(['Kari Nordmann', 'Kari Nordmann', 'Åse Ødegård', 'Åse Ødegård', 'Åse Ødegård', 'LEDIG']);
    expect(out[1]).toMatchObject({ Dag: 'lør.', Vakt: 'Nattevakt (tilstedevakt)', 'Type vakt': 'Nattevakt', Start: new Date('2027-03-27T23:00:00Z'), Slutt: new Date('2027-03-28T08:00:00Z'), Timer: 8 });
    expect(out[0]).toMatchObject({ Timer: 7.5 });
    expect(ws.getCell('F2').numFmt).toBe('dd.mm.yyyy hh:mm');
  });

  it('Lønn: the payroll per month and doctor by kind of shift, and the open shifts unpaid', () => {
    const { header, out } = rows('Lønn');
    expect(header).toContain('Nattevakt (timer)');
    expect(header.at(-1)).toBe('Timer i alt');
    expect(out.map((r) => [r.Lege, r['Vakter i alt'], r['Timer i alt']])).toEqual([
      ['Kari Nordmann', 2, 15.5],
      ['Åse Ødegård', 2, 15],
      ['LEDIG (ikke utbetalt)', 1, 9],
      ['Åse Ødegård', 1, 7.5],
    ]);
    expect(out[0]).toMatchObject({ Måned: new Date('2027-03-01T00:00:00Z'), 'Nattevakt (antall)': 1, 'Nattevakt (timer)': 8, 'Dagvakt (timer)': 7.5 });
    expect(out[3]).toMatchObject({ Måned: new Date('2027-04-01T00:00:00Z') });
  });
});
