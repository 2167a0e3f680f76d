import { Alert, Button, Dialog, Field, Heading, Label, List, Paragraph, Select, Spinner } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import type { TCheckResponse, TEditRequest, TRosterDetail, TRosterShift, TViolation } from '../../contracts/roster/index.ts';
import { errorMessage } from '../api.ts';
import { formatDate, formatInt } from '../format.ts';
import { useAsync } from '../data/use-async.ts';
import { DoctorOptions } from './DoctorOptions.tsx';
import { checkEdit, fetchCandidates, saveEdit } from './roster-api.ts';
import { weekdayOf } from './roster-format.ts';
import type { RosterState } from './use-roster.ts';

interface Props {
  detail: TRosterDetail;
  shift: TRosterShift;
  guard: RosterState['guard'];
  onSaved: (detail: TRosterDetail) => void;
  onClose: () => void;
}

const NONE = '';

function ViolationList({ items, testId }: { items: readonly TViolation[]; testId: string }) {
  return (
    <List.Unordered data-testid={testId}>
      {items.map((v, i) => (
        <List.Item key={`${v.rule}-${i}`}>
          <strong>{v.title}</strong> ({v.level === 'hard' ? 'hard regel' : 'myk regel'}): {v.message}
        </List.Item>
      ))}
    </List.Unordered>
  );
}

/** Who holds one shift: pick a doctor (or none), see at once what the change would break and mend, then save. */
export function ShiftEditor({ detail, shift, guard, onSaved, onClose }: Props) {
  const template = detail.templates.find((t) => t.id === shift.templateId);
  const [choice, setChoice] = useState(shift.doctorId === null ? NONE : String(shift.doctorId));
  const [check, setCheck] = useState<TCheckResponse | null>(null);
  const [checking, setChecking] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const candidates = useAsync(
    () => fetchCandidates(detail.roster.id, { date: shift.date, templateId: shift.templateId, fromDoctorId: shift.doctorId }),
    [detail.roster.id, detail.roster.version, shift.id],
  );
  const toDoctorId = choice === NONE ? null : Number(choice);
  const unchanged = toDoctorId === shift.doctorId;
  const request: TEditRequest = { version: detail.roster.version, changes: [{ date: shift.date, templateId: shift.templateId, fromDoctorId: shift.doctorId, toDoctorId }] };

  // The live check: every time the planner picks another doctor (the latest answer wins).
  useEffect(() => {
    setCheck(null);
    setError(null);
    if (unchanged) return;
    let stale = false;
    setChecking(true);
    guard(() => checkEdit(detail.roster.id, request)).then(
      (answer) => {
        if (stale) return;
        setCheck(answer);
        setChecking(false);
      },
      (err: unknown) => {
        if (stale) return;
        setError(errorMessage(err));
        setChecking(false);
      },
    );
    return () => {
      stale = true;
    };
    // The request is built from these values.
  }, [choice, detail.roster.id, detail.roster.version]);

  async function save() {
    setSaving(true);
    setError(null);
    try {
      onSaved(await guard(() => saveEdit(detail.roster.id, request)));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setSaving(false);
    }
  }

  const title = `${template?.name ?? 'Vakt'} ${weekdayOf(shift.date)} ${formatDate(shift.date)}`;
  return (
    <Dialog open onClose={onClose} closeButton="Lukk" aria-labelledby="shift-editor-title" data-testid="shift-editor" className="record-dialog">
      <Dialog.Block>
        <Heading level={2} data-size="sm" id="shift-editor-title">
          {title}
        </Heading>
      </Dialog.Block>
      <Dialog.Block>
        <Field>
          <Label>Lege</Label>
          <Select value={choice} onChange={(e) => setChoice(e.target.value)} data-testid="shift-editor-doctor">
            <Select.Option value={NONE}>Ingen (ledig vakt)</Select.Option>
            <DoctorOptions doctors={detail.doctors} candidates={candidates.data} />
          </Select>
        </Field>
        <div aria-live="polite" data-testid="shift-editor-check">
          {checking && <Spinner aria-label="Sjekker reglene" data-size="sm" />}
          {check && (
            <>
              <Alert data-color={check.allowed ? (check.introduced.length > 0 ? 'warning' : 'success') : 'danger'} data-testid="shift-editor-verdict">
                {check.allowed ? 'Endringen kan lagres.' : 'Endringen bryter harde regler og kan ikke lagres.'} Brudd på harde regler: {formatInt(check.hardBefore)} →{' '}
                {formatInt(check.hardAfter)}. Myke straffepoeng: {formatInt(check.softBefore)} → {formatInt(check.softAfter)}.
              </Alert>
              {check.introduced.length > 0 && (
                <>
                  <Paragraph>Dette ville endringen bryte:</Paragraph>
                  <ViolationList items={check.introduced} testId="shift-editor-introduced" />
                </>
              )}
              {check.resolved.length > 0 && (
                <>
                  <Paragraph>Dette ville endringen rette:</Paragraph>
                  <ViolationList items={check.resolved} testId="shift-editor-resolved" />
                </>
              )}
            </>
          )}
        </div>
        {error && (
          <Alert data-color="danger" data-testid="shift-editor-error">
            {error}
          </Alert>
        )}
        <div className="button-row">
          <Button onClick={() => void save()} disabled={unchanged || checking || saving || check?.allowed === false} loading={saving} data-testid="shift-editor-save">
            Lagre
          </Button>
          <Button variant="secondary" onClick={onClose} disabled={saving}>
            Avbryt
          </Button>
        </div>
      </Dialog.Block>
    </Dialog>
  );
}
