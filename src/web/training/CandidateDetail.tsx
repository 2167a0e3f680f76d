import { Alert, Button, Heading, List, Paragraph, Table } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { ARENA_LABELS, COURSE_LABELS, SESSION_KIND_LABELS } from '../../contracts/training/index.ts';
import type { CandidateStatus } from '../../domain/training/index.ts';
import { errorMessage } from '../api.ts';
import { useSession } from '../app/session.tsx';
import { ScrollArea } from '../components/ScrollArea.tsx';
import { invalidate, useRegistry } from '../data/use-records.ts';
import { formatDate, formatDecimal, formatInt, formatPercentTrim } from '../format.ts';
import { formatKr } from './training-format.ts';
import { GoalsTable } from './GoalsTable.tsx';
import { RagTag } from './RagTag.tsx';
import { SessionLogForm } from './SessionLogForm.tsx';
import { confirmSession } from './training-api.ts';

const COURSE_STATES = { done: 'Gjennomført', planned: 'Planlagt', due_soon: 'Frist snart', overdue: 'Forfalt', expiring: 'Går snart ut', expired: 'Utløpt' } as const;

/** One ALIS in detail: why the colour, plan against time served, supervision and its log, courses, learning goals. */
export function CandidateDetail({ c, onChanged }: { c: CandidateStatus; onChanged: () => void }) {
  const { session } = useSession();
  const sessions = useRegistry('supervision-sessions');
  const [error, setError] = useState<string | null>(null);
  const own = session.user.doctorId === c.doctorId;
  const isSupervisor = session.user.doctorId === c.supervisorId;
  const log = (sessions.rows ?? []).filter((s) => s.agreementId === c.agreementId);
  const s = c.supervision;

  async function confirm(id: number, version: number) {
    setError(null);
    try {
      await confirmSession(id, version);
      invalidate('supervision-sessions');
      onChanged();
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  return (
    <section aria-labelledby={`cand-${c.agreementId}`} className="page-section" data-testid="training-candidate-detail">
      <Heading level={2} data-size="sm" id={`cand-${c.agreementId}`}>
        {c.name}
      </Heading>
      <Paragraph>
        <RagTag rag={c.rag} /> {c.reason}. Veileder: {c.supervisorName} ({c.supervisor.message}). {c.supervisionGroup && `Veiledningsgruppe: ${c.supervisionGroup}. `}
        Stillingsandel {formatPercentTrim(c.fte)}.
      </Paragraph>
      {c.findings.length > 1 && (
        <List.Unordered data-testid="training-findings">
          {c.findings.map((f) => (
            <List.Item key={f.message}>
              <RagTag rag={f.rag} /> {f.message}
            </List.Item>
          ))}
        </List.Unordered>
      )}

      <Heading level={3} data-size="xs">
        Utdanningsplan og tid i arenaene
      </Heading>
      <ScrollArea label="Utdanningsplan">
        <Table data-size="sm" zebra data-testid="training-arenas">
          <caption>Plan mot gjennomført tid (fulltidsmåneder)</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>Arena</Table.HeaderCell>
              <Table.HeaderCell className="numeric">Plan (mnd)</Table.HeaderCell>
              <Table.HeaderCell className="numeric">Gjennomført (mnd)</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {c.arenas.map((a) => (
              <Table.Row key={a.arena}>
                <Table.Cell>{ARENA_LABELS[a.arena]}</Table.Cell>
                <Table.Cell className="numeric">{formatInt(a.planMonths)}</Table.Cell>
                <Table.Cell className="numeric">{formatDecimal(a.doneMonths)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </ScrollArea>
      <Paragraph data-testid="training-completion">
        Planlagt ferdig {formatDate(c.completion.plannedDate)}; beregnet ferdig {formatDate(c.completion.projectedDate)} ({formatDecimal(c.completion.doneMonths)} av{' '}
        {formatInt(c.completion.totalMonths)} måneder gjennomført).
      </Paragraph>

      <Paragraph data-testid="training-grant">
        ALIS-tilskudd {s.year}: {formatKr(c.grant.totalOre)}, herav kommunens andel {formatKr(c.grant.municipalOre)}. Mottatt hittil {formatKr(c.binding.receivedOre)}.{' '}
        {c.binding.bindingUntil ? `Bindingstid til ${formatDate(c.binding.bindingUntil)}. ` : 'Bindingstiden løper fra godkjent spesialist. '}
        Tilbakebetaling ved oppsigelse i dag: {formatKr(c.binding.owedIfLeavingOre)} (modell: mottatt tilskudd × andelen av bindingstiden som gjenstår).
      </Paragraph>

      <Heading level={3} data-size="xs">
        Veiledning {s.year}
      </Heading>
      <Paragraph data-testid="training-supervision">
        {formatDecimal(s.loggedHours)} timer individuell veiledning ført, {formatDecimal(s.confirmedHours)} bekreftet. Forventet hittil {formatDecimal(s.expectedToDateHours)} timer;
        kravet i året er {formatDecimal(s.requiredHours)} timer ({s.rules.map((r) => `${formatInt(r.hoursPerMonth)} t/mnd × ${formatDecimal(r.monthsPerYear)} mnd fra ${formatDate(r.validFrom)}`).join(', ')}
        {c.fte < 1 ? `, forholdsmessig for ${formatPercentTrim(c.fte)} stilling` : ''}). Gruppeveiledning: {formatDecimal(s.groupHours)} timer.
      </Paragraph>
      {error && <Alert data-color="danger">{error}</Alert>}
      <ScrollArea label="Veiledningslogg">
        <Table data-size="sm" zebra data-testid="training-sessions">
          <caption>Veiledningslogg</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>Dato</Table.HeaderCell>
              <Table.HeaderCell className="numeric">Minutter</Table.HeaderCell>
              <Table.HeaderCell>Type</Table.HeaderCell>
              <Table.HeaderCell>Tema</Table.HeaderCell>
              <Table.HeaderCell>Bekreftet</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {log.map((row) => (
              <Table.Row key={row.id}>
                <Table.Cell>{formatDate(row.sessionDate)}</Table.Cell>
                <Table.Cell className="numeric">{formatInt(row.minutes)}</Table.Cell>
                <Table.Cell>{SESSION_KIND_LABELS[row.sessionKind]}</Table.Cell>
                <Table.Cell>{row.topic}</Table.Cell>
                <Table.Cell>
                  {row.confirmedAt ? (
                    formatDate(row.confirmedAt.slice(0, 10))
                  ) : isSupervisor ? (
                    <Button data-size="sm" variant="secondary" onClick={() => void confirm(row.id, row.version)} data-testid={`confirm-session-${row.id}`}>
                      Bekreft
                    </Button>
                  ) : (
                    'Venter på veileder'
                  )}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </ScrollArea>
      {own && <SessionLogForm agreementId={c.agreementId} onLogged={onChanged} />}

      <Heading level={3} data-size="xs">
        Kurs
      </Heading>
      <ScrollArea label="Kurs">
        <Table data-size="sm" zebra data-testid="training-courses">
          <caption>Obligatoriske kurs</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>Kurs</Table.HeaderCell>
              <Table.HeaderCell>Type</Table.HeaderCell>
              <Table.HeaderCell>Frist</Table.HeaderCell>
              <Table.HeaderCell>Gjennomført</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {c.courses.map((k) => (
              <Table.Row key={k.id}>
                <Table.Cell>{k.title}</Table.Cell>
                <Table.Cell>{COURSE_LABELS[k.course]}</Table.Cell>
                <Table.Cell>{k.dueDate ? formatDate(k.dueDate) : '–'}</Table.Cell>
                <Table.Cell>{k.completedDate ? formatDate(k.completedDate) : '–'}</Table.Cell>
                <Table.Cell>
                  {COURSE_STATES[k.state]}
                  {k.expiresDate ? ` (gyldig til ${formatDate(k.expiresDate)})` : ''}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </ScrollArea>

      <Heading level={3} data-size="xs">
        Læringsmål ({formatInt(c.goals.approved)} av {formatInt(c.goals.total)} godkjent)
      </Heading>
      <GoalsTable agreementId={c.agreementId} supervisorId={c.supervisorId} onChanged={onChanged} />
    </section>
  );
}
