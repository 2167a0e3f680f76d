#!/usr/bin/env node
// The `legeplan` command: runs the TypeScript CLI through tsx (a runtime dependency).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
const { promptSecretOnTty } = await import('../src/cli/prompt.ts');
process.exitCode = await main(process.argv.slice(2), {
  env: process.env,
  out: process.stdout,
  err: process.stderr,
  promptSecret: process.stdin.isTTY ? promptSecretOnTty : undefined,
});
