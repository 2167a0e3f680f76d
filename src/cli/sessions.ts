import type { Db } from '../db/connection.ts';
import { deleteAllSessions } from '../db/repositories/auth.ts';
import { CliError, type Io } from './io.ts';

/**
 * `legeplan sessions end-all`: ends every session of every user. A restored database dump carries the live
 * session tokens of the moment it was taken; run this after a restore so none of them works.
 */
export async function endAllSessionsCommand(db: Db, io: Pick<Io, 'out'>): Promise<void> {
  const ended = await deleteAllSessions(db);
  io.out.write(`Avsluttet ${ended} økter. Alle må logge inn på nytt.\n`);
}

/** Parses `sessions <sub>`: only end-all exists. */
export function parseSessionsCommand(positional: readonly string[]): 'end-all' {
  if (positional[0] === 'end-all') return 'end-all';
  throw new CliError('Bruk: legeplan sessions end-all   (avslutter alle økter, f.eks. etter gjenoppretting av en databasekopi)');
}
