import type { ZodType } from 'zod';

/** Where the CLI writes and what environment it reads; injected so tests run it in-process. */
export interface Io {
  env: NodeJS.ProcessEnv;
  out: { write(s: string): unknown };
  err: { write(s: string): unknown };
  /** Asks for a secret without echoing it; absent when standard input is not a terminal. */
  promptSecret?: ((question: string) => Promise<string>) | undefined;
}

/** A user mistake: printed as is, exit code 1, no stack trace. */
export class CliError extends Error {}

/** Parses flag values with an API contract; a refusal names the flag the user typed, in Norwegian. */
export function parseFlags<T>(schema: ZodType<T>, input: unknown, flagOf: Record<string, string>): T {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new CliError(
    parsed.error.issues
      .map((issue) => {
        const field = String(issue.path[0] ?? '');
        return `${flagOf[field] ?? field}: ${issue.message}`;
      })
      .join('\n'),
  );
}
