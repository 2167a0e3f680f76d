import { useMemo } from 'react';
import { ZSessionInput } from '../../contracts/training/index.ts';
import { invalidate } from '../data/use-records.ts';
import { ActionForm } from '../forms/ActionForm.tsx';
import { todayIso } from '../format.ts';
import { logSession } from './training-api.ts';
import { sessionDef } from './training-defs.ts';

/** The doctor logs a supervision session on their own agreement (date, minutes, topic — no patient data). */
export function SessionLogForm({ agreementId, onLogged }: { agreementId: number; onLogged: () => void }) {
  const fields = useMemo(() => sessionDef([]).fields.map((f) => (f.name === 'agreementId' ? { ...f, hidden: true } : f)), []);
  const initial = useMemo(() => ({ agreementId, sessionDate: todayIso(), minutes: 60, sessionKind: 'individual', topic: '' }), [agreementId]);
  return (
    <ActionForm
      title="Før veiledning"
      headingLevel={4}
      fields={fields}
      schema={ZSessionInput}
      initial={initial}
      submitLabel="Før veiledning"
      testId="session-log-form"
      resetOnSuccess
      onSubmit={async (input) => {
        await logSession(input as Parameters<typeof logSession>[0]);
        invalidate('supervision-sessions');
        onLogged();
        return 'Veiledningen er ført. Veilederen bekrefter den.';
      }}
    />
  );
}
