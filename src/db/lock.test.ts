import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataDirBusyError, lockDataDir } from './lock.ts';

describe('the PGlite folder lock', () => {
  let other: ChildProcess;
  let root: string;
  beforeAll(() => {
    // Another live process, as a running server would be.
    other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    root = mkdtempSync(join(tmpdir(), 'legeplan-lock-'));
  });
  afterAll(() => {
    other.kill();
    rmSync(root, { recursive: true, force: true });
  });

  /** The lock file a process would have written for `dir`, taken by this process and rewritten to name `pid`. */
  function lockAs(dir: string, pid: number, change: (l: Record<string, unknown>) => void = () => {}): string {
    const release = lockDataDir(dir, 'server');
    const lock = JSON.parse(readFileSync(join(dir, 'legeplan.lock'), 'utf8')) as Record<string, unknown>;
    release();
    lock.pid = pid;
    change(lock);
    return JSON.stringify(lock);
  }

  it('keeps a second process out of a folder a live process holds', () => {
    const dir = join(root, 'held');
    const lock = lockAs(dir, other.pid!, (l) => (l.started = null));
    writeFileSync(join(dir, 'legeplan.lock'), lock);
    expect(() => lockDataDir(dir, 'cli')).toThrow(DataDirBusyError);
  });

  it('takes over the lock of a copied folder, whose lock names the original folder, while the original runs', () => {
    const original = join(root, 'original');
    const copy = join(root, 'copy');
    const lock = lockAs(original, other.pid!, (l) => (l.started = null));
    writeFileSync(join(original, 'legeplan.lock'), lock);
    lockDataDir(copy, 'server')();
    writeFileSync(join(copy, 'legeplan.lock'), lock);
    expect(() => lockDataDir(original, 'cli')).toThrow(DataDirBusyError);
    const release = lockDataDir(copy, 'server');
    expect(JSON.parse(readFileSync(join(copy, 'legeplan.lock'), 'utf8'))).toMatchObject({ pid: process.pid });
    release();
  });

  it.runIf(process.platform === 'linux')('takes over a lock whose pid now belongs to a different process than the one that wrote it', () => {
    const dir = join(root, 'reused');
    const lock = lockAs(dir, other.pid!, (l) => (l.started = '1'));
    writeFileSync(join(dir, 'legeplan.lock'), lock);
    lockDataDir(dir, 'server')();
  });
});
