// The production build of the server, its solver worker and the CLI (tsconfig.build.json): compiled JavaScript in
// dist/ beside the web app that vite builds to dist/web, and the SQL migrations that dist/db/migrate.js reads.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = join(root, 'dist');

// The last build goes first, so that a module deleted from src/ cannot linger in dist/ and still be imported.
if (existsSync(dist)) {
  for (const entry of readdirSync(dist)) if (entry !== 'web') rmSync(join(dist, entry), { recursive: true, force: true });
}
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
cpSync(join(root, 'src/db/migrations'), join(dist, 'db/migrations'), { recursive: true });
