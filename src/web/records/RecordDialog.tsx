import { Dialog, Heading } from '@digdir/designsystemet-react';
import { useSession } from '../app/session.tsx';
import type { StoredRow } from '../data/record-store.ts';
import type { RecordDef } from './record-def.ts';
import { RecordEditor } from './RecordEditor.tsx';

interface Props<R extends StoredRow> {
  def: RecordDef<R>;
  /** The record to edit (or view); null for a new one. */
  record: R | null;
  defaults?: Record<string, unknown>;
  onClose: () => void;
  /** After a save or delete, with a message for the page's status line. */
  onDone: (message: string) => void;
}

/** A record's editor (or read-only view) in a modal dialog; mounted only while open, so each opening starts fresh. */
export function RecordDialog<R extends StoredRow>({ def, record, defaults, onClose, onDone }: Props<R>) {
  const { canWrite } = useSession();
  const name = record ? def.title(record) : '';
  const title = !record ? def.newLabel : canWrite ? `Rediger ${name}` : capitalise(name);
  return (
    <Dialog open onClose={onClose} closeButton="Lukk" className="record-dialog" aria-labelledby="record-dialog-title" data-testid="record-dialog">
      <Dialog.Block>
        <Heading level={2} data-size="sm" id="record-dialog-title">
          {title}
        </Heading>
      </Dialog.Block>
      <Dialog.Block>
        <RecordEditor
          def={def}
          record={record}
          defaults={defaults}
          headingLevel={3}
          onCancel={onClose}
          onSaved={(row, created) => onDone(`${capitalise(def.title(row))} er ${created ? 'opprettet' : 'lagret'}.`)}
          onDeleted={() => onDone(`${capitalise(name)} er slettet.`)}
        />
      </Dialog.Block>
    </Dialog>
  );
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
