// Only the ECharts parts the app uses, so the bundle stays small.
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

export { echarts };
export type { EChartsCoreOption } from 'echarts/core';

/** A Designsystemet colour token as the canvas needs it (canvas cannot read CSS variables itself). */
function token(name: string, fallback: string): string {
  const value = getComputedStyle(document.documentElement).getPropertyValue(name).trim();
  return value || fallback;
}

/** The theme's colours and the app's font for a chart; read when the chart is built, so they follow the theme. */
export function chartTheme() {
  const text = token('--ds-color-neutral-text-default', '#1e2b3c');
  return {
    text,
    subtle: token('--ds-color-neutral-border-subtle', '#d0d5dd'),
    accent: token('--ds-color-accent-base-default', '#0062ba'),
    accentSurface: token('--ds-color-accent-surface-active', '#b7d3f2'),
    danger: token('--ds-color-danger-base-default', '#c22020'),
    textStyle: { fontFamily: 'Inter Variable, Inter, sans-serif', color: text },
  };
}
