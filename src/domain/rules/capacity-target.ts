import { DomainError } from '../errors.ts';
import { formatDate } from '../format/index.ts';

/** A free-capacity rule as a municipality sets it: a share of Σ list caps, an absolute number of places, or both. */
export interface CapacityTargetRule {
  validFrom: string; // YYYY-MM-DD
  freeShareTarget: number | null; // e.g. 0.07
  freePlacesMin: number | null; // e.g. 1000 (Sarpsborg's pre-2023 council rule)
}

/** The national target Sandefjord's plan uses (7 % free list capacity), the default before a municipality sets its own. */
export const DEFAULT_CAPACITY_TARGETS: readonly CapacityTargetRule[] = [
  { validFrom: '2000-01-01', freeShareTarget: 0.07, freePlacesMin: null },
];

/** The rule in force on a date: the latest validFrom on or before it (a later entry wins a tie). Refuses a date before every rule. */
export function ruleInForce<T extends { validFrom: string }>(rules: readonly T[], date: string): T {
  let found: T | undefined;
  for (const rule of rules) {
    if (rule.validFrom <= date && (!found || rule.validFrom >= found.validFrom)) found = rule;
  }
  if (!found) throw new DomainError('no_rule_in_force', rules.length === 0 ? 'Ingen regel er satt' : `Ingen regel gjelder ${formatDate(date)}: den første gjelder fra ${formatDate(firstValidFrom(rules))}`);
  return found;
}

function firstValidFrom(rules: readonly { validFrom: string }[]): string {
  return rules.reduce((first, r) => (r.validFrom < first ? r.validFrom : first), rules[0]!.validFrom);
}
