import { Alert, Button, Heading, Link, Paragraph, Spinner, Table } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { TTrainingOverviewResponse } from '../../contracts/training/index.ts';
import { errorMessage } from '../api.ts';
import { AppLink } from '../app/AppLink.tsx';
import { TRAINING_DATA_PATH } from '../app/paths.ts';
import { useSession } from '../app/session.tsx';
import { usePageTitle } from '../app/use-page-title.ts';
import { PageSection } from '../components/PageSection.tsx';
import { ScrollArea } from '../components/ScrollArea.tsx';
import { useAsync } from '../data/use-async.ts';
import { invalidate, useRegistry } from '../data/use-records.ts';
import { formatDate, formatDecimal, formatInt } from '../format.ts';
import { CandidateDetail } from './CandidateDetail.tsx';
import { RagTag } from './RagTag.tsx';
import { formatKr } from './training-format.ts';
import { confirmLis1, fetchOverview, overviewXlsxUrl } from './training-api.ts';

const fte = new Intl.NumberFormat('nb-NO', { minimumFractionDigits: 2, maximumFractionDigits: 3 });

/** Utdanning: ALIS compliance at a glance and per candidate, what is due, supervisors and grants, LIS1, recertification. */
export function TrainingPage() {
  usePageTitle('Utdanning');
  const { data, error, reload } = useAsync(() => fetchOverview(), []);
  const [selected, setSelected] = useState<number | null>(null);
  const heading = (
    <Heading level={1} data-size="lg">
      Leger i spesialisering
    </Heading>
  );
  if (!data) {
    return (
      <>
        {heading}
        {error ? <Alert data-color="danger">{error.message}</Alert> : <Spinner aria-label="Henter leger i spesialisering" data-size="md" />}
      </>
    );
  }
  const candidate = data.candidates.find((c) => c.agreementId === selected) ?? null;
  return (
    <>
      {heading}
      <Paragraph className="page-intro" data-testid="training-summary">
        {formatInt(data.counts.active)} ALIS i avtale per {formatDate(data.date)}: {formatInt(data.counts.red)} røde, {formatInt(data.counts.amber)} gule og {formatInt(data.counts.green)} grønne.
        Veiledningskravet leses fra regelen som gjaldt hver måned, forholdsmessig for deltid.
      </Paragraph>
      <Paragraph>
        <Link href={overviewXlsxUrl(data.date)} download data-testid="training-excel">
          Eksporter status til Excel
        </Link>{' '}
        ·{' '}
        <AppLink href={TRAINING_DATA_PATH} data-testid="training-data-link">
          Avtaler, planer, veiledning, kurs, læringsmål og LIS1 (registre)
        </AppLink>
      </Paragraph>

      <CandidatesSection data={data} selected={selected} onSelect={setSelected} />
      {candidate && <CandidateDetail key={candidate.agreementId} c={candidate} onChanged={reload} />}
      <DueSection data={data} />
      <CapacitySection data={data} />
      <Lis1Section data={data} onChanged={reload} />
      <SpecialistsSection data={data} />
    </>
  );
}

