import { Details, Tag } from '@digdir/designsystemet-react';
import { useMemo } from 'react';
import type { TRosterDetail, TRuleScore, TViolation } from '../../contracts/roster/index.ts';
import { PENALTY_UNIT_LABEL } from '../../domain/roster/index.ts';
import { DataTable, valueFilter, type Column, type TableFilter } from '../components/DataTable.tsx';
import { PageSection } from '../components/PageSection.tsx';
import { formatDate, formatInt } from '../format.ts';

const LEVEL_LABELS: Record<TViolation['level'], string> = { hard: 'Hard', soft: 'Myk' };
const LEVEL_OPTIONS = [
  { value: 'hard', label: 'Harde regler' },
  { value: 'soft', label: 'Myke regler' },
];

function LevelTag({ level }: { level: TViolation['level'] }) {
  return (
    <Tag data-color={level === 'hard' ? 'danger' : 'info'} data-size="sm">
      {LEVEL_LABELS[level]}
    </Tag>
  );
}

const RULE_COLUMNS: Column<TRuleScore>[] = [
  { id: 'title', header: 'Regel', text: (r) => r.title },
  { id: 'level', header: 'Type', text: (r) => LEVEL_LABELS[r.level], render: (r) => <LevelTag level={r.level} /> },
  { id: 'violations', header: 'Brudd', text: (r) => formatInt(r.violations), sortValue: (r) => r.violations, numeric: true },
  { id: 'penalty', header: 'Straffepoeng', text: (r) => formatInt(r.penalty), sortValue: (r) => r.penalty, numeric: true },
  { id: 'unit', header: 'Målt i', text: (r) => PENALTY_UNIT_LABEL[r.unit] },
];

/** Every rule of the roster with its penalty and number of violations, and each violation with its Norwegian message. */
export function RosterEvaluation({ detail }: { detail: TRosterDetail }) {
  const names = useMemo(() => new Map(detail.doctors.map((d) => [d.id, d.name])), [detail.doctors]);
  // The rules that cost something first; the (many) rules the roster keeps are folded away.
  const [costing, free] = useMemo(() => {
    const breaks = (r: TRuleScore) => r.penalty > 0 || r.violations > 0;
    return [detail.evaluation.rules.filter(breaks), detail.evaluation.rules.filter((r) => !breaks(r))];
  }, [detail.evaluation.rules]);
  const violationColumns = useMemo<Column<TViolation>[]>(
    () => [
      { id: 'level', header: 'Type', text: (v) => LEVEL_LABELS[v.level], render: (v) => <LevelTag level={v.level} /> },
      { id: 'title', header: 'Regel', text: (v) => v.title },
      { id: 'message', header: 'Hva', text: (v) => v.message },
      { id: 'doctors', header: 'Leger', text: (v) => v.doctorIds.map((id) => names.get(id) ?? `Lege ${id}`).join(', ') },
      { id: 'dates', header: 'Datoer', text: (v) => v.dates.map(formatDate).join(', '), sortValue: (v) => v.dates[0] ?? null },
      { id: 'penalty', header: 'Straffepoeng', text: (v) => formatInt(v.penalty), sortValue: (v) => v.penalty, numeric: true },
    ],
    [names],
  );
  const filters = useMemo<TableFilter<TViolation>[]>(
    () => [
      valueFilter({ id: 'level', label: 'Type regel', options: LEVEL_OPTIONS, value: (v: TViolation) => v.level }),
      {
        id: 'doctor',
        label: 'Lege',
        allLabel: 'Alle leger',
        options: detail.doctors.map((d) => ({ value: String(d.id), label: d.name })),
        test: (v, value) => v.doctorIds.includes(Number(value)),
      },
    ],
    [detail.doctors],
  );
  return (
    <>
      <PageSection id="sec-roster-rules" title="Reglene">
        <DataTable
          caption="Regler som koster straffepoeng"
          rows={costing}
          columns={RULE_COLUMNS}
          rowKey={(r) => r.rule}
          initialSort={{ column: 'penalty', direction: 'descending' }}
          testId="roster-rules"
          emptyText="Ingen regel koster straffepoeng: vaktplanen oppfyller alle reglene."
        />
        {free.length > 0 && (
          <Details data-testid="roster-rules-free">
            <Details.Summary>{`${formatInt(free.length)} ${free.length === 1 ? 'regel' : 'regler'} uten brudd`}</Details.Summary>
            <Details.Content>
              <DataTable caption="Regler uten brudd" rows={free} columns={RULE_COLUMNS} rowKey={(r) => r.rule} testId="roster-rules-free-table" />
            </Details.Content>
          </Details>
        )}
      </PageSection>
      <PageSection id="sec-roster-violations" title="Brudd på reglene">
        <DataTable
          caption="Brudd på reglene"
          rows={detail.evaluation.violations}
          columns={violationColumns}
          rowKey={(v) => `${v.rule}|${v.dates.join(',')}|${v.doctorIds.join(',')}|${v.templateIds.join(',')}|${v.message}`}
          filters={filters}
          initialSort={{ column: 'level', direction: 'ascending' }}
          testId="roster-violations"
          emptyText="Ingen brudd."
        />
      </PageSection>
    </>
  );
}
