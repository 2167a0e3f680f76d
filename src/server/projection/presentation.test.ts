import { describe, expect, it } from 'vitest';
import { defaultAssumptions, monteCarlo, project } from '../../domain/projection/index.ts';
import { sandefjordLikeFacts } from '../../domain/projection/testing.ts';
import { capacityChartSvg, fanChartSvg, ticks } from './charts.ts';
import { pick, renderReport } from './pdf.ts';
import { winAnsi as pdfText } from '../../documents/pdf-render.ts';
import { comparisonTable, describeAssumptions, PROJECTION_COLUMNS, projectionTables } from './tables.ts';
import { table } from './xlsx.ts';

const facts = sandefjordLikeFacts();
const a = defaultAssumptions(facts);
const p = project(facts, a);

describe('tables for Excel and the PDF page', () => {
  it('positions with one decimal, whole positions to create, assumptions in words', () => {
    const t = table('År for år', PROJECTION_COLUMNS, p.years);
    const gap = t.headers.indexOf('Gap');
    expect(t.rows[0]![gap]).toBe(3.2);
    expect(t.formats[gap]).toBe('one');
    expect(describeAssumptions(a)).toContainEqual(['Krav til ledig kapasitet', '7,0\u00a0% ledig']);
    expect(describeAssumptions({ ...a, gpShare: { kind: 'fixed', share: 0.98 } })).toContainEqual(['Andel som ønsker fastlege', '98,0\u00a0%']);
    expect(projectionTables('x', a, p, null).map((x) => x.name)).toEqual(['Forutsetninger', 'År for år']);
    expect(pick(t, ['År', 'Gap']).rows[0]).toEqual([2021, 3.2]);
  });

  it('compares scenarios column by column', () => {
    const c = comparisonTable([{ id: 1, name: 'A', projection: p }, { id: 2, name: 'B', projection: p }]);
    expect(c.headers).toEqual(['År', 'A: hjemler som trengs', 'A: gap', 'A: å opprette', 'B: hjemler som trengs', 'B: gap', 'B: å opprette']);
  });
});

describe('charts and the PDF page', () => {
  it('nice ticks', () => {
    expect(ticks(0, 10)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(ticks(-0.5, 7.3)).toEqual([0, 2, 4, 6]);
  });

  it('SVG charts: a fan band with Monte Carlo, a line without; escaped text', () => {
    const mc = monteCarlo(facts, a, { runs: 100, seed: 1 });
    expect(fanChartSvg(p, mc)).toContain('<polygon');
    expect(fanChartSvg(p, null)).not.toContain('<polygon');
    expect(capacityChartSvg([])).toMatch(/^<svg /);
  });

  it('text the standard Helvetica can print', () => {
    expect(pdfText('Σ listetak − 3 ≈ 2 ≤ 4 → ø')).toBe('Sum listetak - 3 ca. 2 <= 4 -> ø');
  });

  it('renders a PDF with the standard font only', async () => {
    const t = table('År for år', PROJECTION_COLUMNS, p.years);
    const pdf = await renderReport({
      kommuneName: 'Sandefjord',
      madeOn: '2026-11-23',
      timeline: [],
      capacityTable: { name: 'k', headers: ['Måned'], formats: ['text'], rows: [['2021-02-01']] },
      scenarioName: '7 % ledig',
      assumptions: a,
      projection: p,
      projectionTable: t,
      monteCarlo: null,
    });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain('/BaseFont /Helvetica');
  });
});
