import type { FastifyInstance, FastifyRequest } from 'fastify';
import { createHash, randomBytes } from 'node:crypto';
import { WRITE_ROLES } from '../../contracts/auth/login.ts';
import { AppError } from '../../contracts/errors.ts';
import { ZSwapDecision, ZSwapOffer, type TFeedResponse, type TMyShift, type TOpenShift, type TSwap } from '../../contracts/roster/index.ts';
import type { Queryable } from '../../db/connection.ts';
import { writeAudit } from '../../db/repositories/audit.ts';
import { requireNoActiveJob } from '../../db/repositories/roster-jobs.ts';
import { listRosterRows, saveShifts, touchRoster } from '../../db/repositories/rosters.ts';
import { getSwap, insertSwap, listSwaps, publishedShifts, setSwap, shiftById, type ShiftRow } from '../../db/repositories/roster-sharing.ts';
import type { Scope } from '../../db/scope.ts';
import { evaluate, sheetFromGrid, type Evaluation } from '../../domain/roster/index.ts';
import { osloDate } from '../../domain/rules/index.ts';
import { requireAuth } from '../auth/plugin.ts';
import type { AppDeps } from '../context.ts';
import { idParam } from '../registry/crud-routes.ts';
import { doctorIcal } from './ical.ts';
import { openRoster, sheetOf, takeCheck, type OpenRoster } from './views.ts';

const B = '/api/legevakt';
const hash = (token: string) => createHash('sha256').update(token).digest('hex');
const refused = (message: string, path = 'shiftId') => new AppError('validation_failed', message, { fields: [{ path, message }] });

/**
 * Living with a published roster: each doctor's shifts and personal calendar feed (a secret, revocable URL; only
 * its hash is stored), open shifts a doctor may take, and swaps — offered by the doctor who holds the shift (to a
 * colleague or to all), accepted by a colleague, approved by the coordinator. A swap or a taken shift that would
 * break a hard rule (competence, rest, exemption, absence…) is refused with the rule's reason, and nothing changes.
 */