function CandidatesSection({ data, selected, onSelect }: { data: TTrainingOverviewResponse; selected: number | null; onSelect: (id: number) => void }) {
  return (
    <PageSection id="sec-training-status" title="Status for hver ALIS">
      {data.candidates.length === 0 ? (
        <Paragraph>Ingen ALIS-avtaler å vise.</Paragraph>
      ) : (
        <ScrollArea label="Status for hver ALIS">
          <Table data-size="sm" zebra data-testid="training-candidates">
            <caption>Status for hver ALIS med begrunnelse</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>ALIS</Table.HeaderCell>
                <Table.HeaderCell>Status</Table.HeaderCell>
                <Table.HeaderCell>Begrunnelse</Table.HeaderCell>
                <Table.HeaderCell className="numeric">Veiledning i år (t)</Table.HeaderCell>
                <Table.HeaderCell>Veileder</Table.HeaderCell>
                <Table.HeaderCell>Beregnet ferdig</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {data.candidates.map((c) => (
                <Table.Row key={c.agreementId} data-testid={`candidate-${c.agreementId}`}>
                  <Table.Cell>
                    <Button variant="tertiary" data-size="sm" aria-pressed={selected === c.agreementId} onClick={() => onSelect(c.agreementId)}>
                      {c.name}
                    </Button>
                  </Table.Cell>
                  <Table.Cell>{c.active ? <RagTag rag={c.rag} /> : 'Ikke aktiv'}</Table.Cell>
                  <Table.Cell>{c.reason}</Table.Cell>
                  <Table.Cell className="numeric">
                    {formatDecimal(c.supervision.loggedHours)} av {formatDecimal(c.supervision.expectedToDateHours)}
                  </Table.Cell>
                  <Table.Cell>{c.supervisorName}</Table.Cell>
                  <Table.Cell>{formatDate(c.completion.projectedDate)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollArea>
      )}
    </PageSection>
  );
}

function DueSection({ data }: { data: TTrainingOverviewResponse }) {
  return (
    <PageSection id="sec-training-due" title={`Frister de neste ${data.dueWithinDays} dagene`}>
      {data.due.length === 0 ? (
        <Paragraph>Ingenting forfaller de neste {data.dueWithinDays} dagene.</Paragraph>
      ) : (
        <ScrollArea label="Frister">
          <Table data-size="sm" zebra data-testid="training-due">
            <caption>Frister for koordinatoren</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>Dato</Table.HeaderCell>
                <Table.HeaderCell>Lege</Table.HeaderCell>
                <Table.HeaderCell>Hva</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {data.due.map((d) => (
                <Table.Row key={`${d.date}-${d.name}-${d.what}`}>
                  <Table.Cell>{formatDate(d.date)}</Table.Cell>
                  <Table.Cell>{d.name}</Table.Cell>
                  <Table.Cell>{d.what}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollArea>
      )}
    </PageSection>
  );
}

function CapacitySection({ data }: { data: TTrainingOverviewResponse }) {
  const s = data.supervisors;
  return (
    <PageSection id="sec-training-capacity" title="Veiledere og tilskudd">
      <Paragraph data-testid="training-supervisor-fte">
        Veiledertid: {formatInt(s.activeAlis)} ALIS × {fte.format(s.ftePerAlis)} årsverk = {fte.format(s.requiredFte)} årsverk, fordelt på {formatInt(s.supervisors.length)} veiledere.{' '}
        {formatInt(s.eligibleSpecialists)} spesialister i allmennmedisin kan være veiledere.
      </Paragraph>
      <ScrollArea label="ALIS-tilskudd per år">
        <Table data-size="sm" zebra data-testid="training-grants">
          <caption>ALIS-tilskudd per år: statens del og kommunens andel</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>År</Table.HeaderCell>
              <Table.HeaderCell className="numeric">Tilskudd i alt</Table.HeaderCell>
              <Table.HeaderCell className="numeric">Staten</Table.HeaderCell>
              <Table.HeaderCell className="numeric">Kommunen</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {data.grants.map((g) => (
              <Table.Row key={g.year}>
                <Table.Cell>{g.year}</Table.Cell>
                <Table.Cell className="numeric">{formatKr(g.totalOre)}</Table.Cell>
                <Table.Cell className="numeric">{formatKr(g.stateOre)}</Table.Cell>
                <Table.Cell className="numeric">{formatKr(g.municipalOre)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </ScrollArea>
    </PageSection>
  );
}

function Lis1Section({ data, onChanged }: { data: TTrainingOverviewResponse; onChanged: () => void }) {
  const { canWrite } = useSession();
  const stored = useRegistry('lis1-placements');
  const [error, setError] = useState<string | null>(null);
  async function confirm(id: number) {
    setError(null);
    try {
      await confirmLis1(id, stored.rows?.find((p) => p.id === id)?.version ?? 1);
      invalidate('lis1-placements');
      onChanged();
    } catch (err) {
      setError(errorMessage(err));
    }
  }
  return (
    <PageSection id="sec-training-lis1" title="LIS1">
      <Paragraph data-testid="training-lis1-intakes">
        {data.lis1.intakes.length === 0
          ? 'Ingen LIS1-opptak registrert.'
          : data.lis1.intakes
              .map((i) => `Opptak ${formatDate(i.startDate)}: ${formatInt(i.positions)} stillinger${i.goalPositions === null ? '' : ` (mål ${formatInt(i.goalPositions)})`}, ${formatInt(i.placed)} besatt`)
              .join('. ') + '.'}
      </Paragraph>
      {error && <Alert data-color="danger">{error}</Alert>}
      {data.lis1.placements.length > 0 && (
        <ScrollArea label="LIS1 i kommunen">
          <Table data-size="sm" zebra data-testid="training-lis1">
            <caption>LIS1 i kommunen</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>LIS1</Table.HeaderCell>
                <Table.HeaderCell>Veileder</Table.HeaderCell>
                <Table.HeaderCell>Periode</Table.HeaderCell>
                <Table.HeaderCell>Status</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {data.lis1.placements.map((p) => (
                <Table.Row key={p.id}>
                  <Table.Cell>{p.name}</Table.Cell>
                  <Table.Cell>{p.supervisorName}</Table.Cell>
                  <Table.Cell>
                    {formatDate(p.startDate)}–{formatDate(p.endDate)}
                  </Table.Cell>
                  <Table.Cell>
                    <RagTag rag={p.rag} /> {p.reason}{' '}
                    {canWrite && !p.confirmed && p.endDate < data.date && (
                      <Button data-size="sm" variant="secondary" onClick={() => void confirm(p.id)}>
                        Bekreft gjennomført tjeneste
                      </Button>
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollArea>
      )}
    </PageSection>
  );
}

function SpecialistsSection({ data }: { data: TTrainingOverviewResponse }) {
  return (
    <PageSection id="sec-training-specialists" title="Spesialister: resertifisering og akuttmedisinkurs">
      <Paragraph>Spesialister i allmennmedisin resertifiseres hvert 5. år; kurs i akuttmedisin gjelder i 5 år. Legevakten leser de samme datoene.</Paragraph>
      <ScrollArea label="Resertifisering">
        <Table data-size="sm" zebra data-testid="training-specialists">
          <caption>Resertifisering per spesialist</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>Lege</Table.HeaderCell>
              <Table.HeaderCell>Neste resertifisering</Table.HeaderCell>
              <Table.HeaderCell>Akuttmedisinkurs gyldig til</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {data.specialists.map((s) => (
              <Table.Row key={s.doctorId}>
                <Table.Cell>{s.name}</Table.Cell>
                <Table.Cell>{formatDate(s.nextRecertification)}</Table.Cell>
                <Table.Cell>{s.acuteCourseExpires ? formatDate(s.acuteCourseExpires) : '–'}</Table.Cell>
                <Table.Cell>
                  <RagTag rag={s.rag} /> {s.reason}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </ScrollArea>
    </PageSection>
  );
}
