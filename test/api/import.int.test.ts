import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import ExcelJS from 'exceljs';
import {
  ZSnapshotImportCommitResponse,
  ZSnapshotImportPreviewResponse,
  type TSnapshotImportMapping,
  type TSnapshotImportPreviewResponse,
} from '../../src/contracts/imports/snapshot-import.ts';
import type { Db } from '../../src/db/connection.ts';
import { describeOnBothDatabases } from '../helpers/db.ts';
import { login, makeKommune, testApp, type Client } from '../helpers/app.ts';
import { buildSmallRegistry } from '../helpers/fixtures.ts';
import { dbFingerprint } from '../helpers/fingerprint.ts';

const BASE = '/api/import/list-snapshots';
const fixture = (name: string) => readFileSync(new URL(`../fixtures/import/${name}`, import.meta.url));
const upload = (fileName: string, content: Uint8Array | string, mapping?: TSnapshotImportMapping) => ({
  fileName,
  contentBase64: Buffer.from(content).toString('base64'),
  ...(mapping ? { mapping } : {}),
});
const NORWEGIAN: TSnapshotImportMapping = { positionCode: 'Hjemmel-ID', month: 'Måned', listLength: 'Listelengde', listCap: 'Listetak', waitingList: 'Venteliste' };

/** Offices and positions T-01…T-05 without any list figures, so an import inserts. */
async function positionsOnly(c: Client): Promise<Map<string, number>> {
  const office = (await c.post('/api/registry/offices', { name: 'Importsenteret', address: 'Importveien 1', orgForm: 'private' })).json();
  const ids = new Map<string, number>();
  for (let i = 1; i <= 5; i++) {
    const res = await c.post('/api/registry/positions', { officeId: office.id, code: `T-0${i}`, orgForm: 'self_employed', listCap: 900 + i * 100, status: 'active', sharedList: false });
    expect(res.statusCode, res.body).toBe(201);
    ids.set(`T-0${i}`, res.json().id);
  }
  return ids;
}

/** Row count and version total of a municipality's snapshots: unchanged ⇔ nothing inserted, deleted or updated. */
async function snapshotTotals(db: Db, kommuneId: number): Promise<{ rows: number; versions: number }> {
  const [t] = await db.query<{ rows: number; versions: number }>(
    `SELECT count(*)::int AS rows, coalesce(sum(version), 0)::int AS versions FROM list_snapshot WHERE kommune_id = $1`,
    [kommuneId],
  );
  return t!;
}

async function preview(c: Client, body: object): Promise<TSnapshotImportPreviewResponse> {
  const res = await c.post(`${BASE}/preview`, body);
  expect(res.statusCode, res.body).toBe(200);
  return ZSnapshotImportPreviewResponse.parse(res.json());
}

