import { ZDoctorInput } from '../../contracts/registry/index.ts';
import { SEX_LABELS } from '../../contracts/registry/doctor.ts';
import { registryStore } from '../data/registry-api.ts';
import { optionsFrom } from '../forms/field-spec.ts';
import type { RegistryDef } from '../records/record-def.ts';

export const doctorDef: RegistryDef<'doctors'> = {
  store: registryStore('doctors'),
  noun: 'lege',
  newLabel: 'Ny lege',
  schema: ZDoctorInput,
  fields: [
    { kind: 'text', name: 'name' },
    { kind: 'integer', name: 'birthYear' },
    { kind: 'select', name: 'sex', options: optionsFrom(SEX_LABELS) },
    { kind: 'date', name: 'authorisedDate' },
    { kind: 'boolean', name: 'specialistGp' },
    { kind: 'date', name: 'specialistSince', nullable: true, description: 'Bare for spesialister i allmennmedisin' },
    { kind: 'boolean', name: 'inSpecialisation', description: 'ALIS / LIS3 i allmennmedisin' },
  ],
  title: (row) => row.name,
};
