import { closeSync, mkdirSync, openSync, readFileSync, realpathSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** PGlite is one process's database: this lock file keeps a second process (server or CLI) out of its folder. */
export class DataDirBusyError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: { pid: number; owner: string },
  ) {
    super(
      `Databasen i ${dataDir} er i bruk av ${holder.owner} (prosess ${holder.pid}). ` +
        `PGlite kan bare åpnes av én prosess om gangen: stopp den, eller bruk den kjørende serverens API (--api http://localhost:3000).`,
    );
    this.name = 'DataDirBusyError';
  }
}

/** What a lock file says: the holder's pid and name, and (since 0.1) the folder it locked and when its process started. */
interface LockHolder {
  pid: number;
  owner: string;
  dir?: string;
  started?: string | null;
}

/** When a process started, as the kernel counts it (Linux /proc); null where that cannot be read. */
function processStart(pid: number): string | null {
  try {
    // Field 22 of /proc/<pid>/stat, counted after the command name's closing parenthesis (the name may hold spaces).
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

/**
 * Whether the lock's holder still holds this folder: its process lives, is the same process (not a new one given
 * the same pid) and locked this very folder (a folder copied with its lock file names the original).
 */
function held(holder: LockHolder, dir: string): boolean {
  if (holder.pid <= 0 || holder.pid === process.pid || !alive(holder.pid)) return false;
  if (holder.dir !== undefined && holder.dir !== dir) return false;
  if (holder.started) {
    const started = processStart(holder.pid);
    if (started !== null && started !== holder.started) return false;
  }
  return true;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the lock for dataDir or throws DataDirBusyError; a stale lock (see held) is taken over. Returns release. */
export function lockDataDir(dataDir: string, owner: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const dir = realpathSync(dataDir);
  const file = join(dataDir, 'legeplan.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, JSON.stringify({ pid: process.pid, owner, dir, started: processStart(process.pid) } satisfies LockHolder));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        rmSync(file, { force: true });
      };
      process.once('exit', release);
      return release;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      let holder: LockHolder;
      try {
        holder = JSON.parse(readFileSync(file, 'utf8')) as LockHolder;
      } catch {
        holder = { pid: -1, owner: 'ukjent' };
      }
      if (held(holder, dir)) throw new DataDirBusyError(dataDir, holder);
      rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not lock ${dataDir}`);
}