export async function rosterSharingRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const { db } = deps;
  const now = () => deps.clock().toISOString();
  const today = () => osloDate(deps.clock());

  /** The caller's own doctor (the doctor role), or a 403 naming why. */
  const ownDoctor = (request: FastifyRequest): { scope: Scope; doctorId: number } => {
    const { scope, user } = requireAuth(request);
    if (user.role !== 'doctor' || user.doctorId === null) throw new AppError('forbidden', 'Bare en lege kan gjøre dette for seg selv');
    return { scope, doctorId: user.doctorId };
  };

  /** A refusal naming what was tried and why (a reason addressed to the caller starts in lower case after the colon). */
  const refusal = (what: string, reasons: string[], path = 'shiftId') => refused(`${what}: ${reasons.join(' ').replace(/^Du /, 'du ')}`, path);

  /** Moves a shift from its doctor (or nobody) to another if no hard rule breaks; else refuses with the reasons. */
  const moveShift = async (tx: Queryable, scope: Scope, shift: ShiftRow, toDoctorId: number, what: string, addressed: boolean): Promise<void> => {
    const r = await openRoster(tx, scope.kommuneId, shift.rosterId, true);
    await requireNoActiveJob(tx, scope.kommuneId, shift.rosterId);
    const stored = r.shifts.find((s) => s.id === shift.id);
    if (!stored || stored.doctorId !== (shift.doctorId === null ? null : String(shift.doctorId))) throw refused('Vakten er endret i mellomtiden – last siden på nytt');
    const take = takeCheck(r, shift, toDoctorId, { addressed });
    if (!take.grid) throw refusal(what, take.reasons);
    await saveShifts(tx, scope.kommuneId, shift.rosterId, sheetFromGrid(r.row.plan, r.built.problem, take.grid).shifts);
    await touchRoster(tx, scope.kommuneId, shift.rosterId);
  };

  app.get(`${B}/my/shifts`, async (request): Promise<{ items: TMyShift[] }> => {
    const { scope, doctorId } = ownDoctor(request);
    return { items: await publishedShifts(db, scope.kommuneId, { doctorId }) };
  });

  app.get(`${B}/open-shifts`, async (request): Promise<{ items: TOpenShift[] }> => {
    const { scope, user } = requireAuth(request);
    const open = await publishedShifts(db, scope.kommuneId, { open: true, from: today() });
    const rosters = new Map<number, OpenRoster & { before: Evaluation }>();
    const items: TOpenShift[] = [];
    for (const shift of open) {
      if (user.role !== 'doctor' || user.doctorId === null) {
        items.push({ shift, eligible: false, reasons: [] });
        continue;
      }
      if (!rosters.has(shift.rosterId)) {
        const opened = await openRoster(db, scope.kommuneId, shift.rosterId);
        rosters.set(shift.rosterId, { ...opened, before: evaluate(opened.built.problem, opened.grid) });
      }
      const r = rosters.get(shift.rosterId)!;
      const { reasons } = takeCheck(r, { ...shift, doctorId: null }, user.doctorId, { addressed: true, before: r.before });
      items.push({ shift, eligible: reasons.length === 0, reasons });
    }
    return { items };
  });

  app.post(`${B}/open-shifts/:id/take`, async (request): Promise<TMyShift> => {
    const { scope, doctorId } = ownDoctor(request);
    const id = idParam(request.params);
    const shift = await db.transaction(async (tx) => {
      const open = await shiftById(tx, scope.kommuneId, id);
      if (open.doctorId !== null) throw refused('Vakten er allerede tatt');
      if (open.date < today()) throw refused('Vakten er passert');
      await moveShift(tx, scope, open, doctorId, 'Du kan ikke ta vakten', true);
      await writeAudit(tx, scope, { at: now(), entity: 'rosters', entityId: open.rosterId, action: 'update', before: { shiftId: id, doctorId: null }, after: { shiftId: id, doctorId, taken: true } });
      return open;
    });
    // The doctor now holds that roster's shift of that kind on that day (the row kept or another open one of the slot).
    const mine = (await publishedShifts(db, scope.kommuneId, { doctorId })).find((s) => s.rosterId === shift.rosterId && s.date === shift.date && s.templateId === shift.templateId);
    return mine!;
  });

  app.get(`${B}/swaps`, async (request): Promise<{ items: TSwap[] }> => {
    const { scope, user } = requireAuth(request);
    const all = await listSwaps(db, scope.kommuneId);
    if (WRITE_ROLES.includes(user.role)) return { items: all };
    const me = user.role === 'doctor' ? user.doctorId : null;
    return { items: all.filter((s) => me !== null && (s.fromDoctorId === me || s.toDoctorId === me || s.takerDoctorId === me || (s.toDoctorId === null && s.status === 'offered'))) };
  });

  app.post(`${B}/swaps`, { config: { body: ZSwapOffer } }, async (request, reply): Promise<TSwap> => {
    const { scope, doctorId } = ownDoctor(request);
    const body = ZSwapOffer.parse(request.body);
    const id = await db.transaction(async (tx) => {
      const shift = await shiftById(tx, scope.kommuneId, body.shiftId);
      if (shift.doctorId !== doctorId) throw refused('Du kan bare tilby dine egne vakter');
      if (shift.date < today()) throw refused('Vakten er passert');
      if (body.toDoctorId === doctorId) throw refused('Du kan ikke tilby vakten til deg selv', 'toDoctorId');
      const pending = (await listSwaps(tx, scope.kommuneId)).some((s) => s.shift.id === shift.id && (s.status === 'offered' || s.status === 'accepted'));
      if (pending) throw refused('Vakten er allerede tilbudt');
      const r = await openRoster(tx, scope.kommuneId, shift.rosterId);
      if (body.toDoctorId !== null && !r.row.plan.doctors.some((d) => Number(d.id) === body.toDoctorId)) throw refused('Kollegaen er ikke med i denne vaktplanen', 'toDoctorId');
      const swapId = await insertSwap(tx, scope.kommuneId, { rosterId: shift.rosterId, shiftId: shift.id, fromDoctorId: doctorId, toDoctorId: body.toDoctorId, note: body.note, now: now() });
      await writeAudit(tx, scope, { at: now(), entity: 'roster-swaps', entityId: swapId, action: 'create', before: null, after: body });
      return swapId;
    });
    void reply.status(201);
    return getSwap(db, scope.kommuneId, id);
  });

  /** A decision on a swap at the version the caller saw, audited; `act` may refuse (and then nothing changes). */
  const decide = (path: string, act: (tx: Queryable, scope: Scope, swap: TSwap, request: FastifyRequest, reason: string) => Promise<Partial<Pick<TSwap, 'status' | 'takerDoctorId' | 'reason'>>>) =>
    app.post(`${B}/swaps/:id/${path}`, { config: { body: ZSwapDecision } }, async (request): Promise<TSwap> => {
      const { scope } = requireAuth(request);
      const id = idParam(request.params);
      const body = ZSwapDecision.parse(request.body);
      await db.transaction(async (tx) => {
        const swap = await getSwap(tx, scope.kommuneId, id, true);
        if (swap.version !== body.version) throw new AppError('version_conflict', 'Noen andre har endret byttet siden du åpnet det', { current: swap });
        const set = await act(tx, scope, swap, request, body.reason ?? '');
        await setSwap(tx, id, set);
        await writeAudit(tx, scope, { at: now(), entity: 'roster-swaps', entityId: id, action: 'update', before: { status: swap.status }, after: set });
      });
      return getSwap(db, scope.kommuneId, id);
    });

  const requireStatus = (swap: TSwap, ...statuses: TSwap['status'][]) => {
    if (!statuses.includes(swap.status)) throw refused(`Byttet er ${swap.status === 'approved' ? 'allerede godkjent' : swap.status === 'withdrawn' ? 'trukket tilbake' : swap.status === 'refused' ? 'avslått' : 'ikke i riktig fase'}`, 'version');
  };

  decide('accept', async (tx, scope, swap, request) => {
    const { doctorId } = ownDoctor(request);
    requireStatus(swap, 'offered');
    if (doctorId === swap.fromDoctorId) throw refused('Du kan ikke ta imot ditt eget tilbud', 'version');
    if (swap.toDoctorId !== null && swap.toDoctorId !== doctorId) throw new AppError('forbidden', 'Byttet er tilbudt en annen lege');
    // Checked now, so the colleague learns at once why they cannot take it; checked again at approval.
    const shift = await shiftById(tx, scope.kommuneId, swap.shift.id);
    const take = takeCheck(await openRoster(tx, scope.kommuneId, shift.rosterId), shift, doctorId, { addressed: true });
    if (!take.grid) throw refusal('Byttet avvises', take.reasons, 'version');
    return { status: 'accepted', takerDoctorId: doctorId };
  });

  decide('approve', async (tx, scope, swap, request) => {
    if (!WRITE_ROLES.includes(requireAuth(request).user.role)) throw new AppError('forbidden', 'Bare legevaktkoordinator (planlegger) kan godkjenne bytter');
    requireStatus(swap, 'accepted');
    const shift = await shiftById(tx, scope.kommuneId, swap.shift.id);
    if (shift.doctorId !== swap.fromDoctorId) throw refused('Vakten er endret siden byttet ble tilbudt', 'version');
    await moveShift(tx, scope, shift, swap.takerDoctorId!, 'Byttet avvises', false);
    return { status: 'approved' };
  });

  decide('refuse', async (_tx, _scope, swap, request, reason) => {
    const { user } = requireAuth(request);
    const addressed = user.role === 'doctor' && swap.toDoctorId !== null && swap.toDoctorId === user.doctorId;
    if (!WRITE_ROLES.includes(user.role) && !addressed) throw new AppError('forbidden', 'Bare koordinator eller kollegaen byttet er tilbudt kan avslå det');
    requireStatus(swap, 'offered', 'accepted');
    return { status: 'refused', reason };
  });

  decide('withdraw', async (_tx, _scope, swap, request) => {
    const { user } = requireAuth(request);
    if (!(user.role === 'doctor' && user.doctorId === swap.fromDoctorId) && !WRITE_ROLES.includes(user.role)) throw new AppError('forbidden', 'Bare legen som tilbød vakten kan trekke tilbudet');
    requireStatus(swap, 'offered', 'accepted');
    return { status: 'withdrawn' };
  });

  const feedState = async (scope: Scope, doctorId: number): Promise<TFeedResponse> => {
    const [row] = await db.query<{ createdAt: string }>(`SELECT created_at AS "createdAt" FROM roster_feed WHERE kommune_id = $1 AND doctor_id = $2 AND revoked_at IS NULL`, [scope.kommuneId, doctorId]);
    return { active: Boolean(row), path: null, createdAt: row ? new Date(row.createdAt).toISOString() : null };
  };
  const revokeFeeds = (tx: Queryable, scope: Scope, doctorId: number) =>
    tx.query(`UPDATE roster_feed SET revoked_at = $3 WHERE kommune_id = $1 AND doctor_id = $2 AND revoked_at IS NULL`, [scope.kommuneId, doctorId, now()]);

  app.get(`${B}/my/feed`, async (request) => {
    const { scope, doctorId } = ownDoctor(request);
    return feedState(scope, doctorId);
  });

  app.post(`${B}/my/feed`, async (request): Promise<TFeedResponse> => {
    const { scope, doctorId } = ownDoctor(request);
    const token = randomBytes(24).toString('base64url');
    await db.transaction(async (tx) => {
      await revokeFeeds(tx, scope, doctorId);
      await tx.query(`INSERT INTO roster_feed (kommune_id, doctor_id, token_hash, created_at) VALUES ($1, $2, $3, $4)`, [scope.kommuneId, doctorId, hash(token), now()]);
      await writeAudit(tx, scope, { at: now(), entity: 'roster-feeds', entityId: doctorId, action: 'create', before: null, after: { doctorId } });
    });
    return { ...(await feedState(scope, doctorId)), path: `${B}/feed/${token}.ics` };
  });

  app.post(`${B}/my/feed/revoke`, async (request): Promise<TFeedResponse> => {
    const { scope, doctorId } = ownDoctor(request);
    await db.transaction(async (tx) => {
      await revokeFeeds(tx, scope, doctorId);
      await writeAudit(tx, scope, { at: now(), entity: 'roster-feeds', entityId: doctorId, action: 'delete', before: { doctorId }, after: null });
    });
    return feedState(scope, doctorId);
  });

  // The feed itself: no login (calendar apps cannot log in); the unguessable token is the credential.
  app.get(`${B}/feed/:file`, async (request, reply) => {
    const file = String((request.params as { file?: string }).file ?? '');
    const token = file.endsWith('.ics') ? file.slice(0, -4) : file;
    // Unscoped: the token tells whose feed it is; the rest is read in that municipality's scope.
    const [feed] = await db.unscoped.query<{ kommuneId: number; doctorId: number; name: string }>(
      `SELECT f.kommune_id AS "kommuneId", f.doctor_id AS "doctorId", d.name FROM roster_feed f JOIN doctor d ON d.id = f.doctor_id
        WHERE f.token_hash = $1 AND f.revoked_at IS NULL`,
      [hash(token)],
    );
    if (!feed) throw new AppError('not_found', 'Kalenderlenken finnes ikke eller er trukket tilbake');
    const feedDb = db.withScope({ kommuneId: feed.kommuneId });
    const rosters = await listRosterRows(feedDb, feed.kommuneId, false);
    const sheets = [];
    for (const row of rosters) if (row.plan.doctors.some((d) => Number(d.id) === feed.doctorId)) sheets.push(sheetOf(await openRoster(feedDb, feed.kommuneId, row.id)));
    void reply.header('content-type', 'text/calendar; charset=utf-8').header('cache-control', 'no-store');
    return doctorIcal(sheets, { doctorId: String(feed.doctorId), doctorName: feed.name, now: deps.clock() });
  });
}
