import { inflateSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import type { Client } from './app.ts';
import { EXPORT_TABLES } from '../../src/contracts/norms/index.ts';

/** The staffing-norm rows of one municipality, made through the API. */
export interface SmallNorms {
  institutionId: number;
  unitId: number;
  placeIds: number[];
  changeId: number;
  institutionDoctorId: number;
  staffingId: number;
  normId: number;
  activityIds: number[];
  ohdRequestId: number;
  allocationId: number;
  gpTaskId: number;
}

async function created<T = { id: number; version: number }>(res: Promise<{ statusCode: number; json(): unknown; body: string }>): Promise<T> {
  const r = await res;
  expect(r.statusCode, r.body).toBe(201);
  return r.json() as T;
}

/**
 * A small nursing home through the API: one unit (stay 21 days) with 20 long-term places (100 %) and 6 short-term
 * (90 %), +4 long-term places in 2027, one doctor at 0.6 FTE, the Nfas 2020 norm copied in from 2020-09-01, one ØHD
 * request, one allocation row and one GP task for `gpDoctorId`. `marker` goes into names so a test can spot leaks.
 */
export async function buildSmallNorms(c: Client, gpDoctorId: number, marker = 'Test'): Promise<SmallNorms> {
  const inst = await created(c.post('/api/registry/institutions', { name: `${marker} sykehjem`, institutionType: 'nursing_home', owner: 'municipal', note: '' }));
  const unit = await created(c.post('/api/registry/institution-units', { institutionId: inst.id, name: `${marker} post`, avgStayDays: 21 }));
  const placeIds = [
    (await created(c.post('/api/registry/unit-places', { unitId: unit.id, placeKind: 'long_term', places: 20, occupancy: 1 }))).id,
    (await created(c.post('/api/registry/unit-places', { unitId: unit.id, placeKind: 'short_term', places: 6, occupancy: 0.9 }))).id,
  ];
  const change = await created(c.post('/api/registry/place-changes', { unitId: unit.id, placeKind: 'long_term', change: 4, effectiveDate: '2027-01-01', note: `${marker} utvidelse` }));
  const doctor = await created(c.post('/api/registry/institution-doctors', { name: `${marker} sykehjemslege`, specialty: 'general_practice', inSpecialisation: false }));
  const staffing = await created(c.post('/api/registry/institution-staffing', { institutionDoctorId: doctor.id, institutionId: inst.id, fte: 0.6 }));
  const version = await created<{ norm: { id: number } }>(c.post('/api/norms/versions', { validFrom: '2020-09-01', name: `${marker} norm`, copyOf: 'nfas-2020' }));
  const activity = await created(
    c.post('/api/registry/norm-activities', { normId: version.norm.id, activity: `${marker} ekstra`, hours: 0, unit: 'long_term_year', comment: '', reference: '', sortOrder: 999 }),
  );
  const activityIds = ((await c.get('/api/registry/norm-activities')).json().items as { id: number; normId: number }[]).filter((a) => a.normId === version.norm.id).map((a) => a.id);
  expect(activityIds).toContain(activity.id);
  const ohd = await created(
    c.post('/api/registry/ohd-requests', {
      requestDate: '2026-10-01',
      referrer: 'gp',
      criterionAcute: true,
      criterionHomeCare: true,
      criterionHomeSoon: true,
      criterionAsGood: true,
      criterionExamined: true,
      admitted: false,
      reason: `${marker}: ingen ledig seng`,
    }),
  );
  const allocation = await created(
    c.post('/api/registry/doctor-allocations', { area: 'nursing_homes', note: `${marker} sykehjem`, fte: 0.6, coveredBy: 'municipal_employees', needBasis: 'nursing_home_norm', needFte: null }),
  );
  const task = await created(
    c.post('/api/registry/gp-tasks', { doctorId: gpDoctorId, area: 'child_health', hoursPerWeek: 4, basis: 'obligation', fromDate: '2026-01-01', toDate: null, note: `${marker} helsestasjon` }),
  );
  return {
    institutionId: inst.id,
    unitId: unit.id,
    placeIds,
    changeId: change.id,
    institutionDoctorId: doctor.id,
    staffingId: staffing.id,
    normId: version.norm.id,
    activityIds,
    ohdRequestId: ohd.id,
    allocationId: allocation.id,
    gpTaskId: task.id,
  };
}

/** A's ids per registry entity of the norm area, for the tenancy test. */
export function normIdsByEntity(n: SmallNorms): Record<string, number[]> {
  return {
    institutions: [n.institutionId],
    'institution-units': [n.unitId],
    'unit-places': n.placeIds,
    'place-changes': [n.changeId],
    'institution-doctors': [n.institutionDoctorId],
    'institution-staffing': [n.staffingId],
    'staffing-norms': [n.normId],
    'norm-activities': n.activityIds,
    'ohd-requests': [n.ohdRequestId],
    'doctor-allocations': [n.allocationId],
    'gp-tasks': [n.gpTaskId],
  };
}

/** Valid bodies for creating norm-area rows in B that point at A's rows (each must be refused). */
export function normRefBodies(n: SmallNorms, aGpDoctorId: number): Record<string, unknown> {
  return {
    'institution-units': { institutionId: n.institutionId, name: 'B-post', avgStayDays: 10 },
    'unit-places': { unitId: n.unitId, placeKind: 'respite', places: 1, occupancy: 1 },
    'place-changes': { unitId: n.unitId, placeKind: 'long_term', change: 1, effectiveDate: '2030-01-01', note: '' },
    'institution-staffing': { institutionDoctorId: n.institutionDoctorId, institutionId: n.institutionId, fte: 0.1 },
    'norm-activities': { normId: n.normId, activity: 'B', hours: 1, unit: 'long_term_year', comment: '', reference: '', sortOrder: 1 },
    'gp-tasks': { doctorId: aGpDoctorId, area: 'other', hoursPerWeek: 1, basis: 'obligation', fromDate: '2026-01-01', toDate: null, note: '' },
  };
}

// WinAnsi differs from Latin-1 in 0x80–0x9F (Node's TextDecoder decodes 'windows-1252' as Latin-1 there).
const WIN_ANSI_HIGH: Record<number, string> = { 0x80: '€', 0x85: '…', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•', 0x96: '–', 0x97: '—' };

/** The text a pdfmake/pdfkit PDF shows: its content streams inflated and their hex strings decoded (WinAnsi). */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  let text = '';
  for (const m of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = inflateSync(Buffer.from(m[1]!, 'latin1')).toString('latin1');
    } catch {
      continue;
    }
    for (const h of content.matchAll(/<([0-9a-fA-F]+)>/g)) text += [...Buffer.from(h[1]!, 'hex')].map((b) => WIN_ANSI_HIGH[b] ?? String.fromCharCode(b)).join('');
  }
  return text;
}

