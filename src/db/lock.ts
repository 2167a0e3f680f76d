import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
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

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the lock for dataDir or throws DataDirBusyError; a lock left by a dead process is taken over. Returns release. */
export function lockDataDir(dataDir: string, owner: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, 'legeplan.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, JSON.stringify({ pid: process.pid, owner }));
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
      let holder: { pid: number; owner: string };
      try {
        holder = JSON.parse(readFileSync(file, 'utf8')) as { pid: number; owner: string };
      } catch {
        holder = { pid: -1, owner: 'ukjent' };
      }
      if (holder.pid > 0 && holder.pid !== process.pid && alive(holder.pid)) throw new DataDirBusyError(dataDir, holder);
      rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not lock ${dataDir}`);
}
