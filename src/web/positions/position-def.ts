import { POSITION_ORG_FORM_LABELS, POSITION_STATUS_LABELS, ZPositionInput } from '../../contracts/registry/index.ts';
import { registryStore } from '../data/registry-api.ts';
import { optionsFrom, type Option } from '../forms/field-spec.ts';
import type { RegistryDef } from '../records/record-def.ts';

/** A hjemmel's form; the office is chosen by name. */
export function positionDef(officeOptions: readonly Option[]): RegistryDef<'positions'> {
  return {
    store: registryStore('positions'),
    noun: 'hjemmel',
    newLabel: 'Ny hjemmel',
    schema: ZPositionInput,
    fields: [
      { kind: 'text', name: 'code', description: 'Kommunens ID for hjemmelen, f.eks. SF-H01' },
      { kind: 'select', name: 'officeId', options: officeOptions, numeric: true },
      { kind: 'select', name: 'orgForm', options: optionsFrom(POSITION_ORG_FORM_LABELS) },
      { kind: 'integer', name: 'listCap', suffix: 'pasienter' },
      { kind: 'select', name: 'status', options: optionsFrom(POSITION_STATUS_LABELS) },
      { kind: 'boolean', name: 'sharedList', description: 'Flere leger har felles ansvar for listen (fellesliste)' },
    ],
    defaults: { orgForm: 'self_employed', status: 'vacant' },
    title: (row) => `hjemmel ${row.code}`,
  };
}
