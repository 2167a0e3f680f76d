import { Paragraph } from '@digdir/designsystemet-react';
import { useMemo } from 'react';
import type { TRateTableResponse, TSubsidyResponse } from '../../contracts/economics/index.ts';
import { formatKr, formatMill, type RateModel } from '../../domain/economics/index.ts';
import { DataTable, type Column } from '../components/DataTable.tsx';
import { formatDate, formatInt, formatMonth } from '../format.ts';
import { EChart } from '../overview/EChart.tsx';
import { chartTheme } from '../overview/echarts.ts';

type MonthRow = TSubsidyResponse['totalsByMonth'][number];
type RateRow = TRateTableResponse['rates'][number];
type PositionRow = TSubsidyResponse['positions'][number];

const positionColumns: Column<PositionRow>[] = [
  { id: 'code', header: 'Hjemmel', text: (p) => p.code },
  { id: 'orgForm', header: 'Organisasjonsform', text: (p) => (p.orgForm === 'self_employed' ? 'Selvstendig næringsdrivende' : p.orgForm === 'municipal' ? 'Kommunalt ansatt' : p.orgForm) },
  { id: 'patients', header: 'Innbyggere siste måned', numeric: true, text: (p) => formatInt(p.months.at(-1)?.patients ?? 0), sortValue: (p) => p.months.at(-1)?.patients ?? 0 },
  { id: 'minimum', header: 'Minstetilskudd', text: (p) => (p.months.some((m) => m.minimumApplied) ? 'Betalt som 500' : '') },
  { id: 'perMonth', header: 'Siste måned', numeric: true, text: (p) => formatKr(p.months.at(-1)?.amount ?? 0), sortValue: (p) => p.months.at(-1)?.amount ?? 0 },
  { id: 'total', header: 'I perioden', numeric: true, text: (p) => formatKr(p.total), sortValue: (p) => p.total },
];

const monthColumns: Column<MonthRow>[] = [
  { id: 'month', header: 'Måned', text: (r) => formatMonth(r.month), sortValue: (r) => r.month },
  { id: 'patients', header: 'Innbyggere på lister den 1.', numeric: true, text: (r) => formatInt(r.patients), sortValue: (r) => r.patients },
  { id: 'amount', header: 'Basistilskudd', numeric: true, text: (r) => formatKr(r.amount), sortValue: (r) => r.amount },
];

function modelText(m: RateModel): string {
  switch (m.kind) {
    case 'flat':
      return `${formatKr(m.ratePerPatient)} per innbygger`;
    case 'banded':
      return `${formatKr(m.rateUpTo)} opp til ${formatInt(m.bandLimit)}, ${formatKr(m.rateAbove)} over`;
    case 'weighted':
      return `Pasienttilpasset: grunnpris ${formatKr(m.basePrice)} × kommunefaktor ${m.municipalFactor} × vekt etter kjønn og alder`;
  }
}

const rateColumns: Column<RateRow>[] = [
  { id: 'validFrom', header: 'Gyldig fra', text: (r) => formatDate(r.validFrom), sortValue: (r) => r.validFrom },
  { id: 'validTo', header: 'Gyldig til', text: (r) => (r.validTo ? formatDate(r.validTo) : 'neste sats') },
  { id: 'model', header: 'Sats', text: (r) => modelText(r.model) },
  { id: 'minimum', header: 'Minstetilskudd', text: (r) => (r.minimum ? `Lister under ${r.minimum.listBelow} betales som ${r.minimum.paidAs} i ${r.minimum.years} år` : '–') },
  { id: 'source', header: 'Kilde', text: (r) => r.source },
];

/** Basistilskudd month by month (annual rate ÷ 12 × patients on the 1st), and the dated rate table it used. */
export function SubsidySection({ subsidy, rates }: { subsidy: TSubsidyResponse; rates: TRateTableResponse }) {
  const option = useMemo(() => {
    const { text, subtle, accent, textStyle } = chartTheme();
    return {
      textStyle,
      grid: { left: 72, right: 16, top: 24, bottom: 32 },
      tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => (typeof v === 'number' ? formatKr(v * 100) : String(v)) },
      xAxis: { type: 'category', data: subsidy.totalsByMonth.map((r) => formatMonth(r.month)), axisLabel: { color: text } },
      yAxis: { type: 'value', axisLabel: { color: text, formatter: (v: number) => formatInt(v) }, splitLine: { lineStyle: { color: subtle } } },
      series: [{ name: 'Basistilskudd (kr)', type: 'bar', data: subsidy.totalsByMonth.map((r) => Math.round(r.amount / 100)), itemStyle: { color: accent } }],
    };
  }, [subsidy]);
  return (
    <>
      <Paragraph data-testid="subsidy-total">
        Basistilskudd de siste {subsidy.months.length} månedene: <strong>{formatMill(subsidy.total)}</strong>. Hver måned betales årssatsen ÷ 12 for
        innbyggerne på listen den 1. Satser brukt: {subsidy.ratesUsed.map((r) => `${r.name} (fra ${formatDate(r.validFrom)})`).join('; ') || 'ingen'}.
      </Paragraph>
      <EChart option={option} ariaLabel={`Basistilskudd per måned, i alt ${formatMill(subsidy.total)}. Tallene står i tabellen under.`} height={240} testId="chart-subsidy" />
      <DataTable caption="Basistilskudd per måned" rows={subsidy.totalsByMonth} columns={monthColumns} rowKey={(r) => r.month} testId="subsidy-table" />
      {subsidy.positions.length > 0 && (
        <DataTable caption="Basistilskudd per hjemmel" rows={subsidy.positions} columns={positionColumns} rowKey={(p) => p.positionId} pageSize={25} testId="subsidy-positions" />
      )}
      <DataTable
        caption={rates.custom ? 'Kommunens satstabell' : 'Satstabell (standard, ikke endret av kommunen)'}
        rows={rates.rates}
        columns={rateColumns}
        rowKey={(r) => r.validFrom}
        testId="rate-table"
      />
    </>
  );
}
