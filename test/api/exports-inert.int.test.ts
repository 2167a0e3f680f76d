import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import ExcelJS from 'exceljs';
import { describeOnBothDatabases } from '../helpers/db.ts';
import { login, makeKommune, testApp, type Client } from '../helpers/app.ts';
import { docxText, zipEntry } from '../helpers/documents.ts';
import { tablesToXlsx } from '../../src/server/projection/xlsx.ts';

/** What an attacker types as a name: each starts like a formula, a DDE command or a link. */
const FORMULA_LIKE = ['=HYPERLINK("http://evil.example","klikk")', '+47 cmd|\' /C calc\'!A0', '-2+3', '@SUM(1+1)*cmd|\' /C calc\'!A0', '\t=1+1'];

async function cellsOf(xlsx: Buffer, sheet?: string): Promise<ExcelJS.Cell[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
  const ws = sheet ? wb.getWorksheet(sheet)! : wb.worksheets[0]!;
  const cells: ExcelJS.Cell[] = [];
  ws.eachRow((row) => row.eachCell((c) => cells.push(c)));
  return cells;
}

function expectInert(cells: ExcelJS.Cell[], xlsx: Buffer, texts: string[]): void {
  for (const text of texts) {
    const cell = cells.find((c) => c.value === text);
    expect(cell, text).toBeDefined();
    expect(cell!.type, text).toBe(ExcelJS.ValueType.String);
    // Text format: editing the cell in Excel or LibreOffice keeps it text.
    expect(cell!.numFmt, text).toBe('@');
  }
  const sheetXml = zipEntry(xlsx, 'xl/worksheets/sheet1.xml')!.toString('utf8');
  expect(sheetXml).not.toContain('<f>');
}

describeOnBothDatabases('exports are inert', (getDb) => {
  let app: FastifyInstance;
  let c: Client;
  beforeAll(async () => {
    app = await testApp(getDb());
    c = await login(app, (await makeKommune(getDb())).users.planner);
  });
  afterAll(async () => {
    await app.close();
  });

  it('a formula-looking doctor name is exported to .xlsx as text, never as a formula', async () => {
    for (const [i, name] of FORMULA_LIKE.entries()) {
      const res = await c.post('/api/registry/doctors', {
        name,
        birthYear: 1970 + i,
        sex: 'F',
        specialistGp: false,
        specialistSince: null,
        authorisedDate: '2000-01-01',
        inSpecialisation: false,
      });
      expect(res.statusCode, res.body).toBe(201);
    }
    const xlsx = await c.get('/api/registry/doctors/export.xlsx');
    expect(xlsx.statusCode).toBe(200);
    // The stored names are trimmed (a leading tab too); what is exported is what is stored.
    expectInert(await cellsOf(xlsx.rawPayload), xlsx.rawPayload, FORMULA_LIKE.map((n) => n.trim()));
    const plain = (await cellsOf(xlsx.rawPayload)).find((cell) => cell.value === 'Navn');
    expect(plain?.numFmt ?? 'General').not.toBe('@');
  });

  it('the projection tables (the other workbook writer) keep formula-looking text inert', async () => {
    const xlsx = await tablesToXlsx([{ name: 'Ark', headers: ['Navn', 'Tall'], formats: ['text', 'int'], rows: FORMULA_LIKE.map((n, i) => [n, i]) }]);
    expectInert(await cellsOf(xlsx), xlsx, FORMULA_LIKE);
  });

  it('markup in a plan goal stays text in the .docx', async () => {
    const goal = '<w:r><w:t>Innsmuglet</w:t></w:r> & "sitat" ]]>';
    const res = await c.post('/api/registry/plan-goals', {
      number: 1,
      area: 'Rekruttering',
      goal,
      measure: '</w:t></w:r></w:p><w:p><w:r><w:t>falsk avsnitt',
      owner: '',
      due: '',
      costOre: null,
      costNote: '',
      status: 'not_started',
      note: '',
      indicator: null,
      target: null,
      direction: 'at_least',
    });
    expect(res.statusCode, res.body).toBe(201);
    const docx = await c.get('/api/economics/plan.docx?chapters=goals');
    expect(docx.statusCode, docx.body).toBe(200);
    const text = docxText(docx.rawPayload);
    expect(text).toContain(goal);
    expect(text).toContain('</w:t></w:r></w:p><w:p><w:r><w:t>falsk avsnitt');
    expect(text).not.toMatch(/^falsk avsnitt$/m);
  });
});
