// A small horizontal bar chart in hand-written SVG. Colours come from the theme through CSS
// classes (media/preview.css); labels and values are text nodes.

import type { ChartView } from '../../common/preview-protocol';

const SVG = 'http://www.w3.org/2000/svg';
const LABEL_W = 96, BAR_W = 200, VALUE_W = 56, ROW_H = 22, BAR_H = 14;

function el(doc: Document, name: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const e = doc.createElementNS(SVG, name) as SVGElement;
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

export function renderChart(doc: Document, chart: ChartView, index: number): HTMLElement {
  const fig = doc.createElement('figure');
  fig.className = `chart chart-${index}`;
  const caption = doc.createElement('figcaption');
  caption.textContent = chart.title;
  const width = LABEL_W + BAR_W + VALUE_W, height = chart.bars.length * ROW_H;
  const svg = el(doc, 'svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': chart.title });
  const max = Math.max(0, ...chart.bars.map(b => b.value ?? 0));
  chart.bars.forEach((bar, i) => {
    const y = i * ROW_H;
    svg.append(el(doc, 'text', { x: LABEL_W - 6, y: y + ROW_H / 2, class: 'label', 'text-anchor': 'end', 'dominant-baseline': 'middle' }, bar.label));
    const w = bar.value && max ? Math.max(1, (bar.value / max) * BAR_W) : 0;
    svg.append(el(doc, 'rect', { x: LABEL_W, y: y + (ROW_H - BAR_H) / 2, width: w.toFixed(1), height: BAR_H, rx: 2, class: 'bar' }));
    svg.append(el(doc, 'text', { x: LABEL_W + w + 4, y: y + ROW_H / 2, class: bar.value === null ? 'value null' : 'value', 'dominant-baseline': 'middle' }, bar.value === null ? '?' : String(bar.value)));
  });
  fig.append(caption, svg);
  return fig;
}
