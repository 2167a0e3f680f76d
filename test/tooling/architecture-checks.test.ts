import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// The cycle check (dependency-cruiser) and the unused-export check (knip) that `npm test` runs, with the repository's
// own configuration, on a small project shaped like src/: clean it passes; with a planted cycle or a planted unused
// export it fails and names what it found.
const root = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = join(root, 'test/tooling/fixtures');
const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A fresh copy of the clean fixture project, with an overlay's files written over it. */
function fixtureProject(overlay?: 'planted-cycle' | 'planted-unused-export'): string {
  const dir = mkdtempSync(join(tmpdir(), 'legeplan-tooling-'));
  copies.push(dir);
  cpSync(join(fixtures, 'app'), dir, { recursive: true });
  if (overlay) cpSync(join(fixtures, overlay), dir, { recursive: true });
  return dir;
}

function run(bin: string, args: string[], cwd: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [join(root, 'node_modules', bin), ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const cycleCheck = (cwd: string) => run('dependency-cruiser/bin/dependency-cruise.mjs', ['--config', join(root, '.dependency-cruiser.cjs'), 'src'], cwd);
const unusedCheck = (cwd: string) => run('knip/bin/knip.js', ['--config', join(root, 'knip.jsonc'), '--no-progress', '--no-config-hints'], cwd);

describe('architecture checks', () => {
  it('npm test runs the cycle check and the unused-export check before the tests', () => {
    const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.test).toMatch(/npm run check:cycles && npm run check:unused && vitest run/);
    expect(scripts['check:cycles']).toMatch(/^depcruise --config \.dependency-cruiser\.cjs /);
    expect(scripts['check:unused']).toMatch(/^knip\b/);
  });

  it('passes a project without cycles or unused exports', () => {
    const dir = fixtureProject();
    expect(cycleCheck(dir)).toMatchObject({ status: 0 });
    expect(unusedCheck(dir)).toMatchObject({ status: 0 });
  }, 60_000);

  it('fails on a planted circular import, also when one direction is type-only, and names the files', () => {
    const { status, output } = cycleCheck(fixtureProject('planted-cycle'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/no-circular: src\/db\/entities\.ts →\s+src\/db\/repositories\/area-entities\.ts →\s+src\/db\/entities\.ts/);
  }, 60_000);

  it('fails on a planted export that nobody imports, and names it', () => {
    const { status, output } = unusedCheck(fixtureProject('planted-unused-export'));
    expect(status).not.toBe(0);
    expect(output).toMatch(/Unused exports \(1\)\s+ore\s+function\s+src\/domain\/money\.ts/);
  }, 60_000);
});
