import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useMemo } from 'react';
import { INSTITUTION_TYPE_LABELS, MUNICIPAL_TASK_AREA_LABELS, PLACE_KIND_LABELS, type TAllocation, type TGpTask, type TInstitution, type TNormActivity, type TStaffing, type TUnit, type TUnitPlaces } from '../../contracts/norms/index.ts';
import { AppLink } from '../app/AppLink.tsx';
import { usePageTitle } from '../app/use-page-title.ts';
import { valueFilter } from '../components/DataTable.tsx';
import { byId, doctorOptionLabel, optionsOf } from '../data/lookups.ts';
import { loaded } from '../data/loaded.ts';
import { useRegistry } from '../data/use-records.ts';
import { optionsFrom } from '../forms/field-spec.ts';
import { formatDate } from '../format.ts';
import { fieldColumns } from '../records/field-columns.ts';
import { RecordSection } from '../records/RecordSection.tsx';
import {
  allocationDef,
  gpTaskDef,
  institutionDef,
  institutionDoctorDef,
  normActivityDef,
  ohdRequestDef,
  placeChangeDef,
  staffingDef,
  staffingNormDef,
  unitDef,
  unitPlacesDef,
} from './norm-defs.ts';
import { NormVersionCopyForm } from './NormVersionCopyForm.tsx';

const SECTIONS = {
  'institutions': { id: 'sec-data-institutions', title: 'Institusjoner' },
  'units': { id: 'sec-data-units', title: 'Avdelinger' },
  'places': { id: 'sec-data-places', title: 'Plasser' },
  'changes': { id: 'sec-data-changes', title: 'Planlagte endringer i plasser' },
  'doctors': { id: 'sec-data-doctors', title: 'Institusjonsleger' },
  'staffing': { id: 'sec-data-staffing', title: 'Legeårsverk ved institusjonene' },
  'norms': { id: 'sec-data-norms', title: 'Bemanningsnorm – versjoner' },
  'activities': { id: 'sec-data-activities', title: 'Bemanningsnorm – aktiviteter' },
  'ohd': { id: 'sec-data-ohd', title: 'ØHD-forespørsler' },
  'allocations': { id: 'sec-data-allocations', title: 'Kommunale legeårsverk' },
  'gp-tasks': { id: 'sec-data-gp-tasks', title: 'Fastlegers kommunale oppgaver' },
};

/**
 * Sykehjem – registre: everything the nursing-home gap and the municipal doctor figures are computed from,
 * each as an editable table (writers) with validation, versions, audit and Excel export.
 */
