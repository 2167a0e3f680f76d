import { NormDataError } from './errors.ts';
import type { PlaceChangeFacts, PlaceFacts } from './types.ts';

/**
 * The places in force on a date: each registered row plus its planned changes dated on or before the date. Returns
 * new rows (the input is not changed). Refuses a change to a kind the unit has no row for (its occupancy would be a
 * guess) and a result below zero places. `unitName` names a unit in messages.
 */
export function placesOn(
  places: readonly PlaceFacts[],
  changes: readonly PlaceChangeFacts[],
  date: string,
  unitName: (unitId: number) => string,
): PlaceFacts[] {
  const key = (p: { unitId: number; placeKind: string }) => `${p.unitId}|${p.placeKind}`;
  const rows = new Map(places.map((p) => [key(p), { ...p }]));
  for (const c of changes) {
    if (c.effectiveDate > date) continue;
    const row = rows.get(key(c));
    if (!row) {
      throw new NormDataError(
        `Planlagt endring for ${unitName(c.unitId)} gjelder en plasstype avdelingen ikke har registrert. Registrer plasstypen (gjerne med 0 plasser) og belegget først.`,
        'placeKind',
      );
    }
    row.places += c.change;
  }
  const result = [...rows.values()];
  const negative = result.find((r) => r.places < 0);
  if (negative) {
    throw new NormDataError(
      `Planlagte endringer gir ${negative.places} plasser i ${unitName(negative.unitId)} per ${date}. Antall plasser kan ikke bli negativt.`,
      'change',
    );
  }
  return result;
}
