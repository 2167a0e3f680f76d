import type { CapacityFigures } from '../capacity/index.ts';
import { GOAL_INDICATORS, type GoalIndicator, type GoalProgress, type IndicatorValues } from './goals.ts';
import { formatDate, formatDayMonth, formatDecimal, formatDecimal2, formatInt, formatMonthLong, formatPercent } from '../format/index.ts';
import { formatKr, formatMill, MILL_STEP } from './money-format.ts';
import { roundedForDisplay } from './money.ts';
import type { PackageCost } from './package-cost.ts';

/** A renderer-neutral plan document: chapters of headings, paragraphs and tables (rendered to .docx and PDF). */
export type PlanBlock = { kind: 'p'; text: string } | { kind: 'h2'; text: string } | { kind: 'table'; header: string[]; rows: string[][]; note?: string };
export interface PlanDocument {
  title: string;
  subtitle: string;
  chapters: { id: string; heading: string; blocks: PlanBlock[] }[];
}

export interface PlanGoal {
  number: number;
  goal: string;
  measure: string;
  due: string;
  costOre: number | null;
  costNote: string;
  status: string;
  indicator: GoalIndicator | null;
  progress: GoalProgress;
}

/** Today's figures for each chapter, from the same functions as the screens; null = no data for it. */
export interface PlanInputs {
  kommune: string;
  date: string;
  chapters: readonly { id: string; heading: string }[];
  capacity: CapacityFigures | null;
  trend: readonly CapacityFigures[];
  nursingHomes: { institutions: { name: string; places: number; requiredFte: number; fteInPost: number; gapFte: number }[]; requiredFte: number; fteInPost: number; gapFte: number } | null;
  indicators: IndicatorValues;
  /** The training area's ALIS count and grant totals by year (its own function, trainingOverview); null without it. */
  training: { activeAlis: number; grants: readonly { year: number; totalOre: number; stateOre: number; municipalOre: number }[] } | null;
  subsidy: { total: number; months: number; ratesUsed: readonly { name: string; validFrom: string }[] };
  packages: readonly PackageCost[];
  doingNothing: { label: string; fullYear: number };
  goals: readonly PlanGoal[];
  statusLabels: Record<string, string>;
}


/** An indicator value as text in its unit. */
export function formatIndicator(indicator: GoalIndicator, value: number | null): string {
  if (value === null) return '–';
  switch (GOAL_INDICATORS[indicator].unit) {
    case 'share':
      return formatPercent(value);
    case 'fte':
      return `${formatDecimal2(value)} årsverk`;
    case 'count':
      return formatInt(value);
    case 'number':
      return formatDecimal(value);
  }
}

function packageBlocks(p: PackageCost): PlanBlock[] {
  const years = p.years.slice(0, 2);
  const rows = p.lines.map((l) => [l.name, ...years.map((_, i) => formatMill(l.byYear[i]!.amount)), formatMill(l.fullYear)]);
  const full = roundedForDisplay(p.lines.map((l) => l.fullYear), p.totalFullYear, MILL_STEP);
  rows.push(['Totalt', ...years.map((_, i) => formatMill(p.totalByYear[i]!.amount)), formatMill(p.totalFullYear)]);
  const blocks: PlanBlock[] = [
    { kind: 'h2', text: `${p.name} (fra ${formatDate(p.startDate)})` },
    {
      kind: 'table',
      header: ['Tiltak', ...years.map(String), 'Helårseffekt'],
      rows,
      note: full.consistent ? 'Beløpene er avrundet hver for seg; totalen er summen av de uavrundede beløpene.' : 'Avrundede linjer summerer ikke nøyaktig til totalen, som er summen av de uavrundede beløpene.',
    },
  ];
  const outside = p.outside.filter((l) => l.status === 'rejected' || l.status === 'later');
  if (outside.length > 0) {
    blocks.push({ kind: 'p', text: 'Tiltak som er vurdert, men ikke anbefalt nå:' });
    blocks.push({ kind: 'table', header: ['Tiltak', 'Helårseffekt', 'Begrunnelse'], rows: outside.map((l) => [l.name, formatMill(l.fullYear), l.reason]) });
  }
  return blocks;
}