export function NormDataPage() {
  usePageTitle('Sykehjem – registre');
  const institutions = useRegistry('institutions');
  const units = useRegistry('institution-units');
  const institutionDoctors = useRegistry('institution-doctors');
  const norms = useRegistry('staffing-norms');
  const doctors = useRegistry('doctors');

  const lookups = useMemo(() => {
    const institutionById = byId(institutions.rows);
    const unitLabel = (u: TUnit) => `${institutionById.get(u.institutionId)?.name ?? '?'} – ${u.name}`;
    return {
      institutions: optionsOf(institutions.rows, (i) => i.name),
      units: optionsOf(units.rows, unitLabel),
      institutionDoctors: optionsOf(institutionDoctors.rows, (d) => d.name),
      norms: optionsOf(norms.rows, (n) => `${n.name} (fra ${formatDate(n.validFrom)})`),
      doctors: optionsOf(doctors.rows, doctorOptionLabel),
    };
  }, [institutions.rows, units.rows, institutionDoctors.rows, norms.rows, doctors.rows]);

  const defs = useMemo(
    () => ({
      unit: unitDef(lookups.institutions),
      places: unitPlacesDef(lookups.units),
      change: placeChangeDef(lookups.units),
      staffing: staffingDef(lookups.institutionDoctors, lookups.institutions),
      activity: normActivityDef(lookups.norms),
      gpTask: gpTaskDef(lookups.doctors),
    }),
    [lookups],
  );
  const ready = loaded(institutions, units, institutionDoctors, norms, doctors);
  const placeKinds = optionsFrom(PLACE_KIND_LABELS);
  const areas = optionsFrom(MUNICIPAL_TASK_AREA_LABELS);

  return (
    <>
      <Heading level={1} data-size="lg">
        Sykehjem – registre
      </Heading>
      <Paragraph className="page-intro">
        Institusjonene, avdelingene og plassene, legene og årsverkene deres, bemanningsnormen, ØHD-forespørslene og de
        kommunale legeoppgavene. Beregningene vises på <AppLink href="/sykehjem">Sykehjemsleger</AppLink>.
      </Paragraph>
      <nav aria-label="Innhold på siden">
        <ul className="page-toc">
          {Object.values(SECTIONS).map((sec) => (
            <li key={sec.id}>
              <a href={`#${sec.id}`}>{sec.title}</a>
            </li>
          ))}
        </ul>
      </nav>

      <RecordSection
        {...SECTIONS.institutions}
        def={institutionDef}
        columns={fieldColumns(institutionDef.fields)}
        filters={[valueFilter({ id: 'institutionType', label: 'Type', options: optionsFrom(INSTITUTION_TYPE_LABELS), value: (i: TInstitution) => i.institutionType })]}
      />
      <RecordSection
        {...SECTIONS.units}
        def={defs.unit}
        columns={fieldColumns(defs.unit.fields)}
        openColumn="name"
        filters={[valueFilter({ id: 'institutionId', label: 'Institusjon', options: lookups.institutions, value: (u: TUnit) => u.institutionId })]}
        ready={ready}
      />
      <RecordSection
        {...SECTIONS.places}
        intro="Plasser per avdeling og type, med belegg. Planlagte endringer kommer i tillegg fra datoen de gjelder."
        def={defs.places}
        columns={fieldColumns(defs.places.fields)}
        filters={[valueFilter({ id: 'unitId', label: 'Avdeling', options: lookups.units, value: (p: TUnitPlaces) => p.unitId }), valueFilter({ id: 'placeKind', label: 'Plasstype', options: placeKinds, value: (p: TUnitPlaces) => p.placeKind })]}
        ready={ready}
      />
      <RecordSection
        {...SECTIONS.changes}
        def={defs.change}
        columns={fieldColumns(defs.change.fields, ['effectiveDate', 'unitId', 'placeKind', 'change', 'note'])}
        initialSort={{ column: 'effectiveDate', direction: 'ascending' }}
        ready={ready}
      />
      <RecordSection {...SECTIONS.doctors} def={institutionDoctorDef} columns={fieldColumns(institutionDoctorDef.fields)} />
      <RecordSection
        {...SECTIONS.staffing}
        def={defs.staffing}
        columns={fieldColumns(defs.staffing.fields)}
        filters={[valueFilter({ id: 'institutionId', label: 'Institusjon', options: lookups.institutions, value: (s: TStaffing) => s.institutionId })]}
        ready={ready}
      />
      <RecordSection
        {...SECTIONS.norms}
        intro="Normen som gjelder på en dato, er versjonen med siste gyldig-fra-dato før den. Nfas 2020 er standarden."
        def={staffingNormDef}
        columns={fieldColumns(staffingNormDef.fields, ['validFrom', 'name', 'weeklyHours', 'nonClinicalShare', 'workingWeeks', 'source'])}
        initialSort={{ column: 'validFrom', direction: 'descending' }}
      />
      <NormVersionCopyForm versions={lookups.norms} />
      <RecordSection
        {...SECTIONS.activities}
        def={defs.activity}
        columns={fieldColumns(defs.activity.fields, ['activity', 'normId', 'hours', 'unit', 'comment', 'sortOrder'])}
        filters={[valueFilter({ id: 'normId', label: 'Normversjon', options: lookups.norms, value: (a: TNormActivity) => a.normId })]}
        initialSort={{ column: 'sortOrder', direction: 'ascending' }}
        pageSize={25}
        ready={ready}
      />
      <RecordSection
        {...SECTIONS.ohd}
        intro="Én rad per forespørsel om ØHD-seng, som sjekkliste over de fem kriteriene. Ingen pasientopplysninger."
        def={ohdRequestDef}
        columns={fieldColumns(ohdRequestDef.fields, ['requestDate', 'referrer', 'admitted', 'reason'])}
        initialSort={{ column: 'requestDate', direction: 'descending' }}
      />
      <RecordSection
        {...SECTIONS.allocations}
        def={allocationDef}
        columns={fieldColumns(allocationDef.fields)}
        filters={[valueFilter({ id: 'area', label: 'Område', options: areas, value: (a: TAllocation) => a.area })]}
      />
      <RecordSection
        {...SECTIONS['gp-tasks']}
        intro="Tilplikting teller mot grensen på 7,5 timer per uke; frivillige avtaler (som 20 % helsestasjon) gjør det ikke."
        def={defs.gpTask}
        columns={fieldColumns(defs.gpTask.fields, ['doctorId', 'area', 'hoursPerWeek', 'basis', 'fromDate', 'toDate'])}
        filters={[valueFilter({ id: 'area', label: 'Område', options: areas, value: (t: TGpTask) => t.area })]}
        ready={ready}
      />
    </>
  );
}