describeOnBothDatabases('list-figure import', (getDb) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await testApp(getDb());
  });
  afterAll(async () => {
    await app.close();
  });

  it('previews a CSV with a guessed mapping, reading every row, and changes nothing', async () => {
    const k = await makeKommune(getDb());
    const planner = await login(app, k.users.planner);
    const ids = await positionsOnly(planner);
    const before = await dbFingerprint(getDb());

    const p = await preview(planner, upload('listetall-ok.csv', fixture('listetall-ok.csv')));
    expect(p).toMatchObject({ columns: Object.values(NORWEGIAN), mapping: NORWEGIAN, mappingSource: 'guessed', missingFields: [], validCount: 10, errorCount: 0 });
    expect(p.rows[0]).toEqual({
      rowNumber: 2,
      values: { positionCode: 'T-01', month: '2026-10-01', listLength: 985, listCap: 1000, waitingList: 2 },
      positionId: ids.get('T-01'),
      existing: false,
      errors: [],
    });
    expect(p.rows.map((r) => r.rowNumber)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(await dbFingerprint(getDb())).toBe(before);
  });

  it('lists a bad row with its reason in the preview; the commit answers 400 and changes nothing', async () => {
    const k = await makeKommune(getDb());
    const planner = await login(app, k.users.planner);
    await buildSmallRegistry(planner);
    const file = upload('listetall-en-feil.csv', fixture('listetall-en-feil.csv'));
    const p = await preview(planner, file);
    expect(p).toMatchObject({ validCount: 9, errorCount: 1 });
    const bad = p.rows.filter((r) => r.errors.length > 0);
    expect(bad).toEqual([
      {
        rowNumber: 9,
        values: { positionCode: 'T-04', month: null, listLength: 1236, listCap: 1300, waitingList: 12 },
        positionId: expect.any(Number),
        existing: false,
        errors: ['Måned: «2026-11-15» er ikke den 1. i måneden: listene telles den 1.'],
      },
    ]);
    expect(p.rows.filter((r) => r.errors.length === 0).every((r) => r.existing)).toBe(true);

    const totals = await snapshotTotals(getDb(), k.id);
    const before = await dbFingerprint(getDb());
    const res = await planner.post(`${BASE}/commit`, { ...file, mapping: NORWEGIAN });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'validation_failed',
      message: '1 rad har feil, så ingenting er importert. Rett filen og prøv igjen.',
      fields: [{ path: 'rows.9.month', message: 'Rad 9: Måned: «2026-11-15» er ikke den 1. i måneden: listene telles den 1.' }],
    });
    expect(await snapshotTotals(getDb(), k.id)).toEqual(totals);
    expect(await dbFingerprint(getDb())).toBe(before);
    expect((await planner.get(`${BASE}/mapping`)).json()).toEqual({ mapping: null });
  });

  it('commits a good CSV in one go: inserts, then updates bumping versions, with audit rows, and remembers the mapping', async () => {
    const k = await makeKommune(getDb());
    const planner = await login(app, k.users.planner);
    const ids = await positionsOnly(planner);

    const first = await planner.post(`${BASE}/commit`, upload('listetall-ok.csv', fixture('listetall-ok.csv'), NORWEGIAN));
    expect(first.statusCode, first.body).toBe(200);
    expect(ZSnapshotImportCommitResponse.parse(first.json())).toEqual({ inserted: 10, updated: 0, unchanged: 0 });
    expect(await snapshotTotals(getDb(), k.id)).toEqual({ rows: 10, versions: 10 });

    // The same figures under headers no guess would find, two of them changed.
    const renamed: TSnapshotImportMapping = { positionCode: 'A', month: 'B', listLength: 'C', listCap: 'D', waitingList: 'E' };
    const csv = fixture('listetall-ok.csv')
      .toString('utf8')
      .replace(/^.*\n/, 'A;B;C;D;E\n')
      .replace('T-02;2026-11-01;1 074;1 100;6', 'T-02;2026-11-01;1 080;1 100;6')
      .replace('T-05;2026-10-01;1 301;1 400;14', 'T-05;2026-10-01;1 301;1 400;0');
    const second = await planner.post(`${BASE}/commit`, upload('listetall.csv', csv, renamed));
    expect(second.json()).toEqual({ inserted: 0, updated: 2, unchanged: 8 });
    expect(await snapshotTotals(getDb(), k.id)).toEqual({ rows: 10, versions: 12 });

    const snapshots = (await planner.get('/api/registry/snapshots')).json().items as { positionId: number; month: string; listLength: number; version: number }[];
    expect(snapshots.find((s) => s.positionId === ids.get('T-02') && s.month === '2026-11-01')).toMatchObject({ listLength: 1080, version: 2 });
    const audit = (await planner.get('/api/audit?entity=snapshots')).json().items as { action: string; before: unknown; after: unknown }[];
    expect(audit).toHaveLength(12);
    expect(audit.every((a) => a.action === 'import')).toBe(true);
    expect(audit.filter((a) => a.before === null)).toHaveLength(10);
    expect(audit.find((a) => (a.after as { listLength: number }).listLength === 1080)).toMatchObject({
      before: { listLength: 1074, version: 1, month: '2026-11-01' },
      after: { listLength: 1080, version: 2, month: '2026-11-01', positionId: ids.get('T-02') },
    });

    expect((await planner.get(`${BASE}/mapping`)).json()).toEqual({ mapping: renamed });
    const again = await preview(planner, upload('listetall.csv', csv));
    expect(again).toMatchObject({ mappingSource: 'remembered', mapping: renamed, validCount: 10 });
    expect(again.rows.every((r) => r.existing)).toBe(true);
    // A file without the remembered columns is guessed afresh.
    expect(await preview(planner, upload('listetall-ok.csv', fixture('listetall-ok.csv')))).toMatchObject({ mappingSource: 'guessed', mapping: NORWEGIAN });
  });

  it('reads XLSX workbooks: the fixture, and Excel’s dates, formulas, rich text and a blank top row', async () => {
    const k = await makeKommune(getDb());
    const admin = await login(app, k.users.admin);
    await positionsOnly(admin);
    const p = await preview(admin, upload('listetall.xlsx', fixture('listetall.xlsx')));
    expect(p).toMatchObject({ mappingSource: 'guessed', validCount: 10, errorCount: 0 });
    expect(p.rows[1]!.values).toEqual({ positionCode: 'T-01', month: '2026-11-01', listLength: 992, listCap: 1000, waitingList: 3 });

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Ark1');
    sheet.getRow(3).values = ['Lege-ID', 'Dato', 'Antall på liste', 'Listetak', 'Antall på venteliste'];
    sheet.getRow(4).values = [{ richText: [{ text: 'T-' }, { text: '01' }] }, new Date(Date.UTC(2026, 11, 1)), { formula: '1000-15', result: 985 }, 1000, 0];
    sheet.getRow(5).values = ['T-02', new Date(Date.UTC(2026, 11, 2)), 1000, 1100, 2];
    sheet.getRow(6).values = ['T-03', 'des 2026', 1143.5, 1200, { error: '#N/A' }];
    sheet.getRow(7).values = ['T-04', '12.2026', 1200, 1300, 1];
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    const q = await preview(admin, upload('Listetall desember.XLSX', xlsx));
    expect(q).toMatchObject({ columns: ['Lege-ID', 'Dato', 'Antall på liste', 'Listetak', 'Antall på venteliste'], mappingSource: 'guessed', validCount: 2, errorCount: 2 });
    expect(q.rows.map((r) => [r.rowNumber, r.errors])).toEqual([
      [4, []],
      [5, ['Måned: «2026-12-02» er ikke den 1. i måneden: listene telles den 1.']],
      [6, ['Listelengde: 1143,5 er ikke et heltall', 'Venteliste: «#N/A» er ikke et tall']],
      [7, []],
    ]);
    sheet.getRow(5).getCell(2).value = new Date(Date.UTC(2026, 11, 1));
    sheet.spliceRows(6, 1);
    const res = await admin.post(`${BASE}/commit`, upload('l.xlsx', Buffer.from(await workbook.xlsx.writeBuffer()), q.mapping!));
    expect(res.json()).toEqual({ inserted: 3, updated: 0, unchanged: 0 });
  });

  it('reads an SSB-style Latin-1 CSV with semicolons, Norwegian month names and no-break spaces', async () => {
    const k = await makeKommune(getDb());
    const planner = await login(app, k.users.planner);
    await positionsOnly(planner);
    const text = 'Hjemmel;Måned;Antall på liste;Listetak;Venteliste\r\nT-01;okt. 2026;1\u00A0043;1\u00A0100;0\r\nT-02;oktober 2026;998;1\u00A0100;3\r\n';
    const latin1 = Buffer.from(text, 'latin1');
    const p = await preview(planner, upload('04317_listetall.csv', latin1));
    expect(p.columns).toEqual(['Hjemmel', 'Måned', 'Antall på liste', 'Listetak', 'Venteliste']);
    expect(p).toMatchObject({ mappingSource: 'guessed', validCount: 2, errorCount: 0 });
    expect(p.rows[0]!.values).toEqual({ positionCode: 'T-01', month: '2026-10-01', listLength: 1043, listCap: 1100, waitingList: 0 });
    const res = await planner.post(`${BASE}/commit`, upload('04317_listetall.csv', latin1, p.mapping!));
    expect(res.json()).toEqual({ inserted: 2, updated: 0, unchanged: 0 });
  });

  it('refuses a position and month twice in the file, on the second row', async () => {
    const k = await makeKommune(getDb());
    const planner = await login(app, k.users.planner);
    await positionsOnly(planner);
    const csv = 'Hjemmel-ID,Måned,Listelengde,Listetak,Venteliste\nT-01,2026-11,900,1000,0\nT-01,01.11.2026,901,1000,0\n';
    const p = await preview(planner, upload('dobbel.csv', csv));
    expect(p.rows.map((r) => r.errors)).toEqual([[], ['Måned: Hjemmel «T-01» har allerede en rad for november 2026 i filen (rad 2)']]);
  });

  it('treats another municipality’s position codes as unknown, and changes neither municipality', async () => {
    const a = await makeKommune(getDb());
    const b = await makeKommune(getDb());
    await positionsOnly(await login(app, a.users.planner));
    const pb = await login(app, b.users.planner);
    const before = await dbFingerprint(getDb());
    const file = upload('listetall-ok.csv', fixture('listetall-ok.csv'));
    const p = await preview(pb, file);
    expect(p).toMatchObject({ validCount: 0, errorCount: 10 });
    expect(p.rows[0]).toMatchObject({ positionId: null, existing: false, errors: ['Hjemmel-ID: Hjemmel «T-01» finnes ikke i kommunens hjemmelsregister'] });
    const res = await pb.post(`${BASE}/commit`, { ...file, mapping: NORWEGIAN });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toHaveLength(10);
    expect(await dbFingerprint(getDb())).toBe(before);
  });

  it('lets only admins and planners import', async () => {
    const k = await makeKommune(getDb());
    await positionsOnly(await login(app, k.users.admin));
    const file = upload('listetall-ok.csv', fixture('listetall-ok.csv'), NORWEGIAN);
    const before = await dbFingerprint(getDb());
    for (const role of ['readonly', 'doctor'] as const) {
      const user = await login(app, k.users[role]);
      for (const res of [await user.get(`${BASE}/mapping`), await user.post(`${BASE}/preview`, file), await user.post(`${BASE}/commit`, file)]) {
        expect(res.statusCode, `${role}: ${res.body}`).toBe(403);
        expect(res.json().error.code).toBe('forbidden');
      }
    }
    expect(await dbFingerprint(getDb())).toBe(before);
  });

  it('answers malformed bodies and unreadable files with 400 naming the field, never 500, and changes nothing', async () => {
    const k = await makeKommune(getDb());
    const planner = await login(app, k.users.planner);
    await positionsOnly(planner);
    const ok = upload('listetall-ok.csv', fixture('listetall-ok.csv'), NORWEGIAN);
    const many = `Hjemmel;Måned\n${'T-01;2026-11\n'.repeat(20_001)}`;
    const cases: [string, string, unknown, string][] = [
      ['commit', 'no body', undefined, ''],
      ['commit', 'no mapping', { ...ok, mapping: undefined }, 'mapping'],
      ['preview', 'no file', { fileName: 'a.csv' }, 'contentBase64'],
      ['preview', 'bad base64', { fileName: 'a.csv', contentBase64: 'not base64!' }, 'contentBase64'],
      ['preview', 'wrong types', { fileName: 12, contentBase64: ['x'] }, 'fileName'],
      ['preview', 'unknown key', { ...ok, extra: 1 }, ''],
      ['commit', 'unknown mapping column', { ...ok, mapping: { ...NORWEGIAN, month: 'Periode' } }, 'mapping.month'],
      ['preview', 'one column for two fields', { ...ok, mapping: { ...NORWEGIAN, listCap: 'Listelengde' } }, 'mapping'],
      ['preview', 'a PDF', upload('listetall.pdf', '%PDF-1.7'), 'file'],
      ['commit', 'an empty file', upload('listetall.csv', '', NORWEGIAN), 'file'],
      ['preview', 'a header only', upload('listetall.csv', 'Hjemmel;Måned\n'), 'file'],
      ['preview', 'no header', upload('listetall.csv', 'T-01;2026-11-01;900;1000;0\n'), 'file'],
      ['preview', 'too many rows', upload('listetall.csv', many), 'file'],
      ['preview', 'an .xlsx that is text', upload('listetall.xlsx', 'Hjemmel;Måned\n'), 'file'],
      ['preview', 'a broken workbook', upload('listetall.xlsx', Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)])), 'file'],
      ['preview', 'binary data as CSV', upload('listetall.csv', fixture('listetall.xlsx')), 'file'],
    ];
    const before = await dbFingerprint(getDb());
    for (const [route, what, body, path] of cases) {
      const res = await planner.request({ method: 'POST', url: `${BASE}/${route}`, payload: JSON.stringify(body) ?? '', headers: { 'content-type': 'application/json' } });
      expect(res.statusCode, `${what}: ${res.body}`).toBe(400);
      const error = res.json().error;
      expect(error.code, what).toBe('validation_failed');
      if (path) expect(error.fields.map((f: { path: string }) => f.path), what).toContain(path);
    }
    expect(await dbFingerprint(getDb())).toBe(before);

    const pdf = (await planner.post(`${BASE}/preview`, upload('listetall.pdf', '%PDF-1.7'))).json().error;
    expect(pdf.fields).toEqual([{ path: 'file', message: 'Fil: Filtypen .pdf støttes ikke: last opp en CSV- eller XLSX-fil' }]);
    const column = (await planner.post(`${BASE}/commit`, { ...ok, mapping: { ...NORWEGIAN, month: 'Periode' } })).json().error;
    expect(column.fields).toEqual([{ path: 'mapping.month', message: 'Måned: Kolonnen «Periode» finnes ikke i filen' }]);
  });

  it('says which fields it could not find a column for when the header gives no complete guess', async () => {
    const k = await makeKommune(getDb());
    const planner = await login(app, k.users.planner);
    const p = await preview(planner, upload('x.csv', 'Hjemmel;Tidspunkt;Pasienter;Maks;Merknad\nT-01;2026-11;900;1000;\n'));
    expect(p).toEqual({
      columns: ['Hjemmel', 'Tidspunkt', 'Pasienter', 'Maks', 'Merknad'],
      mapping: null,
      mappingSource: 'none',
      missingFields: ['month', 'listCap', 'waitingList'],
      rows: [],
      validCount: 0,
      errorCount: 0,
      months: [],
    });
  });
});
