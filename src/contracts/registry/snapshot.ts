import { z } from 'zod';
import { ZCount, ZId, ZMonth, ZVersion } from '../common.ts';
import { SNAPSHOT_LIMITS } from '../../domain/registry/index.ts';

/** A position's list counted on the 1st of a month. Body of POST/PUT /api/registry/snapshots. */
export const ZSnapshotInput = z.strictObject({
  positionId: ZId,
  month: ZMonth,
  listLength: ZCount(SNAPSHOT_LIMITS.listLength),
  listCap: ZCount(SNAPSHOT_LIMITS.listCap),
  waitingList: ZCount(SNAPSHOT_LIMITS.waitingList),
});
export const ZSnapshot = ZSnapshotInput.extend({ id: ZId, version: ZVersion, month: z.string() });
export type TSnapshotInput = z.infer<typeof ZSnapshotInput>;
export type TSnapshot = z.infer<typeof ZSnapshot>;
