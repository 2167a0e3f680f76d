import { DEFAULT_CAPACITY_TARGETS, type CapacityTargetRule } from '../../domain/rules/index.ts';
import { formatDate, formatInt, formatPercentTrim } from '../format.ts';

/** "Mål: 7 %", "Mål: minst 1 000 ledige plasser" or both. */
export function targetRuleText(rule: CapacityTargetRule): string {
  const parts: string[] = [];
  if (rule.freeShareTarget !== null) parts.push(formatPercentTrim(rule.freeShareTarget));
  if (rule.freePlacesMin !== null) parts.push(`minst ${formatInt(rule.freePlacesMin)} ledige plasser`);
  return parts.length > 0 ? `Mål: ${parts.join(' og ')}` : 'Ingen mål satt';
}

/** Where the rule comes from: the national default, or the municipality's own from a date. */
export function targetSourceText(rule: CapacityTargetRule): string {
  const isDefault = DEFAULT_CAPACITY_TARGETS.some(
    (d) => d.validFrom === rule.validFrom && d.freeShareTarget === rule.freeShareTarget && d.freePlacesMin === rule.freePlacesMin,
  );
  return isDefault ? 'nasjonalt mål (standard)' : `kommunens mål fra ${formatDate(rule.validFrom)}`;
}
