import type { TimelineMonth } from '../../domain/capacity/index.ts';
import type { MonteCarlo, Projection } from '../../domain/projection/index.ts';

/** Chart size and margins in points (the PDF's unit). */
const W = 380;
const H = 200;
const M = { left: 38, right: 10, top: 22, bottom: 28 };

const esc = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
const fmt = (x: number) => x.toFixed(1);

/** "Nice" tick values covering [lo, hi]. */
export function ticks(lo: number, hi: number, count = 5): number[] {
  const span = hi - lo || 1;
  const raw = span / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw)!;
  const out: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + 1e-9; v += step) out.push(Math.round(v / step) * step + 0);
  return out;
}

interface Frame {
  x: (i: number) => number;
  y: (v: number) => number;
  parts: string[];
}

/** Axes, grid and labels for n points on x and values in [lo, hi] on y. */
function frame(title: string, labels: readonly string[], lo: number, hi: number, yLabel: (v: number) => string): Frame {
  const n = labels.length;
  const x = (i: number) => M.left + (n <= 1 ? 0 : (i * (W - M.left - M.right)) / (n - 1));
  const y = (v: number) => H - M.bottom - ((v - lo) / (hi - lo || 1)) * (H - M.top - M.bottom);
  const parts = [`<text x="${M.left}" y="12" font-size="9" font-weight="bold" font-family="Helvetica">${esc(title)}</text>`];
  for (const t of ticks(lo, hi)) {
    parts.push(`<line x1="${M.left}" x2="${W - M.right}" y1="${fmt(y(t))}" y2="${fmt(y(t))}" stroke="#dddddd" stroke-width="0.5"/>`);
    parts.push(`<text x="${M.left - 3}" y="${fmt(y(t) + 2.5)}" font-size="7" text-anchor="end" font-family="Helvetica">${esc(yLabel(t))}</text>`);
  }
  const every = Math.max(1, Math.ceil(n / 8));
  labels.forEach((label, i) => {
    if (i % every === 0 || i === n - 1) parts.push(`<text x="${fmt(x(i))}" y="${H - M.bottom + 11}" font-size="7" text-anchor="middle" font-family="Helvetica">${esc(label)}</text>`);
  });
  parts.push(`<line x1="${M.left}" x2="${W - M.right}" y1="${H - M.bottom}" y2="${H - M.bottom}" stroke="#666666" stroke-width="0.7"/>`);
  return { x, y, parts };
}

const line = (f: Frame, values: readonly (number | null)[], style: string) => {
  const pts = values.map((v, i) => (v === null ? null : `${fmt(f.x(i))},${fmt(f.y(v))}`)).filter((p) => p !== null);
  return pts.length === 0 ? '' : `<polyline points="${pts.join(' ')}" fill="none" ${style}/>`;
};

const legend = (items: readonly [string, string][]) =>
  items
    .map(([color, label], i) => {
      const x = M.left + i * 95;
      return `<rect x="${x}" y="${H - 10}" width="8" height="3" fill="${color}"/><text x="${x + 11}" y="${H - 7}" font-size="7" font-family="Helvetica">${esc(label)}</text>`;
    })
    .join('');

const svg = (parts: readonly string[]) => `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${parts.join('')}</svg>`;

/** Free share per month against the target in force (dashed), as an SVG chart. */
export function capacityChartSvg(months: readonly TimelineMonth[]): string {
  const shares = months.map((m) => m.total.openShare);
  const targets = months.map((m) => m.target.rule.freeShareTarget);
  const hi = Math.max(0.01, ...shares.map((s) => s ?? 0), ...targets.map((t) => t ?? 0)) * 1.2;
  const f = frame('Ledig andel per måned mot målet', months.map((m) => m.month.slice(0, 7)), 0, hi, (v) => `${(v * 100).toFixed(1)} %`);
  return svg([
    ...f.parts,
    line(f, targets, 'stroke="#b3261e" stroke-width="1" stroke-dasharray="4,2"'),
    line(f, shares, 'stroke="#1e5aa8" stroke-width="1.6"'),
    legend([
      ['#1e5aa8', 'Ledig andel'],
      ['#b3261e', 'Mål'],
    ]),
  ]);
}

/** The gap per year: the 10th–90th percentile band, the median and the deterministic projection, as an SVG fan chart. */
export function fanChartSvg(projection: Projection, mc: MonteCarlo | null): string {
  const gaps = projection.years.map((y) => y.gap);
  const lows = mc ? mc.years.map((y) => y.gap.p10) : gaps;
  const highs = mc ? mc.years.map((y) => y.gap.p90) : gaps;
  const lo = Math.min(0, ...lows) - 0.5;
  const hi = Math.max(1, ...highs) + 0.5;
  const f = frame('Gap (hjemler som trengs − hjemler) per år', projection.years.map((y) => String(y.year)), lo, hi, (v) => String(v));
  const parts = [...f.parts, `<line x1="${M.left}" x2="${W - M.right}" y1="${fmt(f.y(0))}" y2="${fmt(f.y(0))}" stroke="#333333" stroke-width="0.7"/>`];
  if (mc) {
    const upper = highs.map((v, i) => `${fmt(f.x(i))},${fmt(f.y(v))}`);
    const lower = lows.map((v, i) => `${fmt(f.x(i))},${fmt(f.y(v))}`).reverse();
    parts.push(`<polygon points="${[...upper, ...lower].join(' ')}" fill="#9ec5ee" fill-opacity="0.6" stroke="none"/>`);
    parts.push(line(f, mc.years.map((y) => y.gap.p50), 'stroke="#1e5aa8" stroke-width="1" stroke-dasharray="3,2"'));
  }
  parts.push(line(f, gaps, 'stroke="#0b3d7a" stroke-width="1.6"'));
  parts.push(
    legend(
      mc
        ? [
            ['#0b3d7a', 'Hovedalternativet'],
            ['#9ec5ee', `P10–P90 (${mc.runs} trekninger)`],
            ['#1e5aa8', 'Median'],
          ]
        : [['#0b3d7a', 'Hovedalternativet']],
    ),
  );
  return svg(parts);
}
