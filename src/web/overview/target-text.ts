import type { TargetAssessment } from '../../domain/capacity/index.ts';
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

/** How many places are missing for each part of the rule that is not met. */
export function targetShortfalls(target: TargetAssessment, openPlaces: number): string[] {
  const out: string[] = [];
  if (target.shareBelowTarget && target.placesShortOfShare !== null) {
    out.push(`Det må opprettes ${formatInt(target.placesShortOfShare)} nye listeplasser for å nå målet på ${formatPercentTrim(target.rule.freeShareTarget ?? 0)} med dagens pasienttall.`);
  }
  if (target.placesBelowMin && target.rule.freePlacesMin !== null) {
    out.push(
      `Det mangler ${formatInt(target.rule.freePlacesMin - openPlaces)} åpne plasser for å nå minstekravet på ${formatInt(target.rule.freePlacesMin)}.`,
    );
  }
  return out;
}
