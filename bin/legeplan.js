#!/usr/bin/env node
// The `legeplan` command: the compiled CLI in dist/cli, built by `npm start` or `npm run build`.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(cli)) {
  console.error('Legeplan er ikke bygget ennå: kjør «npm run build» (eller «npm start») først.');
  process.exit(1);
}
const { main, promptSecretOnTty } = await import(cli.href);
process.exitCode = await main(process.argv.slice(2), {
  env: process.env,
  out: process.stdout,
  err: process.stderr,
  promptSecret: process.stdin.isTTY ? promptSecretOnTty : undefined,
});
