import { Paragraph } from '@digdir/designsystemet-react';
import { useMemo, useState } from 'react';
import { ZGenerateRequest, type TGenerateRequest, type TJob } from '../../contracts/roster/index.ts';
import { AppLink } from '../app/AppLink.tsx';
import { rosterPath } from '../app/paths.ts';
import { ActionForm } from '../forms/ActionForm.tsx';
import type { FieldSpec } from '../forms/field-spec.ts';
import { todayIso } from '../format.ts';
import { JobProgress } from './JobProgress.tsx';
import { generateRoster, type TStartedJob } from './roster-api.ts';
import { addDays, mondayOf } from './roster-format.ts';

const FIELDS: FieldSpec[] = [
  { kind: 'text', name: 'name', label: 'Navn på vaktplanen' },
  { kind: 'date', name: 'start', description: 'Vaktplanen begynner denne dagen' },
  { kind: 'integer', name: 'days', suffix: 'dager', description: '182 dager er et halvår' },
  { kind: 'integer', name: 'seconds', suffix: 'sek', description: 'Lengre tid gir ofte en bedre fordeling (høyst 600)' },
];

/** The planner generates a roster for a period; the solver runs in the background and its progress shows here. */
export function GenerateRosterForm({ onChanged }: { onChanged: () => void }) {
  const initial = useMemo(() => ({ name: '', start: mondayOf(addDays(todayIso(), 7)), days: 182, seconds: 10 }), []);
  const [started, setStarted] = useState<TStartedJob | null>(null);
  const [finished, setFinished] = useState<TJob | null>(null);
  const running = started !== null && finished === null;
  return (
    <>
      <ActionForm
        title="Lag ny vaktplan"
        fields={FIELDS}
        schema={ZGenerateRequest}
        initial={initial}
        submitLabel="Lag vaktplan"
        testId="generate-form"
        disabled={running}
        onSubmit={async (input) => {
          const next = await generateRoster(input as TGenerateRequest);
          setFinished(null);
          setStarted(next);
          onChanged();
        }}
      />
      {started && (
        <section aria-label={`Beregning av ${started.roster.name}`} data-testid="generate-job">
          <JobProgress
            key={started.job.id}
            job={started.job}
            onFinished={(job) => {
              setFinished(job);
              onChanged();
            }}
          />
          {finished && finished.status !== 'failed' && (
            <Paragraph>
              <AppLink href={rosterPath(started.roster.id)} data-testid="generate-open-roster">
                Åpne {started.roster.name}
              </AppLink>
            </Paragraph>
          )}
        </section>
      )}
    </>
  );
}
