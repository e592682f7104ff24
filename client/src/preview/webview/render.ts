// The preview's DOM, built from a view state: summary strip, tables 二/三/四 in the official
// layout (merged headers), charts and problem list. Every report string goes into a text node
// or an attribute value, never into markup. Patches update cells in place, so scroll position,
// focus and the cursor highlight survive typing. Unit-tested with jsdom.

import { GRIDS, TABLE_IDS, type TableId } from '../../common/grid';
import { SEVERITIES, type CellView, type ViewPatch, type ViewState } from '../../common/preview-protocol';
import { format, type PreviewStrings } from '../../common/strings';
import { renderChart } from './chart';

const HIGHLIGHT = 'cursor';

function h<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

function cellElement(root: ParentNode, id: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(`[data-id="${id}"]`);
}

function paint(root: HTMLElement, e: HTMLElement, view: CellView | undefined): void {
  if (!view) return;
  e.textContent = view.text;
  e.className = [e.dataset.base ?? '', view.cls, root.dataset.highlight === e.dataset.id ? HIGHLIGHT : ''].filter(Boolean).join(' ');
  if (view.title) e.title = view.title; else e.removeAttribute('title');
}

function renderTable(doc: Document, root: HTMLElement, t: TableId, state: ViewState): HTMLTableElement {
  const grid = GRIDS[t];
  const table = h(doc, 'table', { class: `grid ${t}` });
  const head = h(doc, 'thead'), body = h(doc, 'tbody');
  grid.rows.forEach((row, r) => {
    const tr = h(doc, 'tr');
    for (const g of row) {
      const e = g.kind === 'value' ? h(doc, 'td', { 'data-id': g.id, tabindex: '0' }) : h(doc, 'th', g.kind === 'label' ? { scope: 'row' } : {});
      if (g.kind !== 'value' && g.rowspan) e.setAttribute('rowspan', String(g.rowspan));
      if (g.colspan) e.setAttribute('colspan', String(g.colspan));
      // Merged group labels (三、本年度办理结果, （三）不予公开 …) are marked so they do not wrap.
      if (g.kind === 'label') e.className = e.dataset.base = g.rowspan ? 'label group' : 'label';
      if (g.kind === 'label' && g.key) e.dataset.id = g.key;
      if (g.kind !== 'value') e.textContent = g.text;
      tr.append(e);
    }
    (r < grid.headRows ? head : body).append(tr);
  });
  if (grid.headRows) table.append(head);
  table.append(body);
  table.querySelectorAll<HTMLElement>('[data-id]').forEach(e => paint(root, e, state.cells[e.dataset.id!]));
  return table;
}

/** (Re)builds one table's section content: note and table, or the "not found" message. */
function fillTable(doc: Document, root: HTMLElement, section: HTMLElement, t: TableId, state: ViewState, s: PreviewStrings): void {
  const note = state.tables[t];
  const body = note === null
    ? [h(doc, 'p', { class: 'missing' }, s.tableMissing)]
    : [h(doc, 'p', { class: 'note' }, note), h(doc, 'div', { class: 'scroll' })];
  if (note !== null) body[1].append(renderTable(doc, root, t, state));
  section.querySelector('.body')!.replaceChildren(...body);
}

function fillSummary(doc: Document, root: HTMLElement, state: ViewState, s: PreviewStrings): void {
  const { summary } = state;
  const title = root.querySelector<HTMLElement>('.summary .title')!;
  title.textContent = summary.title ?? s.noTitle;
  title.classList.toggle('none', summary.title === null);
  const meta = [s[summary.issuerKind]];
  if (summary.year !== null) meta.push(format(s.year, summary.year));
  if (summary.publishDate) meta.push(format(s.published, summary.publishDate));
  root.querySelector('.summary .meta')!.replaceChildren(...meta.map(m => h(doc, 'span', {}, m)));
  root.querySelector('.summary .counts')!.replaceChildren(...SEVERITIES.map(sev => {
    const e = h(doc, 'span', { class: `count sev-${sev}${summary.counts[sev] ? '' : ' zero'}`, 'data-severity': sev });
    e.append(h(doc, 'b', {}, String(summary.counts[sev])), doc.createTextNode(` ${s[sev]}`));
    return e;
  }));
}

