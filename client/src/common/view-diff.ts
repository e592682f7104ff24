// Diffs of the preview's view state: the extension sends only what changed (cells whose text,
// class or tooltip changed; summary, notes, charts and problems when they changed), and the
// webview merges the patch into its copy. Pure (unit-tested).

import type { CellView, ViewPatch, ViewState } from './preview-protocol';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The patch turning `prev` into `next`, or null when nothing changed. */
export function diffView(prev: ViewState, next: ViewState): ViewPatch | null {
  const patch: ViewPatch = {};
  const cells: Record<string, CellView> = {};
  for (const [id, cell] of Object.entries(next.cells)) {
    const old = prev.cells[id];
    if (!old || old.text !== cell.text || old.cls !== cell.cls || old.title !== cell.title) cells[id] = cell;
  }
  if (Object.keys(cells).length) patch.cells = cells;
  if (!same(prev.summary, next.summary)) patch.summary = next.summary;
  if (!same(prev.tables, next.tables)) patch.tables = next.tables;
  if (!same(prev.charts, next.charts)) patch.charts = next.charts;
  if (!same(prev.findings, next.findings)) patch.findings = next.findings;
  return Object.keys(patch).length ? patch : null;
}

export function mergePatch(state: ViewState, patch: ViewPatch): ViewState {
  return { ...state, ...patch, cells: { ...state.cells, ...patch.cells } };
}
