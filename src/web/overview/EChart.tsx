import { useEffect, useRef } from 'react';
import { echarts, type EChartsCoreOption } from './echarts.ts';

interface Props {
  option: EChartsCoreOption;
  /** What the chart shows, for screen readers (the numbers are in a table beside it). */
  ariaLabel: string;
  height: number;
  testId: string;
}

/** An ECharts canvas as an image with a text alternative; resizes with its container. */
export function EChart({ option, ariaLabel, height, testId }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const instance = echarts.init(el, undefined, { renderer: 'canvas', locale: 'EN' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={ref} role="img" aria-label={ariaLabel} style={{ height, width: '100%' }} data-testid={testId} className="chart" />;
}
