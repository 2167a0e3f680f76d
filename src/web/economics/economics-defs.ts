// The forms of the economics and plan registries (packages, goals), served by the generic registry API. Measures
// have typed parameters per kind and their own editor (MeasureEditor).
import { GOAL_DIRECTION_LABELS, GOAL_STATUS_LABELS, ZMeasurePackageInput, ZPlanGoalInput } from '../../contracts/economics/index.ts';
import { GOAL_INDICATORS } from '../../domain/economics/index.ts';
import { registryStore } from '../data/registry-api.ts';
import { optionsFrom } from '../forms/field-spec.ts';
import type { RegistryDef } from '../records/record-def.ts';

export const packageDef: RegistryDef<'measure-packages'> = {
  store: registryStore('measure-packages'),
  noun: 'tiltakspakke',
  newLabel: 'Ny tiltakspakke',
  schema: ZMeasurePackageInput,
  fields: [
    { kind: 'text', name: 'name' },
    { kind: 'date', name: 'startDate', description: 'Tiltak uten egen startdato starter da. Første år regnes forholdsmessig.' },
    { kind: 'text', name: 'description' },
  ],
  title: (row) => row.name,
};

const indicatorOptions = Object.entries(GOAL_INDICATORS).map(([value, i]) => ({ value, label: i.label }));

export const goalDef: RegistryDef<'plan-goals'> = {
  store: registryStore('plan-goals'),
  noun: 'mål',
  newLabel: 'Nytt mål',
  schema: ZPlanGoalInput,
  fields: [
    { kind: 'integer', name: 'number' },
    { kind: 'text', name: 'area', label: 'Område' },
    { kind: 'text', name: 'goal' },
    { kind: 'text', name: 'measure', label: 'Strategi / tiltak' },
    { kind: 'text', name: 'owner', label: 'Ansvarlig' },
    { kind: 'text', name: 'due' },
    { kind: 'money', name: 'costOre', label: 'Kostnad', nullable: true, description: 'Beløp i kroner; tom når kostnaden ikke er et beløp.' },
    { kind: 'text', name: 'costNote' },
    { kind: 'select', name: 'status', options: optionsFrom(GOAL_STATUS_LABELS) },
    { kind: 'text', name: 'note' },
    { kind: 'select', name: 'indicator', options: indicatorOptions, nullable: true, description: 'Fremdriften regnes ut fra indikatoren, ikke skrives inn.' },
    { kind: 'decimal', name: 'target', nullable: true, description: 'Andeler skrives som desimaltall (7 % = 0,07).' },
    { kind: 'select', name: 'direction', options: optionsFrom(GOAL_DIRECTION_LABELS) },
  ],
  defaults: { status: 'not_started', direction: 'at_least' },
  title: (row) => `mål ${row.number}`,
};
