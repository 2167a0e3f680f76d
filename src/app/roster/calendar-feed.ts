/**
 * A doctor's personal calendar feed: a secret, revocable URL (only its hash is stored), made or revoked by the
 * doctor, read by a calendar app without a login — the unguessable token is the credential.
 */
import { createHash, randomBytes } from 'node:crypto';
import { AppError } from '../../contracts/errors.ts';
import type { TFeedResponse } from '../../contracts/roster/index.ts';
import { writeAudit } from '../../db/repositories/audit.ts';
import { insertFeed, liveFeedByTokenHash, liveFeedCreatedAt, revokeFeeds } from '../../db/repositories/roster-feeds.ts';
import { listRosterRows } from '../../db/repositories/rosters.ts';
import type { Db } from '../../db/connection.ts';
import type { RosterSheet } from '../../domain/roster/index.ts';
import type { RosterContext } from './context.ts';
import { openRoster, sheetOf } from './open-roster.ts';
import { ownDoctorOf } from './open-shifts.ts';

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

async function feedState(ctx: RosterContext, doctorId: number): Promise<TFeedResponse> {
  const createdAt = await liveFeedCreatedAt(ctx.db, ctx.scope.kommuneId, doctorId);
  return { active: createdAt !== null, path: null, createdAt };
}

/** Whether the asking doctor has a live feed (its secret is never shown again). */
export const myFeed = (ctx: RosterContext): Promise<TFeedResponse> => feedState(ctx, ownDoctorOf(ctx.viewer));

/** A new feed for the asking doctor (any older one revoked); the answer holds its secret path, once. `base` is the feed routes' path. */
export async function createFeed(ctx: RosterContext, base: string): Promise<TFeedResponse> {
  const doctorId = ownDoctorOf(ctx.viewer);
  const token = randomBytes(24).toString('base64url');
  await ctx.db.transaction(async (tx) => {
    await revokeFeeds(tx, ctx.scope.kommuneId, doctorId, ctx.now);
    await insertFeed(tx, ctx.scope.kommuneId, { doctorId, tokenHash: hash(token), now: ctx.now });
    await writeAudit(tx, ctx.scope, { at: ctx.now, entity: 'roster-feeds', entityId: doctorId, action: 'create', before: null, after: { doctorId } });
  });
  return { ...(await feedState(ctx, doctorId)), path: `${base}/${token}.ics` };
}

/** Revokes the asking doctor's feed: its URL answers 404 from now on. */
export async function revokeFeed(ctx: RosterContext): Promise<TFeedResponse> {
  const doctorId = ownDoctorOf(ctx.viewer);
  await ctx.db.transaction(async (tx) => {
    await revokeFeeds(tx, ctx.scope.kommuneId, doctorId, ctx.now);
    await writeAudit(tx, ctx.scope, { at: ctx.now, entity: 'roster-feeds', entityId: doctorId, action: 'delete', before: { doctorId }, after: null });
  });
  return feedState(ctx, doctorId);
}

/** The database as a request without a login gets it: across municipalities (bypassing row-level security), or in one it names. */
export interface FeedDb {
  unscoped: Db;
  withScope(scope: { kommuneId: number }): Db;
}

/**
 * The published rosters the feed's doctor takes part in (names and shifts), by the feed's token: the token is
 * looked up across municipalities (it tells whose feed it is); the rosters are read in that municipality's scope.
 */
export async function feedRosters(db: FeedDb, token: string): Promise<{ doctorId: string; doctorName: string; sheets: RosterSheet[] }> {
  const feed = await liveFeedByTokenHash(db.unscoped, hash(token));
  if (!feed) throw new AppError('not_found', 'Kalenderlenken finnes ikke eller er trukket tilbake');
  const feedDb = db.withScope({ kommuneId: feed.kommuneId });
  const sheets: RosterSheet[] = [];
  for (const row of await listRosterRows(feedDb, feed.kommuneId, false)) {
    if (row.plan.doctors.some((d) => Number(d.id) === feed.doctorId)) sheets.push(sheetOf(await openRoster(feedDb, feed.kommuneId, row.id)));
  }
  return { doctorId: String(feed.doctorId), doctorName: feed.name, sheets };
}
