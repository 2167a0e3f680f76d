import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { norwegianHolidays } from '../domain/roster/index.ts';
import { easterSheet } from '../domain/roster/legevakt/testing.ts';
import { rosterPdf } from './roster-pdf.ts';

/** The PDF's text as poppler reads it (layout kept, so a table row stays on one line). */
const text = (pdf: Buffer) => execFileSync('/usr/bin/pdftotext', ['-layout', '-', '-'], { input: pdf }).toString();
const pages = (pdf: Buffer) => text(pdf).split('\f').filter((p) => p.trim() !== '').length;

const sheet = easterSheet();
const holidays = norwegianHolidays(sheet.start, '2027-04-01');

describe('rosterPdf by week', async () => {
  const pdf = await rosterPdf(sheet, { by: 'week', holidays });
  const t = text(pdf);

  it('is a PDF', () => expect(pdf.subarray(0, 5).toString()).toBe('%PDF-'));
  it('has a table per ISO week with Norwegian day labels and nb-NO dates', () => {
    expect(t).toContain('Uke 11: 15.03.2027–21.03.2027');
    expect(t).toContain('Uke 13: 29.03.2027–01.04.2027');
    expect(t).toMatch(/man\. 15\.03\.2027\s+Kari Nordmann/);
    expect(t).toContain('Skjærtorsdag');
  });
  it('names the doctors and marks open shifts', () => {
    expect(t).toContain('Åse Ødegård');
    expect(t).toMatch(/søn\. 28\.03\.2027.*LEDIG/);
  });
  it('puts two weeks on a page', () => expect(pages(pdf)).toBe(2));
});

describe('rosterPdf by doctor', async () => {
  const pdf = await rosterPdf(sheet, { by: 'doctor' });
  const t = text(pdf);

  it('is a PDF with a page per doctor and one for the open shifts', () => {
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pages(pdf)).toBe(3);
  });
  it('lists each shift with date, weekday, template, local times and hours, and the totals', () => {
    expect(t).toMatch(/man\. 15\.03\.2027\s+Dagvakt hverdag\s+08:00–15:30\s+7,5/);
    expect(t).toMatch(/lør\. 27\.03\.2027\s+Nattevakt \(tilstedevakt\)\s+23:00–08:00\s+8\b/);
    expect(t).toMatch(/Sum\s+2 vakter\s+15,5/);
    expect(t).toMatch(/Ledige vakter[\s\S]*søn\. 28\.03\.2027/);
  });
});
