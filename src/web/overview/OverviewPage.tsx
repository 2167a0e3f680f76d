import { Alert, Card, Heading, Paragraph, Spinner, Table } from '@digdir/designsystemet-react';
import type { MonthOverview } from '../../domain/capacity/index.ts';
import { usePageTitle } from '../app/use-page-title.ts';
import { AppLink } from '../app/AppLink.tsx';
import { PageSection } from '../components/PageSection.tsx';
import { useAsync } from '../data/use-async.ts';
import { useRegistry } from '../data/use-records.ts';
import { formatDayMonth, formatDecimal, formatInt, formatPercent, formatPercentPoints } from '../format.ts';
import { AgeProfile } from './AgeProfile.tsx';
import { KpiGrid, type Kpi } from './KpiGrid.tsx';
import { OverviewAlerts } from './OverviewAlerts.tsx';
import { IncompleteMonthsNote } from '../capacity/IncompleteMonthsNote.tsx';
import { fetchOverview } from './overview-api.ts';
import { TargetStatus } from './TargetStatus.tsx';
import { targetRuleText } from './target-text.ts';
import { TrendChart } from './TrendChart.tsx';

const years = (abs: number) => `${formatDecimal(abs)} år`;

const CAPACITY_KPIS: readonly Kpi<MonthOverview>[] = [
  {
    label: 'Ledig andel (åpne plasser av sum listetak)',
    value: (m) => m.capacity.openShare,
    format: formatPercent,
    formatChange: formatPercentPoints,
    detail: (m) => <span data-testid="kpi-open-share-target">{targetRuleText(m.target.rule)}</span>,
    testId: 'kpi-open-share',
  },
  {
    label: 'Åpne plasser',
    value: (m) => m.capacity.openPlaces,
    detail: (m) => `av ${formatInt(m.capacity.sumListCap)} plasser i alt`,
    testId: 'kpi-open-places',
  },
  {
    label: 'Ledige plasser (Helsedirektoratet, netto)',
    value: (m) => m.capacity.netFreePlaces,
    detail: () => 'Sum listetak minus sum listelengde',
    testId: 'kpi-net-free-places',
  },
  { label: 'Åpne lister', value: (m) => m.capacity.openLists, testId: 'kpi-open-lists' },
  {
    label: 'På venteliste',
    value: (m) => m.capacity.waitingList,
    detail: () => 'personer som venter på å bytte fastlege',
    testId: 'kpi-waiting-list',
  },
];

const LIST_KPIS: readonly Kpi<MonthOverview>[] = [
  { label: 'Hjemler', value: (m) => m.capacity.positions, testId: 'kpi-positions' },
  {
    label: 'Hjemler uten fast lege',
    value: (m) => m.capacity.withoutGp,
    detail: (m) => `${formatInt(m.capacity.patientsWithoutGp)} pasienter på disse listene`,
    testId: 'kpi-without-gp',
  },
  { label: 'Pasienter på liste', value: (m) => m.capacity.patients, testId: 'kpi-patients' },
  { label: 'Gjennomsnittlig listelengde', value: (m) => m.capacity.averageList, formatChange: formatDecimal, testId: 'kpi-average-list' },
];

const GP_KPIS: readonly Kpi<MonthOverview>[] = [
  { label: 'Fastleger', value: (m) => m.gps.doctors, testId: 'kpi-doctors' },
  {
    label: 'Spesialister i allmennmedisin',
    value: (m) => m.gps.specialists,
    detail: ({ gps }) =>
      gps.specialistShare === null ? undefined : <span data-testid="kpi-specialists-share">{formatPercent(gps.specialistShare)} av fastlegene</span>,
    testId: 'kpi-specialists',
  },
  {
    label: 'Kvinner',
    value: (m) => m.gps.women,
    detail: ({ gps }) => (gps.doctors > 0 ? `${formatPercent(gps.women / gps.doctors)} av fastlegene` : undefined),
    testId: 'kpi-women',
  },
  {
    label: 'Gjennomsnittsalder',
    value: (m) => m.gps.averageAge,
    format: years,
    detail: (m) => `${formatInt(m.gps.aged50OrMore)} er 50 år eller eldre`,
    testId: 'kpi-average-age',
  },
];

