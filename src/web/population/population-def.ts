import { ZKommuneMonthInput } from '../../contracts/registry/index.ts';
import { registryStore } from '../data/registry-api.ts';
import { formatMonthLong } from '../format.ts';
import type { RegistryDef } from '../records/record-def.ts';

export const populationDef: RegistryDef<'population'> = {
  store: registryStore('population'),
  noun: 'befolkningstall',
  newLabel: 'Nye befolkningstall',
  schema: ZKommuneMonthInput,
  fields: [
    { kind: 'month', name: 'month' },
    { kind: 'integer', name: 'population', suffix: 'personer' },
    { kind: 'integer', name: 'listedElsewhere', suffix: 'personer', description: 'Innbyggere som står på liste hos fastlege i en annen kommune' },
    { kind: 'integer', name: 'listedNonResidents', suffix: 'personer', description: 'Personer fra andre kommuner på lister her' },
  ],
  defaults: { listedElsewhere: 0, listedNonResidents: 0 },
  title: (row) => `befolkningstall for ${formatMonthLong(row.month)}`,
};
