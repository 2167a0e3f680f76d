import { Alert, Button, Table, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { errorMessage } from '../api.ts';
import { AsyncContent } from '../components/AsyncContent.tsx';
import { PageSection } from '../components/PageSection.tsx';
import { ScrollArea } from '../components/ScrollArea.tsx';
import { useAsync } from '../data/use-async.ts';
import { formatDate } from '../format.ts';
import { fetchOpenShifts, takeOpenShift } from './roster-api.ts';
import { formatShiftTime, weekdayOf } from './roster-format.ts';

/** Open shifts of published rosters: whether the doctor may take each (and why not), and a button to take it. */
export function OpenShifts({ onTaken }: { onTaken: () => void }) {
  const open = useAsync(fetchOpenShifts, []);
  const [busy, setBusy] = useState<number | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function take(shiftId: number) {
    setBusy(shiftId);
    setMessage(null);
    try {
      const shift = await takeOpenShift(shiftId);
      setMessage({ ok: true, text: `Du har tatt ${shift.templateName} ${formatDate(shift.date)}.` });
      open.reload();
      onTaken();
    } catch (err) {
      setMessage({ ok: false, text: errorMessage(err) });
    } finally {
      setBusy(null);
    }
  }

  return (
    <PageSection id="sec-open-shifts" title="Ledige vakter">
      {message && (
        <Alert data-color={message.ok ? 'success' : 'danger'} data-testid="open-shifts-message">
          {message.text}
        </Alert>
      )}
      <AsyncContent state={open} loading="Henter ledige vakter">
        {(items) => (
          <ScrollArea label="Ledige vakter">
            <Table data-size="sm" zebra data-testid="open-shifts">
              <caption className="visually-hidden">Ledige vakter</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell>Dato</Table.HeaderCell>
                  <Table.HeaderCell>Vakt</Table.HeaderCell>
                  <Table.HeaderCell>Tid</Table.HeaderCell>
                  <Table.HeaderCell>Kan du ta den?</Table.HeaderCell>
                  <Table.HeaderCell>Handling</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {items.map(({ shift, eligible, reasons }) => (
                  <Table.Row key={shift.id} data-testid="open-shifts-row">
                    <Table.Cell>
                      {weekdayOf(shift.date)} {formatDate(shift.date)}
                    </Table.Cell>
                    <Table.Cell>{shift.templateName}</Table.Cell>
                    <Table.Cell>{formatShiftTime(shift.startsAt, shift.endsAt)}</Table.Cell>
                    <Table.Cell>
                      {eligible ? (
                        <Tag data-color="success" data-size="sm">
                          Ja
                        </Tag>
                      ) : (
                        <>
                          <Tag data-color="danger" data-size="sm">
                            Nei
                          </Tag>{' '}
                          {reasons.join(' ')}
                        </>
                      )}
                    </Table.Cell>
                    <Table.Cell>
                      {eligible && (
                        <Button data-size="sm" onClick={() => void take(shift.id)} disabled={busy !== null} loading={busy === shift.id} data-testid={`take-${shift.id}`}>
                          Ta vakten
                        </Button>
                      )}
                    </Table.Cell>
                  </Table.Row>
                ))}
                {items.length === 0 && (
                  <Table.Row>
                    <Table.Cell colSpan={5}>Ingen ledige vakter.</Table.Cell>
                  </Table.Row>
                )}
              </Table.Body>
            </Table>
          </ScrollArea>
        )}
      </AsyncContent>
    </PageSection>
  );
}
