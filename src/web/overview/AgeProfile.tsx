import { Table } from '@digdir/designsystemet-react';
import { useMemo } from 'react';
import type { GpProfile } from '../../domain/capacity/index.ts';
import { formatInt } from '../format.ts';
import { EChart } from './EChart.tsx';
import { chartTheme } from './echarts.ts';

/** The GPs' age bands as a small bar chart, and the same numbers as a table. */
export function AgeProfile({ gps }: { gps: GpProfile }) {
  const option = useMemo(() => {
    const { text, subtle, accent, textStyle } = chartTheme();
    return {
      textStyle,
      grid: { left: 40, right: 16, top: 24, bottom: 32 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: gps.ageBands.map((b) => b.label), axisLabel: { color: text, interval: 0 } },
      yAxis: { type: 'value', minInterval: 1, axisLabel: { color: text }, splitLine: { lineStyle: { color: subtle } } },
      series: [
        {
          name: 'Fastleger',
          type: 'bar',
          data: gps.ageBands.map((b) => b.count),
          itemStyle: { color: accent },
          label: { show: true, position: 'top', color: text },
        },
      ],
    };
  }, [gps]);
  const summary = `Aldersprofil for ${formatInt(gps.doctors)} fastleger: ${gps.ageBands.map((b) => `${b.label} år: ${b.count}`).join(', ')}.`;
  return (
    <div className="age-profile">
      <EChart option={option} ariaLabel={summary} height={220} testId="chart-age" />
      <Table data-size="sm" zebra data-testid="table-age">
        <caption>Fastleger etter alder</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>Alder</Table.HeaderCell>
            <Table.HeaderCell className="numeric">Antall</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {gps.ageBands.map((b) => (
            <Table.Row key={b.label}>
              <Table.HeaderCell scope="row">{b.label} år</Table.HeaderCell>
              <Table.Cell className="numeric">{formatInt(b.count)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </div>
  );
}
