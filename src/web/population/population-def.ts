import { ZKommuneMonthInput } from '../../contracts/registry/index.ts';
import { formatMonthLong } from '../format.ts';
import type { RecordDef } from '../records/record-def.ts';

export const populationDef: RecordDef<'population'> = {
  entity: 'population',
  noun: 'befolkningstall',
  newLabel: 'Nye befolkningstall',
  schema: ZKommuneMonthInput,
  fields: [
    { kind: 'month', name: 'month' },
    { kind: 'integer', name: 'population', suffix: 'personer' },
    { kind: 'integer', name: 'listedElsewhere', suffix: 'personer', description: 'Innbyggere som står på liste hos fastlege i en annen kommune' },
    { kind: 'integer', name: 'listedNonResidents', suffix: 'personer', description: 'Personer fra andre kommuner på lister her' },
  ],
  defaults: { month: '', population: null, listedElsewhere: 0, listedNonResidents: 0 },
  title: (row) => (typeof row.month === 'string' && row.month ? `befolkningstall for ${formatMonthLong(row.month)}` : 'befolkningstallene'),
};
