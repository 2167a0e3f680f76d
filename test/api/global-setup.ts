import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Builds the server, its worker and the CLI once before the process tests: they run the compiled code, as `npm start` does. */
export default function setup(): void {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  execFileSync(process.execPath, ['scripts/build-server.js'], { cwd: root, stdio: 'inherit' });
}