function chapterBlocks(id: string, x: PlanInputs): PlanBlock[] {
  const c = x.capacity;
  switch (id) {
    case 'key_figures':
      return c === null
        ? [{ kind: 'p', text: 'Ingen listetall registrert.' }]
        : [
            {
              kind: 'table',
              header: ['Nøkkeltall', 'Verdi'],
              rows: [
                ['Fastlegehjemler', formatInt(c.positions)],
                ['Innbyggere på lister', formatInt(c.patients)],
                ['Gjennomsnittlig listelengde', c.averageList === null ? '–' : formatInt(c.averageList)],
                ['Åpne listeplasser', `${formatInt(c.openPlaces)} (${c.openShare === null ? '–' : formatPercent(c.openShare)})`],
                ['På venteliste', formatInt(c.waitingList)],
                ['Lister uten fast lege', formatInt(c.withoutGp)],
              ],
              note: `Listetall per ${formatDayMonth(c.month)}.`,
            },
          ];
    case 'capacity':
      return [
        { kind: 'p', text: 'Ledig listekapasitet måned for måned (åpne plasser = Σ maks(0, listetak − listelengde)).' },
        { kind: 'table', header: ['Måned', 'Hjemler', 'Åpne plasser', 'Andel', 'Venteliste'], rows: x.trend.map((t) => [formatMonthLong(t.month), formatInt(t.positions), formatInt(t.openPlaces), t.openShare === null ? '–' : formatPercent(t.openShare), formatInt(t.waitingList)]) },
      ];
    case 'institutions': {
      const n = x.nursingHomes;
      if (n === null) return [{ kind: 'p', text: 'Ingen institusjoner registrert.' }];
      return [
        {
          kind: 'table',
          header: ['Institusjon', 'Plasser', 'Nødvendige årsverk', 'I stilling', 'Gap'],
          rows: [...n.institutions.map((i) => [i.name, formatInt(i.places), formatDecimal2(i.requiredFte), formatDecimal2(i.fteInPost), formatDecimal2(i.gapFte)]), ['Totalt', '', formatDecimal2(n.requiredFte), formatDecimal2(n.fteInPost), formatDecimal2(n.gapFte)]],
        },
      ];
    }
    case 'legevakt':
      return [{ kind: 'p', text: `Legevaktvakter per fastlege per år: ${formatIndicator('legevakt_shifts_per_gp', x.indicators.legevakt_shifts_per_gp)}${x.indicators.legevakt_shifts_per_gp === null ? ' (vaktplanen er ikke tatt i bruk i Legeplan ennå).' : '.'}` }];
    case 'training':
      return [
        { kind: 'p', text: `Leger i spesialisering i allmennmedisin (ALIS) i hjemmel: ${formatIndicator('alis_count', x.indicators.alis_count)}.` },
        ...(x.training === null || x.training.grants.length === 0
          ? []
          : [
              { kind: 'p', text: `ALIS-avtaler i utdanningsløp: ${formatInt(x.training.activeAlis)}. Tilskudd per år:` } as PlanBlock,
              {
                kind: 'table',
                header: ['År', 'ALIS-tilskudd', 'Staten', 'Kommunen'],
                rows: x.training.grants.map((g) => [String(g.year), formatKr(g.totalOre), formatKr(g.stateOre), formatKr(g.municipalOre)]),
              } as PlanBlock,
            ]),
      ];
    case 'economics':
      return [
        { kind: 'p', text: `Basistilskudd de siste ${x.subsidy.months} månedene: ${formatMill(x.subsidy.total)} (satser: ${x.subsidy.ratesUsed.map((r) => `${r.name} fra ${formatDate(r.validFrom)}`).join('; ') || 'ingen'}).` },
        ...x.packages.flatMap(packageBlocks),
        { kind: 'p', text: `Til sammenligning: ${x.doingNothing.label}: ${formatMill(x.doingNothing.fullYear)} per år.` },
      ];
    case 'goals':
      return [
        {
          kind: 'table',
          header: ['Nr.', 'Mål', 'Tiltak', 'Når', 'Kostnad', 'Status', 'Indikator i dag'],
          rows: x.goals.map((g) => [
            String(g.number),
            g.goal,
            g.measure,
            g.due,
            g.costOre === null ? g.costNote : formatKr(g.costOre),
            x.statusLabels[g.status] ?? g.status,
            g.indicator === null ? '' : `${formatIndicator(g.indicator, g.progress.value)}${g.progress.met === null ? '' : g.progress.met ? ' (nådd)' : ` (mål ${formatIndicator(g.indicator, g.progress.target)})`}`,
          ]),
        },
      ];
    default:
      return [];
  }
}

/** The plan for the chosen chapters, in order, with today's figures. */
export function planDocument(x: PlanInputs): PlanDocument {
  return {
    title: `Plan for legetjenester – ${x.kommune}`,
    subtitle: `Laget med Legeplan ${formatDate(x.date)}. Tallene er de samme som i skjermbildene.`,
    chapters: x.chapters.map((ch) => ({ id: ch.id, heading: ch.heading, blocks: chapterBlocks(ch.id, x) })),
  };
}
