import { Alert, Button, Dialog, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState, type ReactNode } from 'react';
import { errorMessage } from '../api.ts';

interface Props {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** Does the work; a thrown ApiError's Norwegian message is shown in the dialog (e.g. `in_use`). */
  onConfirm: () => Promise<void>;
  onClose: () => void;
  testId?: string;
}

/** A modal question with a dangerous action (delete), showing the API's refusal if it comes. */
export function ConfirmDialog({ open, title, children, confirmLabel, onConfirm, onClose, testId = 'confirm-dialog' }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const close = () => {
    setError(null);
    onClose();
  };
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open={open} onClose={close} closeButton="Lukk" data-testid={testId} aria-labelledby={`${testId}-title`}>
      <Dialog.Block>
        <Heading level={2} data-size="sm" id={`${testId}-title`}>
          {title}
        </Heading>
      </Dialog.Block>
      <Dialog.Block>
        <Paragraph>{children}</Paragraph>
        {error && (
          <Alert data-color="danger" data-testid={`${testId}-error`}>
            {error}
          </Alert>
        )}
        <div className="button-row">
          <Button data-color="danger" onClick={() => void confirm()} disabled={busy} loading={busy} data-testid={`${testId}-confirm`}>
            {confirmLabel}
          </Button>
          <Button variant="secondary" onClick={close} disabled={busy}>
            Avbryt
          </Button>
        </div>
      </Dialog.Block>
    </Dialog>
  );
}
