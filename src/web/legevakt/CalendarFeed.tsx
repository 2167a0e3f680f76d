import { Alert, Button, Paragraph, Spinner, Textfield } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import type { TFeedResponse } from '../../contracts/roster/index.ts';
import { errorMessage } from '../api.ts';
import { PageSection } from '../components/PageSection.tsx';
import { useAsync } from '../data/use-async.ts';
import { formatDateTime } from '../format.ts';
import { createFeed, fetchFeed, revokeFeed } from './roster-api.ts';

/** The doctor's personal calendar feed: a secret address to subscribe to, made anew (the old one stops) or removed. */
export function CalendarFeed() {
  const urlId = useId();
  const loaded = useAsync(fetchFeed, []);
  const [feed, setFeed] = useState<TFeedResponse | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const current = feed ?? loaded.data;
  const url = current?.path ? window.location.origin + current.path : null;

  async function run(action: () => Promise<TFeedResponse>, done: string) {
    setBusy(true);
    setMessage(null);
    try {
      setFeed(await action());
      setMessage({ ok: true, text: done });
    } catch (err) {
      setMessage({ ok: false, text: errorMessage(err) });
    } finally {
      setBusy(false);
    }
  }

  async function copy() {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setMessage({ ok: true, text: 'Lenken er kopiert.' });
    } catch {
      setMessage({ ok: false, text: 'Kunne ikke kopiere. Merk lenken og kopier den selv.' });
    }
  }

  return (
    <PageSection id="sec-my-feed" title="Kalender">
      <Paragraph>
        Abonner på vaktene dine i kalenderen din (Outlook, Google, iPhone). Lenken er hemmelig: alle som har den, ser vaktene dine. Lager du en ny, slutter den gamle å virke.
      </Paragraph>
      {loaded.error ? (
        <Alert data-color="danger">{loaded.error.message}</Alert>
      ) : !current ? (
        <Spinner aria-label="Henter kalenderlenken" data-size="sm" />
      ) : (
        <>
          {url ? (
            <>
              <Textfield id={urlId} label="Din kalenderlenke" readOnly value={url} className="feed-url" data-testid="feed-url" onFocus={(e) => e.target.select()} />
              <Paragraph data-size="sm">Kopier lenken nå: den vises bare denne ene gangen.</Paragraph>
            </>
          ) : current.active ? (
            // Only a hash of the secret is stored: the link itself cannot be shown again, only replaced.
            <Paragraph data-testid="feed-active">
              Du har en kalenderlenke{current.createdAt ? `, laget ${formatDateTime(current.createdAt)}` : ''}. Den vises bare da den ble laget; trenger du den igjen,
              lag en ny (den gamle slutter da å virke).
            </Paragraph>
          ) : (
            <Paragraph data-testid="feed-none">Du har ingen kalenderlenke.</Paragraph>
          )}
          <div className="button-row">
            {url && (
              <Button variant="secondary" onClick={() => void copy()} data-testid="feed-copy">
                Kopier lenken
              </Button>
            )}
            <Button onClick={() => void run(createFeed, 'Ny kalenderlenke er laget. En eldre lenke virker ikke lenger.')} disabled={busy} data-testid="feed-create">
              {current.active ? 'Lag ny lenke' : 'Lag kalenderlenke'}
            </Button>
            {current.active && (
              <Button variant="secondary" data-color="danger" onClick={() => void run(revokeFeed, 'Kalenderlenken er slettet.')} disabled={busy} data-testid="feed-revoke">
                Slett lenken
              </Button>
            )}
          </div>
        </>
      )}
      {message && (
        <Alert data-color={message.ok ? 'success' : 'danger'} data-testid="feed-message">
          {message.text}
        </Alert>
      )}
    </PageSection>
  );
}
