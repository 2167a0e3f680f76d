import { OFFICE_ORG_FORM_LABELS, ZOfficeInput } from '../../contracts/registry/index.ts';
import { optionsFrom } from '../forms/field-spec.ts';
import type { RecordDef } from '../records/record-def.ts';

export const officeDef: RecordDef<'offices'> = {
  entity: 'offices',
  noun: 'legekontor',
  newLabel: 'Nytt legekontor',
  schema: ZOfficeInput,
  fields: [
    { kind: 'text', name: 'name' },
    { kind: 'text', name: 'address' },
    { kind: 'select', name: 'orgForm', options: optionsFrom(OFFICE_ORG_FORM_LABELS) },
  ],
  defaults: { name: '', address: '', orgForm: 'private' },
  title: (row) => String(row.name ?? 'legekontor'),
};
