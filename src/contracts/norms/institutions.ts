import { z } from 'zod';
import { ZCount, ZDate, ZId, ZText, ZVersion } from '../common.ts';
import { PLACE_KINDS, type InstitutionOwner, type InstitutionType, type PlaceKind } from '../../domain/norms/index.ts';
import { ZChoice, ZNote, ZNumber, ZShare } from './fields.ts';

export const INSTITUTION_TYPES = ['nursing_home', 'legevakt'] as const satisfies readonly InstitutionType[];
export const INSTITUTION_TYPE_LABELS: Record<InstitutionType, string> = { nursing_home: 'Sykehjem', legevakt: 'Legevakt' };
export const INSTITUTION_OWNERS = ['municipal', 'private'] as const satisfies readonly InstitutionOwner[];
export const INSTITUTION_OWNER_LABELS: Record<InstitutionOwner, string> = { municipal: 'Kommunal', private: 'Privat (kjøpte plasser)' };
export const PLACE_KIND_LABELS: Record<PlaceKind, string> = {
  long_term: 'Langtid',
  dementia: 'Langtid demens',
  young_special: 'Spesialplasser for unge',
  short_term: 'Korttid',
  rehabilitation: 'Rehabilitering',
  intermediate: 'Intermediær',
  ohd: 'ØHD (øyeblikkelig hjelp døgnopphold)',
  palliative: 'Lindrende/palliativ',
  respite: 'Avlastning',
};

/** Body of POST/PUT /api/registry/institutions. */
export const ZInstitutionInput = z.strictObject({
  name: ZText(200),
  institutionType: ZChoice(INSTITUTION_TYPES, 'Velg sykehjem eller legevakt'),
  owner: ZChoice(INSTITUTION_OWNERS, 'Velg kommunal eller privat'),
  note: ZNote(1000),
});
export const ZInstitution = ZInstitutionInput.extend({ id: ZId, version: ZVersion });

/** Body of POST/PUT /api/registry/institution-units: a unit (avdeling) with its average length of stay. */
export const ZUnitInput = z.strictObject({
  institutionId: ZId,
  name: ZText(200),
  avgStayDays: ZNumber({ min: 0, max: 3650, decimals: 2, aboveMin: true, minMessage: 'Må være større enn 0 døgn', maxMessage: 'Høyst 3 650 døgn' }).nullable(),
});
export const ZUnit = ZUnitInput.extend({ id: ZId, version: ZVersion });

/** Body of POST/PUT /api/registry/unit-places: the places of one kind in a unit, and their occupancy (0–1). */
export const ZUnitPlacesInput = z.strictObject({
  unitId: ZId,
  placeKind: ZChoice(PLACE_KINDS, 'Velg plasstype'),
  places: ZCount(1000),
  occupancy: ZShare('Belegget kan ikke være over 100 %'),
});
export const ZUnitPlaces = ZUnitPlacesInput.extend({ id: ZId, version: ZVersion });

/** Body of POST/PUT /api/registry/place-changes: a planned change in places from a date (e.g. Nygård +18 in 2025). */
export const ZPlaceChangeInput = z.strictObject({
  unitId: ZId,
  placeKind: ZChoice(PLACE_KINDS, 'Velg plasstype'),
  change: z
    .number({ error: 'Må være et tall' })
    .int('Må være et heltall')
    .min(-1000, 'Minst −1 000')
    .max(1000, 'Høyst 1 000')
    .refine((n) => n !== 0, 'En endring på 0 plasser endrer ingenting'),
  effectiveDate: ZDate,
  note: ZNote(500),
});
export const ZPlaceChange = ZPlaceChangeInput.extend({ id: ZId, version: ZVersion });

export type TInstitutionInput = z.infer<typeof ZInstitutionInput>;
export type TInstitution = z.infer<typeof ZInstitution>;
export type TUnitInput = z.infer<typeof ZUnitInput>;
export type TUnit = z.infer<typeof ZUnit>;
export type TUnitPlacesInput = z.infer<typeof ZUnitPlacesInput>;
export type TUnitPlaces = z.infer<typeof ZUnitPlaces>;
export type TPlaceChangeInput = z.infer<typeof ZPlaceChangeInput>;
export type TPlaceChange = z.infer<typeof ZPlaceChange>;
