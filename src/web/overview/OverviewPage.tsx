import { Alert, Card, Heading, Paragraph, Spinner, Table } from '@digdir/designsystemet-react';
import { usePageTitle } from '../app/use-page-title.ts';
import { AppLink } from '../app/AppLink.tsx';
import { useAsync } from '../data/use-async.ts';
import { useRegistry } from '../data/use-registry.ts';
import { formatDayMonth, formatDecimal, formatInt, formatPercent, formatPercentPoints } from '../format.ts';
import { AgeProfile } from './AgeProfile.tsx';
import { KpiCard } from './KpiCard.tsx';
import { fetchOverview } from './overview-api.ts';
import { TargetStatus } from './TargetStatus.tsx';
import { targetRuleText } from './target-text.ts';
import { TrendChart } from './TrendChart.tsx';

const years = (abs: number) => `${formatDecimal(abs)} år`;

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
  const pc = previous?.capacity;
  const pg = previous?.gps;
  const since = previous ? formatDayMonth(previous.capacity.month) : '';
  /** The change of a figure since the month before, if both months have it. */
  const change = (now: number | null, before: number | null | undefined, format: (abs: number) => string) =>
    previous && now !== null && before !== null && before !== undefined ? { delta: now - before, format, since } : undefined;

  return (
    <>
      {heading}
      <Paragraph data-size="lg" data-testid="overview-month" className="page-intro">
        Listetall per <strong>{formatDayMonth(c.month)}</strong>
        {previous ? `, med endring siden ${since}` : ''}.
      </Paragraph>

      <section aria-labelledby="sec-capacity" className="page-section">
        <Heading level={2} data-size="sm" id="sec-capacity">
          Ledig listekapasitet
        </Heading>
        <TargetStatus month={latest} />
        <div className="kpi-grid">
          <KpiCard
            label="Ledig andel (åpne plasser av sum listetak)"
            value={c.openShare === null ? '–' : formatPercent(c.openShare)}
            change={change(c.openShare, pc?.openShare, formatPercentPoints)}
            detail={<span data-testid="kpi-open-share-target">{targetRuleText(latest.target.rule)}</span>}
            testId="kpi-open-share"
          />
          <KpiCard
            label="Åpne plasser"
            value={formatInt(c.openPlaces)}
            change={change(c.openPlaces, pc?.openPlaces, formatInt)}
            detail={`av ${formatInt(c.sumListCap)} plasser i alt`}
            testId="kpi-open-places"
          />
          <KpiCard
            label="Ledige plasser (Helsedirektoratet, netto)"
            value={formatInt(c.netFreePlaces)}
            change={change(c.netFreePlaces, pc?.netFreePlaces, formatInt)}
            detail="Sum listetak minus sum listelengde"
            testId="kpi-net-free-places"
          />
          <KpiCard label="Åpne lister" value={formatInt(c.openLists)} change={change(c.openLists, pc?.openLists, formatInt)} testId="kpi-open-lists" />
          <KpiCard
            label="På venteliste"
            value={formatInt(c.waitingList)}
            change={change(c.waitingList, pc?.waitingList, formatInt)}
            detail="personer som venter på å bytte fastlege"
            testId="kpi-waiting-list"
          />
        </div>
      </section>

      <section aria-labelledby="sec-lists" className="page-section">
        <Heading level={2} data-size="sm" id="sec-lists">
          Hjemler og lister
        </Heading>
        <div className="kpi-grid">
          <KpiCard label="Hjemler" value={formatInt(c.positions)} change={change(c.positions, pc?.positions, formatInt)} testId="kpi-positions" />
          <KpiCard
            label="Hjemler uten fast lege"
            value={formatInt(c.withoutGp)}
            change={change(c.withoutGp, pc?.withoutGp, formatInt)}
            detail={`${formatInt(c.patientsWithoutGp)} pasienter på disse listene`}
            testId="kpi-without-gp"
          />
          <KpiCard label="Pasienter på liste" value={formatInt(c.patients)} change={change(c.patients, pc?.patients, formatInt)} testId="kpi-patients" />
          <KpiCard
            label="Gjennomsnittlig listelengde"
            value={c.averageList === null ? '–' : formatInt(c.averageList)}
            change={change(c.averageList, pc?.averageList, formatDecimal)}
            testId="kpi-average-list"
          />
        </div>
      </section>

      <section aria-labelledby="sec-gps" className="page-section">
        <Heading level={2} data-size="sm" id="sec-gps">
          Fastlegene
        </Heading>
        <div className="kpi-grid">
          <KpiCard label="Fastleger" value={formatInt(g.doctors)} change={change(g.doctors, pg?.doctors, formatInt)} testId="kpi-doctors" />
          <KpiCard
            label="Spesialister i allmennmedisin"
            value={formatInt(g.specialists)}
            change={change(g.specialists, pg?.specialists, formatInt)}
            detail={g.specialistShare === null ? undefined : <span data-testid="kpi-specialists-share">{formatPercent(g.specialistShare)} av fastlegene</span>}
            testId="kpi-specialists"
          />
          <KpiCard
            label="Kvinner"
            value={formatInt(g.women)}
            change={change(g.women, pg?.women, formatInt)}
            detail={g.doctors > 0 ? `${formatPercent(g.women / g.doctors)} av fastlegene` : undefined}
            testId="kpi-women"
          />
          <KpiCard
            label="Gjennomsnittsalder"
            value={g.averageAge === null ? '–' : `${formatDecimal(g.averageAge)} år`}
            change={change(g.averageAge, pg?.averageAge, years)}
            detail={`${formatInt(g.aged50OrMore)} er 50 år eller eldre`}
            testId="kpi-average-age"
          />
        </div>
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
      </section>

      <section aria-labelledby="sec-trend" className="page-section">
        <Heading level={2} data-size="sm" id="sec-trend">
          Utvikling siste 12 måneder
        </Heading>
        <TrendChart trend={trend} targets={targets.rows ?? EMPTY} />
      </section>
    </>
  );
}

const EMPTY: never[] = [];
