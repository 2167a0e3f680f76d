import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { describeOnBothDatabases } from '../helpers/db.ts';
import { login, testApp, type Client } from '../helpers/app.ts';
import { docxText } from '../helpers/documents.ts';
import { pdfText } from '../helpers/norms-fixtures.ts';
import { seedDemoIfEmpty } from '../../src/db/demo.ts';
import { hashPassword } from '../../src/server/auth/password.ts';
import { parseReportFlags, reportCommand } from '../../src/cli/report.ts';
import { CliError } from '../../src/cli/io.ts';

const LIBREOFFICE = ['/usr/bin/libreoffice', '/usr/bin/soffice'].find((p) => existsSync(p));
const PDFTOPPM = existsSync('/usr/bin/pdftoppm') ? '/usr/bin/pdftoppm' : undefined;

/** Share of non-white pixels in a binary PGM/PPM image (pdftoppm output). */
function inkShare(image: Buffer): number {
  const header = image.toString('latin1', 0, 64).split(/\s+/);
  const [magic, w, h] = [header[0], Number(header[1]), Number(header[2])];
  const channels = magic === 'P6' ? 3 : 1;
  const data = image.subarray(image.length - w * h * channels);
  let ink = 0;
  for (let i = 0; i < data.length; i += channels) if (data[i]! < 200) ink++;
  return ink / (w * h);
}

describeOnBothDatabases('the plan document (Sarpsborg demo)', (getDb, kind) => {
  let app: FastifyInstance;
  let c: Client;
  let dir: string;
  beforeAll(async () => {
    await seedDemoIfEmpty(getDb(), hashPassword);
    app = await testApp(getDb());
    c = await login(app, 'sarpsborg-planlegger', 'legeplan-demo');
    dir = mkdtempSync(join(tmpdir(), 'legeplan-plan-'));
  }, 120_000);
  afterAll(async () => {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the .docx holds the figures on the screens, a table of contents and only the chosen chapters', async () => {
    const res = await c.get('/api/economics/plan.docx?chapters=key_figures,economics,goals');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/wordprocessingml/);
    const text = docxText(res.rawPayload);
    expect(text).toContain('Plan for legetjenester – Sarpsborg');
    expect(text).toContain('Tiltakspakke 2023');
    expect(text).toContain('4,14 mill. kr');
    expect(text).toContain('5,94 mill. kr');
    expect(text).toContain('Innhold');
    expect(text).not.toContain('Sykehjem og legedekning mot norm');
    const bad = await c.get('/api/economics/plan.docx?chapters=economics,budsjett');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/Ukjente kapitler: budsjett/);
  });

  it('`legeplan report --kommune 3105 --out plan.docx` writes the same document as the page’s download', async () => {
    const out = join(dir, 'cli-plan.docx');
    const now = new Date('2026-11-23T12:00:00Z');
    const opts = parseReportFlags({ kommune: '3105', out, chapters: 'key_figures,economics' }, now);
    let said = '';
    await reportCommand(getDb(), { env: {}, out: { write: (s: string) => (said += s) }, err: process.stderr }, opts);
    expect(said).toContain('Sarpsborg');
    const cli = docxText(readFileSync(out));
    const api = docxText((await c.get('/api/economics/plan.docx?chapters=key_figures,economics')).rawPayload);
    expect(cli).toContain('4,14 mill. kr');
    // The same text; only the table of contents' bookmark numbers differ (the Word writer counts them per process).
    const bookmarksOff = (t: string) => t.replace(/_Toc\d+/g, '_Toc');
    expect(bookmarksOff(cli)).toBe(bookmarksOff(api));
    expect(() => parseReportFlags({ kommune: '3105', out: 'plan.odt' }, now)).toThrow(CliError);
    expect(() => parseReportFlags({ kommune: '3105', out, chapters: 'budsjett' }, now)).toThrow(/Ukjente kapitler: budsjett/);
  });

  it('Sandefjord’s plan: the training area’s ALIS grants and the 25 goals with today’s indicator', async () => {
    const s = await login(app, 'sandefjord-planlegger', 'legeplan-demo');
    const text = docxText((await s.get('/api/economics/plan.docx?chapters=training,goals')).rawPayload);
    expect(text).toContain('ALIS-tilskudd');
    expect(text).toContain('reell valgmulighet');
    expect(text).toMatch(/1,6\s%/);
    expect(text).not.toContain('Tiltakspakke 2023');
  });

  it('writes dates and months as people read them, never ISO (the council reads this document)', async () => {
    const text = docxText((await c.get('/api/economics/plan.docx?chapters=key_figures,capacity,economics')).rawPayload);
    expect(text).not.toMatch(/\b\d{4}-\d{2}(-\d{2})?\b/);
    expect(text).toMatch(/Laget med Legeplan \d{2}\.\d{2}\.\d{4}/);
    expect(text).toContain('Listetall per 1. mars 2023');
    expect(text).toMatch(/(januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember) \d{4}/);
  });

  it('the PDF has the same figures, and its pages are not blank', async () => {
    const res = await c.get('/api/economics/plan.pdf');
    expect(res.statusCode, res.body).toBe(200);
    const text = pdfText(res.rawPayload);
    expect(text).toContain('4,14 mill. kr');
    expect(text).toContain('Innhold');
    if (kind === 'postgres' || !PDFTOPPM) return; // rendering once is enough
    const file = join(dir, 'plan.pdf');
    writeFileSync(file, res.rawPayload);
    execFileSync(PDFTOPPM, ['-r', '30', '-gray', file, join(dir, 'page')]);
    const pages = readdirSync(dir).filter((f) => f.startsWith('page'));
    expect(pages.length).toBeGreaterThan(2);
    for (const p of pages) expect(inkShare(readFileSync(join(dir, p))), p).toBeGreaterThan(0.001);
  });

  it.runIf(LIBREOFFICE !== undefined)('LibreOffice opens the .docx and converts it to PDF with the same figures', async () => {
    if (kind === 'postgres') return;
    const file = join(dir, 'plan.docx');
    writeFileSync(file, (await c.get('/api/economics/plan.docx?chapters=economics')).rawPayload);
    execFileSync(LIBREOFFICE!, ['--headless', `-env:UserInstallation=file://${dir}/lo-profile`, '--convert-to', 'pdf', '--outdir', dir, file], { timeout: 120_000 });
    const pdf = readFileSync(join(dir, 'plan.pdf'));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    if (PDFTOPPM) {
      const txt = execFileSync('/usr/bin/pdftotext', [join(dir, 'plan.pdf'), '-']).toString();
      expect(txt).toContain('4,14');
    }
  }, 150_000);
});
