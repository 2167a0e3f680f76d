import { Alert, Checkbox, Fieldset, Heading, Link, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useMemo, useState } from 'react';
import { PLAN_CHAPTERS, PLAN_CHAPTER_LABELS, type PlanChapter, type TPlanGoal } from '../../contracts/economics/index.ts';
import { formatIndicator, formatKr } from '../../domain/economics/index.ts';
import { usePageTitle } from '../app/use-page-title.ts';
import type { Column } from '../components/DataTable.tsx';
import { PageSection } from '../components/PageSection.tsx';
import { useAsync } from '../data/use-async.ts';
import { fieldColumns } from '../records/field-columns.ts';
import { RecordSection } from '../records/RecordSection.tsx';
import { fetchGoals, planUrl } from './economics-api.ts';
import { goalDef } from './economics-defs.ts';

/** Mål og tiltak: the plan's goals with their measures and status, progress from live indicators, and the plan document. */
export function GoalsPage() {
  usePageTitle('Mål og tiltak');
  const goals = useAsync(fetchGoals, []);
  const [chapters, setChapters] = useState<PlanChapter[]>([...PLAN_CHAPTERS]);
  const progress = useMemo(() => new Map((goals.data?.goals ?? []).map((g) => [g.id, g])), [goals.data]);

  const columns = useMemo<Column<TPlanGoal>[]>(
    () => [
      ...fieldColumns<TPlanGoal>(goalDef.fields, ['number', 'goal', 'measure', 'due']),
      { id: 'cost', header: 'Kostnad', text: (g) => (g.costOre === null ? g.costNote : formatKr(g.costOre)) },
      ...fieldColumns<TPlanGoal>(goalDef.fields, ['status']),
      {
        id: 'progress',
        header: 'Indikator i dag',
        text: (g) => {
          const p = progress.get(g.id)?.progress;
          if (!g.indicator || !p) return '';
          const value = formatIndicator(g.indicator, p.value);
          return p.met === null ? `${value} (${p.missing ?? ''})` : `${value} – ${p.met ? 'nådd' : `mål ${formatIndicator(g.indicator, p.target)}`}`;
        },
        render: (g) => {
          const p = progress.get(g.id)?.progress;
          if (!g.indicator || !p) return null;
          return (
            <>
              {formatIndicator(g.indicator, p.value)}{' '}
              {p.met !== null && (
                <Tag data-size="sm" data-color={p.met ? 'success' : 'warning'}>
                  {p.met ? 'Nådd' : `Mål ${formatIndicator(g.indicator, p.target)}`}
                </Tag>
              )}
              {p.met === null && <span className="muted"> ({p.missing})</span>}
            </>
          );
        },
      },
    ],
    [progress],
  );

  const toggle = (c: PlanChapter, on: boolean) => setChapters((cs) => PLAN_CHAPTERS.filter((x) => (x === c ? on : cs.includes(x))));

  return (
    <>
      <Heading level={1} data-size="lg">
        Mål og tiltak
      </Heading>
      <Paragraph className="page-intro">
        Planens styringsmål med strategi og tiltak, når, kostnad og status. Et mål som er koblet til en indikator, får fremdriften regnet ut fra
        tallene i de andre delene av Legeplan – den skrives ikke inn.
      </Paragraph>
      {goals.error && <Alert data-color="danger">{goals.error.message}</Alert>}
      <RecordSection id="sec-goals" title="Styringsmål" def={goalDef} columns={columns} pageSize={50} initialSort={{ column: 'number', direction: 'ascending' }} />
      <PageSection id="sec-plan" title="Plan for legetjenester">
        <Paragraph>Lag planen som Word-dokument (kan redigeres) eller PDF, med dagens tall fra de samme beregningene som skjermbildene.</Paragraph>
        <Fieldset>
          <Fieldset.Legend>Kapitler</Fieldset.Legend>
          {PLAN_CHAPTERS.map((c) => (
            <Checkbox key={c} label={PLAN_CHAPTER_LABELS[c]} value={c} checked={chapters.includes(c)} onChange={(e) => toggle(c, e.target.checked)} data-testid={`chapter-${c}`} />
          ))}
        </Fieldset>
        <Paragraph>
          <Link href={planUrl('docx', chapters)} data-testid="plan-docx" download>
            Last ned planen (.docx)
          </Link>{' '}
          ·{' '}
          <Link href={planUrl('pdf', chapters)} data-testid="plan-pdf" download>
            Last ned planen (PDF)
          </Link>
        </Paragraph>
      </PageSection>
    </>
  );
}
