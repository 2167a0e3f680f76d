import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMemo } from 'react';
import { SHIFT_KIND_LABELS, type TDutyTemplate, type TLegevaktExemption } from '../../contracts/roster/index.ts';
import { usePageTitle } from '../app/use-page-title.ts';
import { valueFilter } from '../components/DataTable.tsx';
import { doctorOptionLabel, optionsOf } from '../data/lookups.ts';
import { loaded } from '../data/loaded.ts';
import { useRegistry } from '../data/use-records.ts';
import { optionsFrom } from '../forms/field-spec.ts';
import { fieldColumns } from '../records/field-columns.ts';
import { RecordSection } from '../records/RecordSection.tsx';
import { dutyTemplateDef, exemptionDef, unavailabilityDef } from './legevakt-defs.ts';

/** Legevakt: the set-up the duty roster is made from — kinds of shift, exemptions and unavailable dates. */
export function LegevaktPage() {
  usePageTitle('Legevakt');
  const doctors = useRegistry('doctors');
  const defs = useMemo(() => {
    const options = optionsOf(doctors.rows, doctorOptionLabel);
    return { exemption: exemptionDef(options), unavailability: unavailabilityDef(options) };
  }, [doctors.rows]);
  const kinds = optionsFrom(SHIFT_KIND_LABELS);
  return (
    <>
      <Heading level={1} data-size="lg">
        Legevakt
      </Heading>
      <Paragraph className="page-intro">
        Oppsettet vaktplanen lages fra: vakttypene med tider i lokal tid, fritak med grunnlag og vedtak, og datoer legene
        ikke kan ha vakt. Vaktplanen lages med <code>legeplan roster solve</code> inntil planleggingssiden er på plass.
      </Paragraph>
      <RecordSection
        id="sec-legevakt-templates"
        title="Vakttyper"
        def={dutyTemplateDef}
        columns={fieldColumns(dutyTemplateDef.fields, ['name', 'kind', 'startTime', 'endTime', 'runDays', 'doctors', 'alone', 'load'])}
        filters={[valueFilter({ id: 'kind', label: 'Type vakt', options: kinds, value: (t: TDutyTemplate) => t.kind })]}
      />
      <RecordSection
        id="sec-legevakt-exemptions"
        title="Fritak"
        def={defs.exemption}
        columns={fieldColumns(defs.exemption.fields)}
        filters={[valueFilter({ id: 'kind', label: 'Type vakt', options: kinds, value: (e: TLegevaktExemption) => e.kind })]}
        ready={loaded(doctors)}
      />
      <RecordSection
        id="sec-legevakt-unavailability"
        title="Fravær"
        def={defs.unavailability}
        columns={fieldColumns(defs.unavailability.fields)}
        initialSort={{ column: 'dateFrom', direction: 'ascending' }}
        ready={loaded(doctors)}
      />
    </>
  );
}
