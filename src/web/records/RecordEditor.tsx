import { Alert, Button } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { ApiError, errorMessage } from '../api.ts';
import { useSession } from '../app/session.tsx';
import { AuditLog } from '../audit/AuditLog.tsx';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import type { StoredRow } from '../data/record-store.ts';
import { invalidate } from '../data/use-records.ts';
import { ConflictAlert } from '../forms/ConflictAlert.tsx';
import { fieldLabel, formatValue, isShown, toFormState, toInput } from '../forms/field-spec.ts';
import { FormField } from '../forms/FormField.tsx';
import { useRecordForm } from '../forms/use-record-form.ts';
import { formOf, type RecordDef } from './record-def.ts';

interface Props<R extends StoredRow> {
  def: RecordDef<R>;
  /** The record as the user saw it; null for a new one. */
  record: R | null;
  /** Overrides of def.defaults for a new record (e.g. the position a new assignment belongs to). */
  defaults?: Record<string, unknown>;
  onSaved?: (row: R, created: boolean) => void;
  onDeleted?: () => void;
  onCancel?: () => void;
  /** Level of this editor's own sub-headings (conflict, endringslogg). */
  headingLevel?: 2 | 3 | 4;
}

/**
 * The one editor of every record (registry tables, users): the contract's form with validate-as-you-type, the API's
 * field errors on their fields, the version-conflict choice, delete with confirmation (where the API deletes), and
 * the record's audit log. Read-only users see the values (and the log, unless they are a doctor).
 */
export function RecordEditor<R extends StoredRow>({ def, record, defaults, onSaved, onDeleted, onCancel, headingLevel = 3 }: Props<R>) {
  const { canWrite, canSeeAudit } = useSession();
  const formId = useId();
  const { store } = def;
  const [base, setBase] = useState<R | null>(record);
  const { schema, fields } = formOf(def, base);
  // The form starts from the record it was opened with; later changes go through form.reset().
  const [initial] = useState(() => toFormState(fields, record ?? { ...def.defaults, ...defaults }));
  const form = useRecordForm(schema, fields, initial);
  const [saving, setSaving] = useState(false);
  const [general, setGeneral] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [conflict, setConflict] = useState<(R & Record<string, unknown>) | null>(null);
  const [auditKey, setAuditKey] = useState(0);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const visible = fields.filter((f) => isShown(f, form.state));
  const auditFields = def.auditFields ? [...fields, ...def.auditFields] : fields;

  if (!canWrite) {
    return (
      <div className="record-view">
        {base && (
          <dl className="record-values" data-testid="record-values">
            {visible.map((f) => (
              <div key={f.name}>
                <dt>{fieldLabel(f)}</dt>
                <dd>{formatValue(f, (base as Record<string, unknown>)[f.name])}</dd>
              </div>
            ))}
          </dl>
        )}
        {base && canSeeAudit && <AuditLog entity={store.entity} entityId={base.id} fields={auditFields} headingLevel={headingLevel} />}
      </div>
    );
  }

  const save = async (version: number | undefined) => {
    const firstInvalid = form.submit();
    if (firstInvalid) {
      document.getElementById(`${formId}-${firstInvalid}`)?.focus();
      return;
    }
    // A rule over the whole record (or a field the form does not show) has no field to sit under.
    const elsewhere = Object.entries(form.clientErrors).filter(([name]) => !visible.some((f) => f.name === name));
    if (elsewhere.length > 0) {
      setGeneral(elsewhere.map(([, message]) => message).join(' '));
      return;
    }
    setSaving(true);
    setGeneral(null);
    setSaved(false);
    const input = toInput(fields, form.state);
    try {
      const row = base ? await store.update(base.id, version ?? base.version, input) : await store.create(input);
      invalidate(store.entity);
      setConflict(null);
      setBase(row);
      form.reset(toFormState(formOf(def, row).fields, row));
      setAuditKey((k) => k + 1);
      setSaved(true);
      onSaved?.(row, base === null);
    } catch (err) {
      if (err instanceof ApiError && err.code === 'version_conflict' && err.current && typeof err.current === 'object') {
        setConflict(err.current as R & Record<string, unknown>);
        invalidate(store.entity); // the rest of the page shows what is stored now
      } else if (err instanceof ApiError && err.fields.length > 0) {
        const unplaced = form.applyServerErrors(err.fields);
        setGeneral(unplaced.length > 0 ? unplaced.map((f) => f.message).join(' ') : 'Lagringen ble avvist. Se feltene som er merket.');
      } else {
        setGeneral(errorMessage(err));
      }
    } finally {
      setSaving(false);
    }
  };

  const useCurrent = () => {
    if (!conflict) return;
    setBase(conflict);
    form.reset(toFormState(fields, conflict));
    setConflict(null);
    setAuditKey((k) => k + 1);
    invalidate(store.entity);
  };

  const remove = async () => {
    if (!base || !store.remove) return;
    await store.remove(base.id, base.version);
    invalidate(store.entity);
    setConfirmDelete(false);
    onDeleted?.();
  };

  return (
    <div className="record-editor">
      <form
        noValidate
        aria-label={base ? `Rediger ${def.noun}` : def.newLabel}
        data-testid="record-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save(undefined);
        }}
      >
        <div className="form-grid">
          {visible.map((f) => (
            <FormField
              key={f.name}
              spec={f}
              id={`${formId}-${f.name}`}
              value={form.state[f.name] ?? ''}
              error={form.errorFor(f.name)}
              onChange={(v) => {
                setSaved(false);
                form.setField(f.name, v);
              }}
              disabled={saving}
            />
          ))}
        </div>
        {general && (
          <Alert data-color="danger" data-testid="form-error">
            {general}
          </Alert>
        )}
        {saved && !general && (
          <Alert data-color="success" role="status" data-testid="form-saved">
            Endringene er lagret.
          </Alert>
        )}
        {conflict && (
          <ConflictAlert
            fields={fields}
            mine={form.state}
            current={conflict}
            busy={saving}
            headingLevel={headingLevel}
            onUseCurrent={useCurrent}
            onOverwrite={() => void save(conflict.version)}
          />
        )}
        <div className="button-row">
          <Button type="submit" data-color="accent" disabled={saving || conflict !== null} loading={saving} data-testid="save-button">
            {saving ? 'Lagrer …' : 'Lagre'}
          </Button>
          {onCancel && (
            <Button type="button" variant="secondary" data-color="accent" onClick={onCancel} disabled={saving}>
              Avbryt
            </Button>
          )}
          {base && store.remove && (
            <Button
              type="button"
              variant="tertiary"
              data-color="danger"
              className="push-right"
              onClick={() => setConfirmDelete(true)}
              disabled={saving}
              data-testid="delete-button"
            >
              Slett
            </Button>
          )}
        </div>
      </form>
      {base && store.remove && (
        <ConfirmDialog
          open={confirmDelete}
          title={`Slett ${def.noun}?`}
          confirmLabel="Slett"
          onConfirm={remove}
          onClose={() => setConfirmDelete(false)}
          testId="delete-dialog"
        >
          Vil du slette {def.title(base)}? Dette kan ikke angres.
        </ConfirmDialog>
      )}
      {base && canSeeAudit && (
        <AuditLog entity={store.entity} entityId={base.id} fields={auditFields} refreshKey={auditKey} headingLevel={headingLevel} />
      )}
    </div>
  );
}
