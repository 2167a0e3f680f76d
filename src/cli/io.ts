/** Where the CLI writes and what environment it reads; injected so tests run it in-process. */
export interface Io {
  env: NodeJS.ProcessEnv;
  out: { write(s: string): unknown };
  err: { write(s: string): unknown };
}

/** A user mistake: printed as is, exit code 1, no stack trace. */
export class CliError extends Error {}
