import { Alert, Heading, Paragraph, Spinner } from '@digdir/designsystemet-react';
import { useCallback } from 'react';
import { usePageTitle } from '../app/use-page-title.ts';
import { useSession } from '../app/session.tsx';
import { PageSection } from '../components/PageSection.tsx';
import { useAsync } from '../data/use-async.ts';
import { useRegistry } from '../data/use-records.ts';
import { fieldColumns } from '../records/field-columns.ts';
import { RecordSection } from '../records/RecordSection.tsx';
import { CompareTable, PackageTable } from './CostTables.tsx';
import { fetchCosts, fetchRates, fetchSubsidy } from './economics-api.ts';
import { packageDef } from './economics-defs.ts';
import { MeasureEditor } from './MeasureEditor.tsx';
import { SubsidySection } from './SubsidySection.tsx';
import { formatDayMonth } from '../format.ts';

/** Økonomi: basistilskudd from the lists and the dated rates, the measure packages costed by year, and doing nothing. */
export function EconomicsPage() {
  usePageTitle('Økonomi');
  const session = useSession();
  const costs = useAsync(fetchCosts, []);
  const subsidy = useAsync(fetchSubsidy, []);
  const rates = useAsync(fetchRates, []);
  const packages = useRegistry('measure-packages');
  const measures = useRegistry('measures');
  const reloadCosts = costs.reload;
  const onSaved = useCallback(() => {
    reloadCosts();
    measures.reload();
  }, [reloadCosts, measures]);
  const error = costs.error ?? subsidy.error ?? rates.error;

  return (
    <>
      <Heading level={1} data-size="lg">
        Økonomi
      </Heading>
      <Paragraph className="page-intro">
        Hva fastlegeordningen får i basistilskudd, hva hvert rekrutteringstiltak koster år for år og for et helt år, og hva det koster å ikke gjøre
        noe. Alle beløp regnes i øre og avrundes først når de vises.
      </Paragraph>
      {error && <Alert data-color="danger">{error.message}</Alert>}
      <PageSection id="sec-subsidy" title="Basistilskudd">
        {subsidy.data && rates.data ? <SubsidySection subsidy={subsidy.data} rates={rates.data} /> : <Spinner aria-label="Henter basistilskuddet" data-size="md" />}
      </PageSection>
      <PageSection id="sec-packages" title="Tiltakspakker">
        {costs.data ? (
          <>
            <Paragraph data-size="sm">
              Tillegg til basistilskuddet regnes av listene til de {costs.data.selfEmployedLists} selvstendig næringsdrivende fastlegene per{' '}
              {costs.data.asOf === null ? '–' : formatDayMonth(costs.data.asOf)}.
            </Paragraph>
            {costs.data.packages.map((p) => (
              <PackageTable key={p.packageId} p={p} />
            ))}
          </>
        ) : (
          <Spinner aria-label="Henter kostnadene" data-size="md" />
        )}
      </PageSection>
      <PageSection id="sec-compare" title="Sammenlignet med å ikke gjøre noe">
        {costs.data && <CompareTable compare={costs.data.compare} />}
      </PageSection>
      <RecordSection id="sec-package-data" title="Tiltakspakker – registre" def={packageDef} columns={fieldColumns(packageDef.fields)} />
      {session.canWrite && packages.rows && measures.rows && (
        <PageSection id="sec-measure-edit" title="Tiltak">
          <MeasureEditor packages={packages.rows} measures={measures.rows} onSaved={onSaved} />
        </PageSection>
      )}
    </>
  );
}
