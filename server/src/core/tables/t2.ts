// Table 二 reader: rows anchored on their labels (规章, 行政规范性文件, 行政许可 …), numbers from the
// row's end. Header cells are kept for the label-typo and outdated-template rules.

import type { LabelCell, Table2 } from '../model';
import type { Cell } from '../types';
import { T2_BLOCKS, T2_HEADERS, T2_IDS, T2_ROWS, type T2Id, type T2RowDef } from '../schema';
import { normLabel, similarity } from '../normalise';
import { memoised } from '../memo';
import { numberValue } from '../numbers';
import { linesRange, range, type SourceText, spanRange } from '../text';
import { type LineCells, isProse, readRows } from './cells';
import { dominantLayout } from './table-layout';
import { isRunTogether, readings } from './digit-runs';

/** Labels of the 2019 trial template (spec §5.3, §6). */
const OUTDATED = ['本年新制作数量', '本年新公开数量', '对外公开总数量', '上一年项目数量', '本年增/减', '其他对外管理服务事项', '第二十条第(九)项', '政府集中采购', '采购项目数量', '采购总金额'];
const OFFICIAL_LABELS = [...T2_HEADERS, ...T2_BLOCKS, ...T2_ROWS.map(r => r.label)];

function rowOf(label: string): T2RowDef | null {
  const n = normLabel(label);
  if (n === '规范性文件') return T2_ROWS[1];
  return T2_ROWS.find(r => n === normLabel(r.label)) ?? T2_ROWS.find(r => n.endsWith(normLabel(r.label)) && n.length <= r.label.length + 4) ?? null;
}

/** The official label a header cell stands for: equal after normalisation, or close enough to be a typo. */
export function officialLabelOf(text: string, candidates: string[]): string | null {
  const n = normLabel(text);
  let best: string | null = null, score = 0.55;
  for (const c of candidates) {
    const official = normLabel(c);
    // A typo changes or drops a character or two; a longer or shorter cell is glued or cut header text
    // (and strings of different lengths are never alike as 1: the likeness is computed only for a fit).
    if (Math.abs(n.length - official.length) > Math.max(2, official.length * 0.2)) continue;
    const s = similarity(n, official);
    if (s === 1) return c;
    if (s > score) { score = s; best = c; }
  }
  return best;
}
const officialT2Label = memoised((text: string) => officialLabelOf(text, OFFICIAL_LABELS));

export function readTable2(src: SourceText, from: number, to: number): { table: Table2; lines: Set<number> } | null {
  const cells = Object.fromEntries(T2_IDS.map(id => [id, { id, value: null, raw: '', range: null } as Cell])) as Record<T2Id, Cell>;
  const labels: Table2['labels'] = [];
  const outdated: LabelCell[] = [];
  const extras: LabelCell[] = [];
  const uncertain: Table2['uncertain'] = [];
  const lines = new Set<number>();
  const read: LineCells[] = [];
  let found = false;
  for (const r of readRows(src.lines, from, to)) {
    const i = r.line;
    if (r.labels.some(isProse)) continue;
    for (const c of r.labels) {
      const n = normLabel(c.text);
      const old = OUTDATED.find(o => n.includes(normLabel(o)));
      if (old) outdated.push({ text: c.text, range: range(i, c.start, c.end) });
    }
    const row = r.labels.length ? rowOf(r.labels[r.labels.length - 1].text) : null;
    if (row && r.values.length && !outdated.length) {
      const label = r.labels[r.labels.length - 1];
      if (row.ids.length > 1 && r.values.length < row.ids.length && isRunTogether(src, label, r.values)) {
        // Digits of the row's cells run together: read only when one reading is possible.
        const all = readings(r.values, row.ids.length) ?? [];
        if (all.length === 1) r.values = all[0];
        else uncertain.push({ row: row.label, range: spanRange(range(r.values[0].line, r.values[0].start, r.values[0].end), range(r.values[r.values.length - 1].line, r.values[r.values.length - 1].start, r.values[r.values.length - 1].end)), readings: all.slice(0, 3).map(x => x.map(c => c.text).join(' ')) });
      }
      const values = row.ids.length === 1 ? r.values.slice(0, 1) : r.values.slice(-row.ids.length);
      const extra = row.ids.length === 1 ? r.values.slice(1) : r.values.slice(0, -row.ids.length);
      for (const v of extra) extras.push({ text: v.text, range: range(v.line, v.start, v.end) });
      if (values.length === row.ids.length) {
        row.ids.forEach((id, k) => {
          const v = values[k];
          if (cells[id].range) return; // first occurrence wins
          cells[id] = { id, value: numberValue(v.text), raw: v.text, range: range(v.line, v.start, v.end) };
          lines.add(v.line);
        });
      }
      labels.push({ cell: { text: label.text, range: range(i, label.start, label.end) }, official: row.label });
      lines.add(i); read.push(r); found = true;
      continue;
    }
    if (!r.values.length && r.labels.length) {
      const isHeader = r.labels.some(c => /信息内容|第二十条|本年|件数|数量|金额/.test(c.text));
      if (!isHeader) continue;
      for (const c of r.labels) {
        const official = officialT2Label(c.text);
        if (official) labels.push({ cell: { text: c.text, range: range(i, c.start, c.end) }, official });
      }
      lines.add(i); read.push(r);
    }
  }
  if (!found && !outdated.length) return null;
  if (outdated.length) {
    // The 2019 template has other columns: nothing is read into the 2021 cells, nothing is guessed.
    for (const id of T2_IDS) cells[id] = { id, value: null, raw: '', range: null };
    labels.length = 0; extras.length = 0; uncertain.length = 0;
  }
  return {
    table: {
      layout: dominantLayout(read),
      range: linesRange(src, lines),
      cells, labels, outdated, extras, uncertain,
    },
    lines,
  };
}