/** Oversikt: the latest month's key figures with the change since the month before, the target status and the trend. */
export function OverviewPage() {
  usePageTitle('Oversikt');
  const { data, error, loading } = useAsync(fetchOverview, []);
  const targets = useRegistry('capacity-targets');

  const heading = (
    <Heading level={1} data-size="lg">
      Oversikt
    </Heading>
  );
  if (loading && !data) {
    return (
      <>
        {heading}
        <Spinner aria-label="Henter nøkkeltall" data-size="md" />
      </>
    );
  }
  if (error || !data) {
    return (
      <>
        {heading}
        <Alert data-color="danger">{error?.message ?? 'Fikk ikke hentet oversikten.'}</Alert>
      </>
    );
  }
  const { latest, previous, trend } = data;
  if (!latest) {
    return (
      <>
        {heading}
        <Alert data-color="info" data-testid="overview-empty">
          Det er ingen listetall registrert ennå. Legg inn listetall under <AppLink href="/listetall">Listetall</AppLink> eller importer dem under{' '}
          <AppLink href="/import">Import</AppLink>.
        </Alert>
      </>
    );
  }

  const c = latest.capacity;
  const g = latest.gps;
  const since = previous ? formatDayMonth(previous.capacity.month) : '';

  return (
    <>
      {heading}
      <Paragraph data-size="lg" data-testid="overview-month" className="page-intro">
        Listetall per <strong>{formatDayMonth(c.month)}</strong>
        {previous ? `, med endring siden ${since}` : ''}.
      </Paragraph>
      <IncompleteMonthsNote months={data.incompleteMonths.map((m) => ({ month: m.month, missing: m.missingPositionIds.length }))} shownMonth={c.month} />

      <PageSection id="sec-alerts" title="Varsler">
        <OverviewAlerts alerts={data.alerts ?? EMPTY} />
      </PageSection>

      <PageSection id="sec-capacity" title="Ledig listekapasitet">
        <TargetStatus month={latest} />
        <KpiGrid month={latest} previous={previous} since={since} kpis={CAPACITY_KPIS} />
      </PageSection>

      <PageSection id="sec-lists" title="Hjemler og lister">
        <KpiGrid month={latest} previous={previous} since={since} kpis={LIST_KPIS} />
      </PageSection>

      <PageSection id="sec-gps" title="Fastlegene">
        <KpiGrid month={latest} previous={previous} since={since} kpis={GP_KPIS} />
        <div className="two-columns">
          <Card data-color="neutral">
            <Heading level={3} data-size="xs">
              Aldersprofil
            </Heading>
            <AgeProfile gps={g} />
          </Card>
          <Card data-color="neutral">
            <Heading level={3} data-size="xs">
              Når pensjonsalder ({g.reachingRetirementAge.age} år)
            </Heading>
            <Table data-size="sm" zebra data-testid="table-retirement">
              <caption>Fastleger som har nådd {g.reachingRetirementAge.age} år innen utgangen av året, samlet</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>År</Table.HeaderCell>
                  <Table.HeaderCell className="numeric">Antall</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {g.reachingRetirementAge.byYear.map((y) => (
                  <Table.Row key={y.year}>
                    <Table.HeaderCell scope="row">{y.year}</Table.HeaderCell>
                    <Table.Cell className="numeric">{formatInt(y.count)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </Card>
        </div>
      </PageSection>

      <PageSection id="sec-trend" title="Utvikling siste 12 måneder">
        <TrendChart trend={trend} targets={targets.rows ?? EMPTY} />
      </PageSection>
    </>
  );
}

const EMPTY: never[] = [];
