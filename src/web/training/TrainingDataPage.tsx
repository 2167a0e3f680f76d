import { Alert, Button, Heading, Paragraph, Textarea } from '@digdir/designsystemet-react';
import { useMemo, useState } from 'react';
import { ARENA_LABELS, COURSE_LABELS, type TAlisPeriod, type TCourse, type TSession } from '../../contracts/training/index.ts';
import { errorMessage } from '../api.ts';
import { AppLink } from '../app/AppLink.tsx';
import { useSession } from '../app/session.tsx';
import { usePageTitle } from '../app/use-page-title.ts';
import { PageSection } from '../components/PageSection.tsx';
import { valueFilter } from '../components/DataTable.tsx';
import { byId, optionsOf } from '../data/lookups.ts';
import { loaded } from '../data/loaded.ts';
import { invalidate, useRegistry } from '../data/use-records.ts';
import { optionsFrom } from '../forms/field-spec.ts';
import { formatDate } from '../format.ts';
import { fieldColumns } from '../records/field-columns.ts';
import { RecordSection } from '../records/RecordSection.tsx';
import { importGoals } from './training-api.ts';
import { agreementDef, courseDef, learningGoalDef, lis1IntakeDef, lis1PlacementDef, periodDef, sessionDef } from './training-defs.ts';

/**
 * Utdanning – registre: every table the training overview is computed from, each editable (writers) with
 * validation, versions, audit and Excel export; and the import of the learning-goal catalogue.
 */
export function TrainingDataPage() {
  usePageTitle('Utdanning – registre');
  const doctors = useRegistry('doctors');
  const agreements = useRegistry('alis-agreements');
  const offices = useRegistry('offices');
  const intakes = useRegistry('lis1-intakes');

  const lookups = useMemo(() => {
    const doctorById = byId(doctors.rows);
    return {
      doctors: optionsOf(doctors.rows, (d) => d.name),
      agreements: optionsOf(agreements.rows, (a) => doctorById.get(a.doctorId)?.name ?? `Avtale ${a.id}`),
      offices: optionsOf(offices.rows, (o) => o.name),
      intakes: optionsOf(intakes.rows, (i) => `Opptak ${formatDate(i.startDate)}`),
    };
  }, [doctors.rows, agreements.rows, offices.rows, intakes.rows]);
  const defs = useMemo(
    () => ({
      agreement: agreementDef(lookups.doctors),
      period: periodDef(lookups.agreements),
      session: sessionDef(lookups.agreements),
      course: courseDef(lookups.doctors),
      placement: lis1PlacementDef(lookups.intakes, lookups.offices, lookups.doctors),
    }),
    [lookups],
  );
  const ready = loaded(doctors, agreements, offices, intakes);
  const byAgreement = (label: string) => valueFilter({ id: 'agreementId', label, options: lookups.agreements, value: (r: TAlisPeriod | TSession) => r.agreementId });

  return (
    <>
      <Heading level={1} data-size="lg">
        Utdanning – registre
      </Heading>
      <Paragraph className="page-intro">
        ALIS-avtalene med utdanningsplan og veileder, tjenesteperiodene, veiledningsloggen, kursene, læringsmålene og LIS1. Statusen vises på{' '}
        <AppLink href="/utdanning">Utdanning</AppLink>.
      </Paragraph>
      <RecordSection
        id="sec-training-agreements"
        title="ALIS-avtaler og utdanningsplaner"
        intro="Planen fordeler 5 år (60 måneder) på arenaene: minst 2 år i åpen uselektert allmennpraksis og minst 6 måneder i institusjon."
        def={defs.agreement}
        columns={fieldColumns(defs.agreement.fields, ['doctorId', 'startDate', 'fte', 'supervisorId', 'planOpenMonths', 'planInstitutionMonths', 'planOtherMonths'])}
        ready={ready}
      />
      <RecordSection
        id="sec-training-periods"
        title="Tjenesteperioder"
        def={defs.period}
        columns={fieldColumns(defs.period.fields)}
        filters={[byAgreement('ALIS'), valueFilter({ id: 'arena', label: 'Arena', options: optionsFrom(ARENA_LABELS), value: (p: TAlisPeriod) => p.arena })]}
        ready={ready}
      />
      <RecordSection
        id="sec-training-sessions"
        title="Veiledningslogg"
        intro="Legen fører selv veiledningen på siden Utdanning; veilederen bekrefter. Ingen pasientopplysninger."
        def={defs.session}
        columns={fieldColumns(defs.session.fields)}
        filters={[byAgreement('ALIS')]}
        initialSort={{ column: 'sessionDate', direction: 'descending' }}
        ready={ready}
      />
      <RecordSection
        id="sec-training-courses"
        title="Kurs"
        def={defs.course}
        columns={fieldColumns(defs.course.fields)}
        filters={[valueFilter({ id: 'course', label: 'Kurstype', options: optionsFrom(COURSE_LABELS), value: (c: TCourse) => c.course })]}
        ready={ready}
      />
      <RecordSection id="sec-training-goals" title="Læringsmål" def={learningGoalDef} columns={fieldColumns(learningGoalDef.fields)} />
      <GoalImport />
      <RecordSection id="sec-training-intakes" title="LIS1-opptak" def={lis1IntakeDef} columns={fieldColumns(lis1IntakeDef.fields)} />
      <RecordSection id="sec-training-placements" title="LIS1" def={defs.placement} columns={fieldColumns(defs.placement.fields, ['name', 'intakeId', 'officeId', 'supervisorId', 'startDate', 'endDate'])} ready={ready} />
    </>
  );
}

/** Import of the learning-goal catalogue from a file's text: `kode;gruppe;tittel`, group «allmennmedisin» or «felles». */
function GoalImport() {
  const { canWrite } = useSession();
  const [text, setText] = useState('');
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  if (!canWrite) return null;
  async function run() {
    try {
      const r = await importGoals('læringsmål.csv', text);
      invalidate('learning-goals');
      setResult({ ok: true, text: `${r.created} nye læringsmål; ${r.unchanged} fantes fra før.` });
    } catch (err) {
      setResult({ ok: false, text: errorMessage(err) });
    }
  }
  return (
    <PageSection id="sec-training-goal-import" title="Importer læringsmål">
      <Textarea
        aria-label="Læringsmål, én per linje: kode;gruppe;tittel"
        value={text}
        onChange={(e) => setText(e.target.value)}
        rows={5}
        placeholder="ALM-01;allmennmedisin;Kommunikasjon med pasient og pårørende"
        data-testid="goal-import-text"
      />
      {result && <Alert data-color={result.ok ? 'success' : 'danger'}>{result.text}</Alert>}
      <Button onClick={() => void run()} disabled={text.trim() === ''} data-testid="goal-import-run">
        Importer
      </Button>
    </PageSection>
  );
}
