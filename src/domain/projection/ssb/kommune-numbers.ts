/** A change of municipality numbers on a date: a new number, a merger into a new municipality, or a split into several. */
export interface KommuneNumberChange {
  date: string;
  kind: 'renumbered' | 'merged' | 'split';
  from: string;
  fromName: string;
  to: string[];
  toName: string;
}

/** The municipalities that exist now and the number changes that led to them (data/ssb/kommunenummer.json). */
export interface KommuneReference {
  /** Source and date of the list, shown in the import report. */
  source: string;
  municipalities: { nr: string; name: string }[];
  changes: KommuneNumberChange[];
}

/** What a municipality number in a file is today. */
export type ResolvedNumber =
  | { kind: 'current'; nr: string; name: string }
  | { kind: 'mapped'; nr: string; name: string; fromName: string; steps: KommuneNumberChange[] }
  | { kind: 'split'; change: KommuneNumberChange; steps: KommuneNumberChange[] }
  | { kind: 'unknown' };

const KIND_WORDS: Record<KommuneNumberChange['kind'], string> = {
  renumbered: 'nytt nummer',
  merged: 'sammenslått',
  split: 'delt',
};

/** "2020-01-01 sammenslått (3020 Nordre Follo)": one change in words. */
export function describeChange(c: KommuneNumberChange): string {
  return `${c.date} ${KIND_WORDS[c.kind]} (${c.to.join(', ')} ${c.toName})`;
}

/** A resolver over the reference: follows each number through its changes (newest change of a number first) to today's number. */
export function kommuneResolver(ref: KommuneReference): (nr: string) => ResolvedNumber {
  const current = new Map(ref.municipalities.map((m) => [m.nr, m.name]));
  const changesFrom = new Map<string, KommuneNumberChange[]>();
  for (const c of [...ref.changes].sort((a, b) => b.date.localeCompare(a.date))) {
    const list = changesFrom.get(c.from) ?? [];
    list.push(c);
    changesFrom.set(c.from, list);
  }
  const resolve = (nr: string, steps: KommuneNumberChange[], fromName: string | null): ResolvedNumber => {
    const lastDate = steps.at(-1)?.date ?? '';
    // A number reused later (e.g. after a reform) only continues through changes after the one that led to it.
    const next = (changesFrom.get(nr) ?? []).find((c) => c.date > lastDate);
    if (next === undefined || steps.length > 10) {
      const name = current.get(nr);
      if (name === undefined) return { kind: 'unknown' };
      return steps.length === 0 ? { kind: 'current', nr, name } : { kind: 'mapped', nr, name, fromName: fromName ?? nr, steps };
    }
    const chain = [...steps, next];
    if (next.kind === 'split' || next.to.length !== 1) return { kind: 'split', change: next, steps: chain };
    return resolve(next.to[0]!, chain, fromName ?? next.fromName);
  };
  return (nr) => resolve(nr, [], null);
}
