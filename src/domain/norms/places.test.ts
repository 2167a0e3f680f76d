import { describe, expect, it } from 'vitest';
import { NormDataError } from './errors.ts';
import { placesOn } from './places.ts';
import type { PlaceChangeFacts, PlaceFacts } from './types.ts';

const name = (id: number) => `avdeling ${id}`;
const places: PlaceFacts[] = [
  { unitId: 1, placeKind: 'long_term', places: 126, occupancy: 1 },
  { unitId: 2, placeKind: 'short_term', places: 8, occupancy: 0.9 },
];
const nygaard: PlaceChangeFacts[] = [
  { unitId: 1, placeKind: 'long_term', change: 18, effectiveDate: '2025-01-01' },
  { unitId: 1, placeKind: 'long_term', change: 18, effectiveDate: '2027-01-01' },
];

describe('placesOn', () => {
  it('adds the planned changes dated on or before the date', () => {
    expect(placesOn(places, nygaard, '2024-12-31', name)[0]!.places).toBe(126);
    expect(placesOn(places, nygaard, '2025-01-01', name)[0]!.places).toBe(144);
    expect(placesOn(places, nygaard, '2027-12-31', name)[0]!.places).toBe(162);
  });

  it('returns new rows and leaves the input alone', () => {
    const copy = structuredClone(places);
    placesOn(places, nygaard, '2030-12-31', name);
    expect(places).toEqual(copy);
  });

  it('refuses a change that takes a unit below zero places', () => {
    const cut: PlaceChangeFacts = { unitId: 2, placeKind: 'short_term', change: -9, effectiveDate: '2022-01-01' };
    expect(() => placesOn(places, [cut], '2022-12-31', name)).toThrow(NormDataError);
    expect(() => placesOn(places, [cut], '2022-12-31', name)).toThrow(/kan ikke bli negativt/);
    expect(placesOn(places, [cut], '2021-12-31', name)[1]!.places).toBe(8);
  });

  it('refuses a change to a kind the unit has no row for (its occupancy would be a guess)', () => {
    const respite: PlaceChangeFacts = { unitId: 1, placeKind: 'respite', change: 4, effectiveDate: '2022-01-01' };
    expect(() => placesOn(places, [respite], '2022-12-31', name)).toThrow(/Registrer plasstypen/);
  });
});