/** Every cell of an .xlsx workbook's first sheet as text. */
export async function xlsxCells(body: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  const rows: string[][] = [];
  wb.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))));
  return rows;
}

/**
 * The tenancy case of each /api/norms route: B must see nothing of A (no `marker` anywhere, A's unit unknown to a
 * what-if, A's norm not copyable). Returns null when isolated, else what leaked.
 */
export async function normsRouteLeak(pb: Client, route: { method: string; url: string }, a: SmallNorms, marker: string): Promise<string | null> {
  const clean = (s: string, what: string) => (s.includes(marker) ? `${what} showed A’s rows` : null);
  switch (`${route.method} ${route.url}`) {
    case 'GET /api/norms/presets':
    case 'GET /api/norms/gap':
    case 'GET /api/norms/allocation':
    case 'GET /api/norms/gp-tasks':
    case 'GET /api/norms/ohd': {
      const res = await pb.get(`${route.url}${route.url.endsWith('/gap') ? '?year=2027' : ''}`);
      return res.statusCode !== 200 ? `answered ${res.statusCode}` : clean(res.body, route.url);
    }
    case 'GET /api/norms/gap.pdf': {
      const res = await pb.get(`${route.url}?year=2027`);
      return res.statusCode !== 200 ? `answered ${res.statusCode}` : clean(pdfText(res.rawPayload), 'the PDF');
    }
    case 'GET /api/norms/export.xlsx': {
      for (const table of EXPORT_TABLES) {
        const res = await pb.get(`${route.url}?table=${table}`);
        if (res.statusCode !== 200) return `answered ${res.statusCode} for ${table}`;
        const leak = clean(JSON.stringify(await xlsxCells(res.rawPayload)), table);
        if (leak) return leak;
      }
      return null;
    }
    case 'POST /api/norms/gap/what-if': {
      const res = await pb.post(route.url, { stays: [{ unitId: a.unitId, avgStayDays: 5 }] });
      return res.statusCode === 400 ? null : `answered ${res.statusCode} for A’s unit`;
    }
    case 'DELETE /api/norms/versions/:id': {
      const res = await pb.delete(`/api/norms/versions/${a.normId}?version=1`);
      return res.statusCode === 404 ? null : `answered ${res.statusCode} deleting A’s norm`;
    }
    case 'POST /api/norms/versions': {
      const res = await pb.post(route.url, { validFrom: '2030-01-01', name: 'Kopi', copyOf: a.normId });
      return res.statusCode === 400 && res.json().error.code === 'invalid_reference' ? null : `answered ${res.statusCode} copying A’s norm`;
    }
    default:
      return 'no tenancy case for this route';
  }
}
