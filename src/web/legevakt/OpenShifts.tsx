import { Alert, Button, Tag } from '@digdir/designsystemet-react';
import type { TOpenShift } from '../../contracts/roster/index.ts';
import { useState } from 'react';
import { errorMessage } from '../api.ts';
import { AsyncContent } from '../components/AsyncContent.tsx';
import { PageSection } from '../components/PageSection.tsx';
import { DataTable, type Column } from '../components/DataTable.tsx';
import { useAsync } from '../data/use-async.ts';
import { formatDate } from '../format.ts';
import { fetchOpenShifts, takeOpenShift } from './roster-api.ts';
import { shiftColumns } from './shift-columns.tsx';

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

  const columns: Column<TOpenShift>[] = [
    ...shiftColumns<TOpenShift>((o) => o.shift),
    {
      id: 'eligible',
      header: 'Kan du ta den?',
      text: (o) => (o.eligible ? 'Ja' : `Nei. ${o.reasons.join(' ')}`),
      render: (o) =>
        o.eligible ? (
          <Tag data-color="success" data-size="sm">
            Ja
          </Tag>
        ) : (
          <>
            <Tag data-color="danger" data-size="sm">
              Nei
            </Tag>{' '}
            {o.reasons.join(' ')}
          </>
        ),
    },
    {
      id: 'take',
      header: 'Handling',
      text: () => '',
      unsortable: true,
      render: (o) =>
        o.eligible && (
          <Button data-size="sm" onClick={() => void take(o.shift.id)} disabled={busy !== null} loading={busy === o.shift.id} data-testid={`take-${o.shift.id}`}>
            Ta vakten
          </Button>
        ),
    },
  ];
  return (
    <PageSection id="sec-open-shifts" title="Ledige vakter">
      {message && (
        <Alert data-color={message.ok ? 'success' : 'danger'} data-testid="open-shifts-message">
          {message.text}
        </Alert>
      )}
      <AsyncContent state={open} loading="Henter ledige vakter">
        {(items) => <DataTable caption="Ledige vakter" rows={items} columns={columns} rowKey={(o) => o.shift.id} testId="open-shifts" emptyText="Ingen ledige vakter." />}
      </AsyncContent>
    </PageSection>
  );
}