function fillCharts(doc: Document, root: HTMLElement, state: ViewState): void {
  root.querySelector('.charts')!.replaceChildren(...state.charts.map((c, i) => renderChart(doc, c, i)));
}

function fillFindings(doc: Document, root: HTMLElement, state: ViewState, s: PreviewStrings): void {
  const list = state.findings.length
    ? state.findings.map(f => {
      const li = h(doc, 'li', { class: `sev-${f.severity}`, 'data-finding': String(f.index), tabindex: '0' });
      li.append(h(doc, 'span', { class: 'sev' }, s[f.severity]), h(doc, 'span', { class: 'msg' }, f.message), h(doc, 'span', { class: 'where' }, `${format(s.line, f.line + 1)} · ${f.code}`));
      return li;
    })
    : [h(doc, 'li', { class: 'none' }, s.noProblems)];
  root.querySelector('.problems ul')!.replaceChildren(...list);
}

/** Builds the whole preview into `root` (first render, or another document). */
export function renderAll(root: HTMLElement, state: ViewState, s: PreviewStrings): void {
  const doc = root.ownerDocument;
  delete root.dataset.highlight;
  const summary = h(doc, 'header', { class: 'summary' });
  const toolbar = h(doc, 'div', { class: 'toolbar' });
  toolbar.append(h(doc, 'button', { 'data-export': 'csv' }, s.exportCsv), h(doc, 'button', { 'data-export': 'xlsx' }, s.exportXlsx));
  summary.append(h(doc, 'h1', { class: 'title' }), h(doc, 'div', { class: 'meta' }), h(doc, 'div', { class: 'counts' }), toolbar, h(doc, 'p', { class: 'hint' }, s.clickHint));
  const sections = TABLE_IDS.map(t => {
    const section = h(doc, 'section', { class: 'table', 'data-table': t });
    const heading = h(doc, 'h2', {}, GRIDS[t].heading);
    heading.append(h(doc, 'button', { 'data-export': 'markdown', 'data-table': t, class: 'copy' }, s.copyMarkdown));
    section.append(heading, h(doc, 'div', { class: 'body' }));
    return section;
  });
  const problems = h(doc, 'section', { class: 'problems' });
  problems.append(h(doc, 'h2', {}, s.problems), h(doc, 'ul'));
  root.replaceChildren(summary, ...sections, h(doc, 'section', { class: 'charts' }), problems);
  fillSummary(doc, root, state, s);
  TABLE_IDS.forEach((t, i) => fillTable(doc, root, sections[i], t, state, s));
  fillCharts(doc, root, state);
  fillFindings(doc, root, state, s);
}

/** Applies a patch; `state` is the state after merging it (diff.ts mergePatch). */
export function applyPatch(root: HTMLElement, state: ViewState, patch: ViewPatch, s: PreviewStrings): void {
  const doc = root.ownerDocument;
  if (patch.tables) {
    for (const t of TABLE_IDS) {
      const section = root.querySelector<HTMLElement>(`section[data-table="${t}"]`)!;
      const note = section.querySelector('.note');
      if ((note === null) !== (state.tables[t] === null)) fillTable(doc, root, section, t, state, s);
      else if (note) note.textContent = state.tables[t];
    }
  }
  for (const id of Object.keys(patch.cells ?? {})) {
    const e = cellElement(root, id);
    if (e) paint(root, e, state.cells[id]);
  }
  if (patch.summary) fillSummary(doc, root, state, s);
  if (patch.charts) fillCharts(doc, root, state);
  if (patch.findings) fillFindings(doc, root, state, s);
}

/** Marks the cell under the editor's cursor; returns it (the caller scrolls it into view). */
export function setHighlight(root: HTMLElement, id: string | null): HTMLElement | null {
  const old = root.dataset.highlight;
  if (old) cellElement(root, old)?.classList.remove(HIGHLIGHT);
  if (!id) { delete root.dataset.highlight; return null; }
  root.dataset.highlight = id;
  const e = cellElement(root, id);
  e?.classList.add(HIGHLIGHT);
  return e;
}
