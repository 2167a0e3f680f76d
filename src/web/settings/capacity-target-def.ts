import { ZCapacityTargetInput } from '../../contracts/registry/index.ts';
import { registryStore } from '../data/registry-api.ts';
import { formatDate } from '../format.ts';
import type { RegistryDef } from '../records/record-def.ts';

export const capacityTargetDef: RegistryDef<'capacity-targets'> = {
  store: registryStore('capacity-targets'),
  noun: 'kapasitetsmål',
  newLabel: 'Nytt kapasitetsmål',
  schema: ZCapacityTargetInput,
  fields: [
    { kind: 'date', name: 'validFrom', description: 'Målet gjelder fra denne datoen til et nyere mål tar over' },
    {
      kind: 'percent',
      name: 'freeShareTarget',
      nullable: true,
      description: 'Andel av summen av listetak som skal være åpne plasser, f.eks. 7 (nasjonalt mål). Tom hvis ikke brukt.',
    },
    {
      kind: 'integer',
      name: 'freePlacesMin',
      nullable: true,
      suffix: 'plasser',
      description: 'Minste antall åpne plasser, f.eks. 1 000. Tom hvis ikke brukt.',
    },
  ],
  defaults: { freeShareTarget: 0.07 },
  title: (row) => `kapasitetsmålet fra ${formatDate(row.validFrom)}`,
};
