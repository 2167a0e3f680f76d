import { Alert, Button, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { TAccountSession } from '../../contracts/auth/account.ts';
import { errorMessage } from '../api.ts';
import { AsyncContent } from '../components/AsyncContent.tsx';
import { DataTable, type Column } from '../components/DataTable.tsx';
import { PageSection } from '../components/PageSection.tsx';
import { useAsync } from '../data/use-async.ts';
import { formatDateTime } from '../format.ts';
import { accountApi } from './account-api.ts';

/** Innlogginger: where the user is signed in, with "log out" per device and "log out everywhere else". */
export function SessionsSection() {
  const sessions = useAsync(() => accountApi.sessions().then((r) => r.items), []);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const act = async (what: () => Promise<string>) => {
    setError(null);
    try {
      setStatus(await what());
      sessions.reload();
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  const columns: Column<TAccountSession>[] = [
    { id: 'device', header: 'Enhet', text: (s) => (s.current ? `${s.device} (denne)` : s.device) },
    { id: 'created', header: 'Logget inn', text: (s) => formatDateTime(s.createdAt), sortValue: (s) => s.createdAt },
    { id: 'lastSeen', header: 'Sist brukt', text: (s) => formatDateTime(s.lastSeenAt), sortValue: (s) => s.lastSeenAt },
    {
      id: 'end',
      header: 'Handling',
      unsortable: true,
      text: () => '',
      render: (s) =>
        s.current ? (
          <Paragraph data-size="sm">Denne økten</Paragraph>
        ) : (
          <Button variant="secondary" data-size="sm" onClick={() => void act(async () => (await accountApi.endSession(s.id), `Logget ut av ${s.device}.`))}>
            Logg ut <span className="visually-hidden">{s.device}</span>
          </Button>
        ),
    },
  ];

  return (
    <PageSection id="sessions" title="Innlogginger">
      <Paragraph data-size="sm">Du logges ut automatisk etter en stund uten bruk, og senest 12 timer etter at du logget inn.</Paragraph>
      <AsyncContent state={sessions} loading="Henter innlogginger">
        {(rows) => <DataTable caption="Der du er logget inn" rows={rows} columns={columns} rowKey={(s) => s.id} testId="sessions-table" />}
      </AsyncContent>
      <Button
        variant="secondary"
        onClick={() => void act(async () => { const n = (await accountApi.endOthers()).ended; return `Logget ut alle andre steder (${n} ${n === 1 ? "økt" : "økter"}).`; })}
        data-testid="sessions-end-others"
      >
        Logg ut alle andre steder
      </Button>
      {status && (
        <Alert data-color="success" data-testid="sessions-status">
          {status}
        </Alert>
      )}
      {error && <Alert data-color="danger">{error}</Alert>}
    </PageSection>
  );
}
