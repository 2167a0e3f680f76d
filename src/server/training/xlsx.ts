import type { TrainingOverview } from '../../domain/training/index.ts';
import { columnsOf, rowsToXlsx } from '../registry/xlsx.ts';
import { formatDate } from '../../domain/format/index.ts';

const RAG_LABELS = { red: 'Rød', amber: 'Gul', green: 'Grønn' } as const;

/** The candidates' status as one sheet: colour and reason, supervision hours, completion, courses and goals. */
export function overviewXlsx(o: TrainingOverview): Promise<Buffer> {
  const columns = columnsOf([
    ['name', 'ALIS'],
    ['supervisor', 'Veileder'],
    ['fte', 'Stillingsandel'],
    ['status', 'Status'],
    ['reason', 'Begrunnelse'],
    ['logged', 'Veiledning i år (t)'],
    ['expected', 'Forventet hittil (t)'],
    ['required', 'Krav i året (t)'],
    ['planned', 'Planlagt ferdig'],
    ['projected', 'Beregnet ferdig'],
    ['goals', 'Godkjente læringsmål'],
    ['grant', 'ALIS-tilskudd i år (kr)'],
  ]);
  const rows = o.candidates.map((c) => ({
    name: c.name,
    supervisor: c.supervisorName,
    fte: c.fte,
    status: c.active ? RAG_LABELS[c.rag] : 'Ikke aktiv',
    reason: c.reason,
    logged: Math.round(c.supervision.loggedHours * 10) / 10,
    expected: Math.round(c.supervision.expectedToDateHours * 10) / 10,
    required: Math.round(c.supervision.requiredHours * 10) / 10,
    planned: c.completion.plannedDate,
    projected: c.completion.projectedDate,
    goals: `${c.goals.approved} av ${c.goals.total}`,
    grant: c.grant.totalOre / 100,
  }));
  return rowsToXlsx(`ALIS ${formatDate(o.date)}`, columns, rows);
}
