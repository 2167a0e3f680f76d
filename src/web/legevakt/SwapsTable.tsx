import { Alert, Button, Table, Textfield } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { SWAP_STATUS_LABELS, type TSwap } from '../../contracts/roster/index.ts';
import { errorMessage } from '../api.ts';
import { ScrollArea } from '../components/ScrollArea.tsx';
import { formatDate } from '../format.ts';
import { decideSwap, type SwapAction } from './roster-api.ts';
import { formatShiftTime, weekdayOf } from './roster-format.ts';

const ACTION_LABELS: Record<SwapAction, string> = { accept: 'Ta vakten', approve: 'Godkjenn', refuse: 'Avslå', withdraw: 'Trekk tilbake' };

interface Props {
  swaps: readonly TSwap[];
  caption: string;
  testId: string;
  /** What the user may do with each swap. */
  actionsFor: (swap: TSwap) => SwapAction[];
  onChanged: () => void;
}

/** Shift swaps with their state, and the buttons the user may press; a refusal's Norwegian reason is shown above. */
export function SwapsTable({ swaps, caption, testId, actionsFor, onChanged }: Props) {
  const reasonId = useId();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const refusing = swaps.some((s) => actionsFor(s).includes('refuse'));

  async function decide(swap: TSwap, action: SwapAction) {
    setBusy(swap.id);
    setError(null);
    try {
      await decideSwap(swap.id, action, action === 'refuse' && reason.trim() ? { version: swap.version, reason: reason.trim() } : { version: swap.version });
      onChanged();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(null);
    }
  }

  return (
    <div data-testid={testId}>
      {error && (
        <Alert data-color="danger" data-testid={`${testId}-error`}>
          {error}
        </Alert>
      )}
      {refusing && <Textfield id={reasonId} label="Begrunnelse ved avslag" value={reason} onChange={(e) => setReason(e.target.value)} autoComplete="off" />}
      <ScrollArea label={caption}>
        <Table data-size="sm" zebra>
          <caption className="visually-hidden">{caption}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>Vakt</Table.HeaderCell>
              <Table.HeaderCell>Fra</Table.HeaderCell>
              <Table.HeaderCell>Tilbudt til</Table.HeaderCell>
              <Table.HeaderCell>Tatt av</Table.HeaderCell>
              <Table.HeaderCell>Status</Table.HeaderCell>
              <Table.HeaderCell>Merknad</Table.HeaderCell>
              <Table.HeaderCell>Handling</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {swaps.map((s) => (
              <Table.Row key={s.id} data-testid={`${testId}-row`}>
                <Table.Cell>
                  {s.shift.templateName} {weekdayOf(s.shift.date)} {formatDate(s.shift.date)}, {formatShiftTime(s.shift.start, s.shift.end)}
                </Table.Cell>
                <Table.Cell>{s.fromDoctorName}</Table.Cell>
                <Table.Cell>{s.toDoctorName ?? 'Alle'}</Table.Cell>
                <Table.Cell>{s.takerDoctorName ?? '–'}</Table.Cell>
                <Table.Cell>
                  {SWAP_STATUS_LABELS[s.status]}
                  {s.reason && `: ${s.reason}`}
                </Table.Cell>
                <Table.Cell>{s.note || '–'}</Table.Cell>
                <Table.Cell>
                  <div className="button-row">
                    {actionsFor(s).map((action) => (
                      <Button
                        key={action}
                        data-size="sm"
                        variant={action === 'accept' || action === 'approve' ? 'primary' : 'secondary'}
                        disabled={busy !== null}
                        loading={busy === s.id}
                        onClick={() => void decide(s, action)}
                        data-testid={`${testId}-${action}-${s.id}`}
                      >
                        {ACTION_LABELS[action]}
                      </Button>
                    ))}
                  </div>
                </Table.Cell>
              </Table.Row>
            ))}
            {swaps.length === 0 && (
              <Table.Row>
                <Table.Cell colSpan={7}>Ingen bytter.</Table.Cell>
              </Table.Row>
            )}
          </Table.Body>
        </Table>
      </ScrollArea>
    </div>
  );
}
