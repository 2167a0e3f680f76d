/** The latest month with list counts, or null. */
export function latestMonth(snapshots: readonly { month: string }[]): string | null {
  return snapshots.reduce<string | null>((a, s) => (a === null || s.month > a ? s.month : a), null);
}

