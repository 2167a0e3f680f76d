import type { TCapacityTarget } from '../../contracts/registry/index.ts';
import { DEFAULT_CAPACITY_TARGETS } from '../../domain/rules/index.ts';
import type { Column } from '../components/DataTable.tsx';
import { formatDate, formatInt, formatPercentTrim } from '../format.ts';
import { RecordPage } from '../records/RecordPage.tsx';
import { capacityTargetDef } from './capacity-target-def.ts';

const columns: Column<TCapacityTarget>[] = [
  { id: 'validFrom', header: 'Gyldig fra', text: (t) => formatDate(t.validFrom), sortValue: (t) => t.validFrom },
  {
    id: 'freeShareTarget',
    header: 'Mål for ledig andel',
    numeric: true,
    text: (t) => (t.freeShareTarget === null ? '–' : formatPercentTrim(t.freeShareTarget)),
    sortValue: (t) => t.freeShareTarget,
  },
  {
    id: 'freePlacesMin',
    header: 'Minste antall ledige plasser',
    numeric: true,
    text: (t) => (t.freePlacesMin === null ? '–' : formatInt(t.freePlacesMin)),
    sortValue: (t) => t.freePlacesMin,
  },
];

const national = DEFAULT_CAPACITY_TARGETS[0];

/** Innstillinger: the municipality's free-capacity targets, each valid from a date. */
export function SettingsPage() {
  return (
    <RecordPage
      def={capacityTargetDef}
      title="Innstillinger"
      caption="Kapasitetsmål"
      intro={
        <>
          Kommunens mål for ledig listekapasitet. Oversikten bruker målet som gjaldt i måneden den viser. Før kommunens første mål gjelder det
          nasjonale målet på {national?.freeShareTarget == null ? '–' : formatPercentTrim(national.freeShareTarget)} ledige plasser.
        </>
      }
      columns={columns}
      initialSort={{ column: 'validFrom', direction: 'descending' }}
    />
  );
}
