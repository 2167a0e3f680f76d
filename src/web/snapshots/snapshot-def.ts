import { ZSnapshotInput } from '../../contracts/registry/index.ts';
import { registryStore } from '../data/registry-api.ts';
import type { Option } from '../forms/field-spec.ts';
import { formatMonth } from '../format.ts';
import type { RegistryDef } from '../records/record-def.ts';

/** A position's list counted on the 1st of a month. */
export function snapshotDef(opts: { positions: readonly Option[]; positionFixed: boolean }): RegistryDef<'snapshots'> {
  return {
    store: registryStore('snapshots'),
    noun: 'listetall',
    newLabel: 'Nye listetall',
    schema: ZSnapshotInput,
    fields: [
      { kind: 'select', name: 'positionId', options: opts.positions, numeric: true, hidden: opts.positionFixed },
      { kind: 'month', name: 'month', description: 'Listene telles den 1. i måneden' },
      { kind: 'integer', name: 'listLength', suffix: 'pasienter' },
      { kind: 'integer', name: 'listCap', suffix: 'pasienter' },
      { kind: 'integer', name: 'waitingList', suffix: 'personer' },
    ],
    defaults: { waitingList: 0 },
    title: (row) => {
      const position = opts.positions.find((p) => p.value === String(row.positionId))?.label ?? 'hjemmelen';
      return `listetall ${position} for ${formatMonth(row.month)}`;
    },
  };
}
