import { OFFICE_ORG_FORM_LABELS, ZOfficeInput } from '../../contracts/registry/index.ts';
import { registryStore } from '../data/registry-api.ts';
import { optionsFrom } from '../forms/field-spec.ts';
import type { RegistryDef } from '../records/record-def.ts';

export const officeDef: RegistryDef<'offices'> = {
  store: registryStore('offices'),
  noun: 'legekontor',
  newLabel: 'Nytt legekontor',
  schema: ZOfficeInput,
  fields: [
    { kind: 'text', name: 'name' },
    { kind: 'text', name: 'address' },
    { kind: 'select', name: 'orgForm', options: optionsFrom(OFFICE_ORG_FORM_LABELS) },
  ],
  defaults: { orgForm: 'private' },
  title: (row) => row.name,
};
