/** True once every list has answered (rows or an error), so a page does not wait forever on a failed lookup. */
export function loaded(...states: readonly { rows: unknown; error: unknown }[]): boolean {
  return states.every((s) => s.rows !== undefined || s.error !== undefined);
}
