import { Button, Link, Paragraph } from '@digdir/designsystemet-react';
import { useMemo, useState } from 'react';
import { ZAbsenceRequest, ZRepairRequest, ZResolveRequest, type TAbsenceRequest, type TJob, type TRepairRequest, type TResolveRequest, type TRosterDetail } from '../../contracts/roster/index.ts';
import { navigate } from '../app/router.ts';
import { ROSTERS_PATH } from '../app/paths.ts';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { ActionForm } from '../forms/ActionForm.tsx';
import type { FieldSpec } from '../forms/field-spec.ts';
import { formatInt } from '../format.ts';
import { type TStartedJob, deleteRoster, publishRoster, repairRoster, reportAbsence, resolveRange, rosterPdfUrl, rosterXlsxUrl } from './roster-api.ts';
import { addDays } from './roster-format.ts';
import type { RosterState } from './use-roster.ts';

const SECONDS: FieldSpec = { kind: 'integer', name: 'seconds', suffix: 'sek' };
const RESOLVE_FIELDS: FieldSpec[] = [{ kind: 'date', name: 'from', label: 'Fra dato' }, { kind: 'date', name: 'to', label: 'Til dato' }, SECONDS];
const REPAIR_FIELDS: FieldSpec[] = [SECONDS];

/** Excel and PDF of the roster (plain links: the browser downloads them with the session cookie). */
export function RosterExports({ id }: { id: number }) {
  return (
    <Paragraph data-testid="roster-exports">
      <Link href={rosterXlsxUrl(id)} download>
        Excel
      </Link>{' '}
      ·{' '}
      <Link href={rosterPdfUrl(id, 'week')} download>
        PDF uke for uke
      </Link>{' '}
      ·{' '}
      <Link href={rosterPdfUrl(id, 'doctor')} download>
        PDF per lege
      </Link>
    </Paragraph>
  );
}

interface Props {
  detail: TRosterDetail;
  state: Pick<RosterState, 'replace' | 'guard'>;
  /** A job was started (re-solve, repair): the page follows it and fetches the roster when it ends. */
  onJob: (job: TJob) => void;
  busy: boolean;
}

/** The planner's actions on a roster: re-solve a period, fill open shifts, publish, report an absence, delete a draft. */
export function RosterActions({ detail, state, onJob, busy }: Props) {
  const { roster } = detail;
  const [confirm, setConfirm] = useState<'publish' | 'delete' | null>(null);
  // Every action confirms the version the planner sees, and none runs while a job works on the roster.
  const shared = useMemo(() => ({ fixed: { version: roster.version }, disabled: busy }), [roster.version, busy]);
  /** Starts a solver job and hands it to the page, which follows it. */
  const startJob = (run: (input: Record<string, unknown>) => Promise<TStartedJob>) => async (input: Record<string, unknown>) => onJob((await state.guard(() => run(input))).job);
  const resolveInitial = useMemo(() => ({ from: roster.start, to: addDays(roster.start, 6) > roster.end ? roster.end : addDays(roster.start, 6), seconds: 5 }), [roster.start, roster.end]);
  const repairInitial = useMemo(() => ({ seconds: 5 }), []);
  const absenceInitial = useMemo(() => ({ note: '' }), []);
  const absenceFields = useMemo<FieldSpec[]>(
    () => [
      { kind: 'select', name: 'doctorId', options: detail.doctors.map((d) => ({ value: String(d.id), label: d.name })), numeric: true },
      { kind: 'date', name: 'from', label: 'Fra dato' },
      { kind: 'date', name: 'to', label: 'Til dato' },
      { kind: 'text', name: 'note' },
    ],
    [detail.doctors],
  );
  const published = roster.status === 'published';

  return (
    <div className="roster-actions" data-testid="roster-actions">
      <div className="button-row">
        {!published && (
          <Button onClick={() => setConfirm('publish')} disabled={busy} data-testid="roster-publish">
            Publiser
          </Button>
        )}
        {!published && (
          <Button variant="secondary" data-color="danger" onClick={() => setConfirm('delete')} disabled={busy} data-testid="roster-delete">
            Slett utkastet
          </Button>
        )}
      </div>
      <div className="form-grid">
        <ActionForm
          title="Beregn en periode på nytt"
          fields={RESOLVE_FIELDS}
          schema={ZResolveRequest}
          initial={resolveInitial}
          {...shared}
          submitLabel="Beregn på nytt"
          testId="roster-resolve"
          onSubmit={startJob((input) => resolveRange(roster.id, input as TResolveRequest))}
        />
        {roster.openShifts > 0 && (
          <ActionForm
            title={`Fyll ledige vakter (${formatInt(roster.openShifts)})`}
            fields={REPAIR_FIELDS}
            schema={ZRepairRequest}
            initial={repairInitial}
            {...shared}
            submitLabel="Fyll ledige vakter"
            testId="roster-repair"
            onSubmit={startJob((input) => repairRoster(roster.id, input as TRepairRequest))}
          />
        )}
        {published && (
          <ActionForm
            title="Meld fravær"
            fields={absenceFields}
            schema={ZAbsenceRequest}
            initial={absenceInitial}
            {...shared}
            submitLabel="Meld fravær"
            testId="roster-absence"
            onSubmit={async (input) => {
              const next = await state.guard(() => reportAbsence(roster.id, input as TAbsenceRequest));
              state.replace(next);
              return `Fraværet er meldt. Vaktplanen har nå ${formatInt(next.roster.openShifts)} ledige vakter.`;
            }}
          />
        )}
      </div>
      <ConfirmDialog
        open={confirm === 'publish'}
        title={`Publisere ${roster.name}?`}
        confirmLabel="Publiser"
        testId="roster-publish-dialog"
        onClose={() => setConfirm(null)}
        onConfirm={async () => {
          state.replace(await state.guard(() => publishRoster(roster.id, roster.version)));
          setConfirm(null);
        }}
      >
        Legene ser vaktplanen og vaktene sine når den er publisert. Etterpå meldes fravær og bytter gjennom vaktplanen.
        {detail.evaluation.hard > 0 && ` Vaktplanen bryter harde regler ${formatInt(detail.evaluation.hard)} ganger.`}
      </ConfirmDialog>
      <ConfirmDialog
        open={confirm === 'delete'}
        title={`Slette ${roster.name}?`}
        confirmLabel="Slett"
        testId="roster-delete-dialog"
        onClose={() => setConfirm(null)}
        onConfirm={async () => {
          await state.guard(() => deleteRoster(roster.id, roster.version));
          navigate(ROSTERS_PATH);
        }}
      >
        Utkastet og alle vaktene i det slettes.
      </ConfirmDialog>
    </div>
  );
}
