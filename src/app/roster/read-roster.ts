/** Reading rosters: the list, one roster's detail, the facts it was solved against, and what its exports print — each as the viewer may read it. */
import type { TRosterDetail, TRosterSummary } from '../../contracts/roster/index.ts';
import { latestJobs } from '../../db/repositories/roster-jobs.ts';
import { listRosterRows } from '../../db/repositories/rosters.ts';
import { payrollSummary, type Holiday, type PayrollSummary, type RosterSheet } from '../../domain/roster/index.ts';
import type { RosterContext } from './context.ts';
import { getRoster, openReadable, sheetOf } from './open-roster.ts';
import { detailView, summaryView } from './views.ts';
import { seesDrafts, visibleDetail, visiblePayroll, visiblePlan, type VisiblePlan } from './visibility.ts';

type ReadContext = Pick<RosterContext, 'db' | 'scope' | 'viewer'>;

/** Every roster the viewer may read (drafts for the coordinator), newest period first. */
export async function listRosters({ db, scope, viewer }: ReadContext): Promise<{ items: TRosterSummary[] }> {
  const rows = await listRosterRows(db, scope.kommuneId, seesDrafts(viewer));
  const jobs = await latestJobs(db, scope.kommuneId, rows.map((r) => r.id));
  return { items: rows.map((r) => summaryView(r, jobs.get(r.id) ?? null, r.openShifts)) };
}

/** A roster's summary with its newest job (the answer to starting a job on it). */
export async function rosterSummary({ db, scope }: Pick<RosterContext, 'db' | 'scope'>, id: number): Promise<TRosterSummary> {
  const row = await getRoster(db, scope.kommuneId, id);
  return summaryView(row, (await latestJobs(db, scope.kommuneId, [id])).get(id) ?? null, 0);
}

/** One roster: grid, rule scores and violations, load per doctor. */
export async function rosterDetail({ db, scope, viewer }: ReadContext, id: number): Promise<TRosterDetail> {
  const r = await openReadable(db, scope.kommuneId, viewer, id);
  return visibleDetail(detailView(r, (await latestJobs(db, scope.kommuneId, [id])).get(id) ?? null), viewer);
}

const fileName = (row: { start: string; name: string }, ext: string) => `vaktplan-${row.start}-${row.name.replace(/[^A-Za-z0-9ÆØÅæøå_-]+/g, '-')}.${ext}`;

/** The facts the roster was solved against, as the command line reads them (`legeplan roster solve --input`). */
export async function rosterPlan({ db, scope, viewer }: ReadContext, id: number): Promise<{ plan: VisiblePlan; fileName: string }> {
  const r = await openReadable(db, scope.kommuneId, viewer, id);
  return { plan: visiblePlan(r.row.plan, viewer), fileName: fileName(r.row, 'json') };
}

interface RosterExport {
  sheet: RosterSheet;
  payroll: PayrollSummary;
  holidays: Map<string, Holiday>;
  fileName: (ext: string) => string;
}

/** What the roster's workbook and PDF print: names and shifts, the payroll summary (a doctor's own), the holidays. */
export async function rosterExport({ db, scope, viewer }: ReadContext, id: number): Promise<RosterExport> {
  const r = await openReadable(db, scope.kommuneId, viewer, id);
  const sheet = sheetOf(r);
  return { sheet, payroll: visiblePayroll(payrollSummary(sheet), viewer), holidays: r.built.holidays, fileName: (ext) => fileName(r.row, ext) };
}
