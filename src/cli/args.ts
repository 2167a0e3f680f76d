/** Parsed command line: the command, its --flags (value or true), and positional arguments. */
export interface Args {
  command: string | undefined;
  flags: Record<string, string | true>;
  positional: string[];
}

/** Parses `cmd --key value --switch pos` (also `--key=value`). */
export function parseArgs(argv: readonly string[]): Args {
  const flags: Record<string, string | true> = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('--')) {
      const [key, inline] = a.slice(2).split('=', 2) as [string, string | undefined];
      const next = argv[i + 1];
      if (inline !== undefined) flags[key] = inline;
      else if (next !== undefined && !next.startsWith('--') && key !== 'json') {
        flags[key] = next;
        i++;
      } else flags[key] = true;
    } else positional.push(a);
  }
  return { command: positional.shift(), flags, positional };
}
