import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMemo } from 'react';
import {
  PARTICIPANT_ROLE_LABELS,
  SHIFT_KIND_LABELS,
  type TDutyTemplate,
  type TLegevaktExemption,
  type TLegevaktParticipant,
} from '../../contracts/roster/index.ts';
import { AppLink } from '../app/AppLink.tsx';
import { ROSTERS_PATH } from '../app/paths.ts';
import { usePageTitle } from '../app/use-page-title.ts';
import { valueFilter } from '../components/DataTable.tsx';
import { doctorOptionLabel, optionsOf } from '../data/lookups.ts';
import { loaded } from '../data/loaded.ts';
import { useRegistry } from '../data/use-records.ts';
import { optionsFrom } from '../forms/field-spec.ts';
import { fieldColumns } from '../records/field-columns.ts';
import { RecordSection } from '../records/RecordSection.tsx';
import { dutyTemplateDef, exemptionDef, participantDef, settingsDef, unavailabilityDef, wishDef } from './legevakt-defs.ts';

/** Legevakt: the set-up the duty roster is made from — kinds of shift, participants, exemptions, unavailable dates, wishes. */
export function LegevaktPage() {
  usePageTitle('Legevakt');
  const doctors = useRegistry('doctors');
  const templates = useRegistry('duty-templates');
  const defs = useMemo(() => {
    const options = optionsOf(doctors.rows, doctorOptionLabel);
    return {
      participant: participantDef(options),
      exemption: exemptionDef(options),
      unavailability: unavailabilityDef(options),
      wish: wishDef(
        options,
        optionsOf(templates.rows, (t) => t.name),
      ),
    };
  }, [doctors.rows, templates.rows]);
  const kinds = optionsFrom(SHIFT_KIND_LABELS);
  return (
    <>
      <Heading level={1} data-size="lg">
        Legevakt
      </Heading>
      <Paragraph className="page-intro">
        Oppsettet vaktplanen lages fra: vakttypene med tider i lokal tid, legene som deltar, fritak med grunnlag og vedtak,
        datoer legene ikke kan ha vakt, og legenes ønsker. Selve vaktplanene lages og publiseres under{' '}
        <AppLink href={ROSTERS_PATH} data-testid="legevakt-rosters-link">
          Vaktplaner
        </AppLink>
        .
      </Paragraph>
      <RecordSection
        id="sec-legevakt-templates"
        title="Vakttyper"
        def={dutyTemplateDef}
        columns={fieldColumns(dutyTemplateDef.fields, ['name', 'district', 'kind', 'startTime', 'endTime', 'runDays', 'doctors', 'alone', 'load'])}
        filters={[valueFilter({ id: 'kind', label: 'Type vakt', options: kinds, value: (t: TDutyTemplate) => t.kind })]}
      />
      <RecordSection
        id="sec-legevakt-settings"
        title="Kommunens regler"
        def={settingsDef}
        columns={fieldColumns(settingsDef.fields)}
      />
      <RecordSection
        id="sec-legevakt-participants"
        title="Deltakere"
        def={defs.participant}
        columns={fieldColumns(defs.participant.fields)}
        filters={[valueFilter({ id: 'role', label: 'Deltar som', options: optionsFrom(PARTICIPANT_ROLE_LABELS), value: (p: TLegevaktParticipant) => p.role })]}
        ready={loaded(doctors)}
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
      <RecordSection
        id="sec-legevakt-wishes"
        title="Ønsker"
        def={defs.wish}
        columns={fieldColumns(defs.wish.fields)}
        initialSort={{ column: 'wishDate', direction: 'ascending' }}
        ready={loaded(doctors, templates)}
      />
    </>
  );
}
