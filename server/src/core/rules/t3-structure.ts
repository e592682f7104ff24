// Malformed table 三: missing, duplicate or out-of-order rows, a missing column, rows with too
// few numbers, and category rows (（三）不予公开 …) carrying numbers (spec §3.2, 003-1…003-6).

import type { T3CategoryRow, T3Row, Table3 } from '../model';
import type { Rule, RuleContext } from '../rule';
import { defineMessages, joinList } from '../messages';
import { isT3RowId, T3_COL_LABELS, T3_COLS, T3_GROUP_LABELS, T3_GROUP_ROWS, T3_RESULT_ROWS, T3_ROW_BY_ID, T3_ROW_IDS, type T3ColId, type T3RowId } from '../schema';
import type { Fix, Locale, Range, TextEdit } from '../types';
import { defineCodes } from '../codes';

export const codes = defineCodes({
  't3-missing-column': {
    group: 'tables', severity: 'error', fixable: true, spec: '§3.1',
    zh: '表三缺少一列',
    en: 'a column of table 三 is missing (fix: insert it with 总计 − the others, when no value would be negative)',
    example: 'seed 003: no 其他 column',
  },
  't3-missing-row': {
    group: 'tables', severity: 'error', fixable: true, spec: '§3.2',
    zh: '表三缺少行',
    en: 'rows missing (incl. 2019-style single （六）其他处理); one missing row is inserted by the fix, written like its neighbour, with the values that keep every relation true',
    example: 'pdftotext 洪泽区',
  },
  't3-duplicate-row': {
    group: 'tables', severity: 'error', fixable: false, spec: '§3.2',
    zh: '表三某行出现两次',
    en: 'a row appears twice',
  },
  't3-row-order': {
    group: 'tables', severity: 'warning', fixable: false, spec: '§3.2',
    zh: '表三的行或类别顺序不对',
    en: 'rows or categories out of the official order',
    example: 'seed 003: （三） after its sub-items',
  },
  't3-missing-values': {
    group: 'tables', severity: 'error', also: ['warning'], fixable: false, spec: '§3.2',
    zh: '表三某行的数不全',
    en: 'a row has too few numbers and no layout tells their columns (error, its cells stay unread); rows printed with no numbers at all are one warning for the table',
    example: '河北省教育厅 2019: 15 rows without numbers',
  },
  't3-category-values': {
    group: 'tables', severity: 'error', also: ['information'], fixable: true, spec: '§3.2',
    zh: '类别行（如（三）不予公开）填了数字',
    en: 'a category row (（三）不予公开 …) carries numbers; fix to the sub-items\' subtotal when they are stray, or a choice of sub-item to move them into',
    example: 'seed 003',
  },
});

const messages = defineMessages({
  otherNotSplit: {
    zh: '（六）其他处理没有拆成 3 个子项：这是 2019 试行格式；2021 格式为 1.逾期不补正、2.逾期未缴费、3.其他',
    en: '(6) is a single row as in the 2019 template; the 2021 format splits it into three sub-items',
  },
  missingRows: {
    zh: '表三缺少 {count} 行：{rows}',
    en: 'Table 3 lacks {count} row(s): {rows}',
  },
  fixInsertRow: {
    zh: '插入“{row}”行（{values}）',
    en: 'Insert row {row} ({values})',
  },
  duplicateRow: {
    zh: '「{row}」在表三中出现了不止一次（第 {line} 行已有）',
    en: 'Row {row} appears more than once (first on line {line})',
  },
  rowOutOfOrder: {
    zh: '「{row}」的位置不符合标准行序',
    en: 'Row {row} is out of the official order',
  },
  categoryAfterItems: {
    zh: '分类标签「{category}」排在它的子项之后：行序错乱',
    en: 'Category {category} stands after its own sub-items',
  },
  missingColumn: {
    zh: '表三缺少“{names}”列：每行只有 {columnCount} 个数',
    en: 'Table 3 lacks the column “{names}”: rows carry {columnCount} numbers',
  },
  fixInsertOtherColumn: {
    zh: '插入“其他”列（每行取 总计 − 其余各列）',
    en: 'Insert the “other” column (total − the other columns)',
  },
  shortRow: {
    zh: '「{row}」只有 {valueCount} 个数，应有 {want} 个：无法确定各数属于哪一列，该行按缺失处理',
    en: 'Row {row} has {valueCount} numbers instead of {want}; its cells are left unread',
  },
  emptyRows: {
    zh: '表三有 {count} 行没有填写数字（{rows}）：这些单元格按未读处理，请核实是否应填 0',
    en: '{count} row(s) of table 3 carry no numbers ({rows}); their cells are left unread',
  },
  categoryRowFilled: {
    zh: '分类行「{label}」本身不应填数（官方表中为合并单元格）',
    en: 'Category row {label} carries numbers; in the format it is a merged label cell',
  },
  categoryValuesBelowItems: {
    zh: '分类行「{label}」带有数值，但数值应填在它的子项上：子项合计与之不符，请把数值移入对应子项',
    en: 'Category row {label} carries numbers that belong in its sub-items',
  },
  categoryStrayValues: {
    zh: '分类行「{label}」带有数值且行内不平衡：很可能是相邻编号漂移过来的伪值',
    en: 'Category row {label} carries numbers that do not add up: probably stray digits',
  },
  fixCategoryToSubtotal: {
    zh: '把分类行的数值改为其子项合计',
    en: 'Set the category row to the sum of its sub-items',
  },
  fixMoveCategoryValues: {
    zh: '把分类值移入子项「{row}」',
    en: 'Move the category\'s numbers into {row}',
  },
});

const ORDER = new Map<string, number>(T3_ROW_IDS.map((id, i) => [id, i]));
const GROUP_FIRST: Record<string, T3RowId> = { refuse: 'R05', unable: 'R13', ignore: 'R16', other: 'R21' };

function rowName(id: T3RowId) { return T3_ROW_BY_ID[id].label; }
/** How a message names a row: its Chinese label, or its id in English. */
function rowText(id: T3RowId, locale: Locale) { return locale === 'en' ? id : rowName(id); }

export const t3StructureRule: Rule = ctx => {
  const t3 = ctx.model.t3;
  if (!t3) return;
  missingRows(ctx, t3);
  duplicateRows(ctx, t3);
  rowOrder(ctx, t3);
  missingColumns(ctx, t3);
  shortRows(ctx, t3);
  for (const cat of t3.categories) categoryValues(ctx, t3, cat);
};

function missingRows(ctx: RuleContext, t3: Table3) {
  const { locale } = ctx;
  const missing = T3_ROW_IDS.filter(id => !t3.rows[id]);
  if (!missing.length) return;
  // Before 2021 the template printed （六）其他处理 as one row: not a missing row then.
  const template2019 = ctx.model.year !== null && ctx.model.year < 2021;
  if (template2019 && missing.every(id => id === 'R21' || id === 'R22' || id === 'R23')) return;
  const sixAsOne = T3_GROUP_ROWS.other.every(id => missing.includes(id)) && t3.categories.some(c => c.group === 'other');
  const at: Range = t3.categories.find(c => c.group === 'other')?.label.range ?? t3.headerRange ?? t3.range;
  ctx.report({
    code: 't3-missing-row', severity: 'error', range: sixAsOne ? at : t3.headerRange ?? at,
    message: sixAsOne && missing.length === 3
      ? messages.text(locale, 'otherNotSplit')
      : messages.text(locale, 'missingRows', { count: missing.length, rows: joinList(locale, missing.map(id => rowText(id, locale))) }),
    cells: missing.map(id => `${id}.C7`),
    fixes: missing.length === 1 && !sixAsOne ? insertRowFix(ctx, t3, missing[0]) : undefined,
  });
}

/** The values a single missing row must have for T3-E2/E3 to hold, column by column. */
function valuesOfMissing(t3: Table3, id: T3RowId): number[] | null {
  const v = (row: T3RowId, col: T3ColId) => t3.rows[row]?.cells[col].value ?? null;
  const cols = T3_COLS.filter(c => !t3.missingColumns.includes(c));
  const out: number[] = [];
  for (const col of cols) {
    const sum = (rows: T3RowId[]) => rows.reduce<number | null>((a, r) => (a === null || v(r, col) === null ? null : a + v(r, col)!), 0);
    const results = sum(T3_RESULT_ROWS.filter(r => r !== id));
    const value = id === 'R24' ? results
      : T3_RESULT_ROWS.includes(id) ? (v('R24', col) === null || results === null ? null : v('R24', col)! - results)
        : id === 'R25' ? sum(['R01', 'R02']) === null || v('R24', col) === null ? null : sum(['R01', 'R02'])! - v('R24', col)!
          : sum(['R24', 'R25']) === null || v(id === 'R01' ? 'R02' : 'R01', col) === null ? null : sum(['R24', 'R25'])! - v(id === 'R01' ? 'R02' : 'R01', col)!;
    if (value === null || value < 0) return null;
    out.push(value);
  }
  const total = out[out.length - 1];
  if (cols.includes('C7') && total !== out.slice(0, -1).reduce((a, b) => a + b, 0)) return null;
  return out;
}

/** Inserts the missing row, written like a neighbouring row of the same layout, with values that keep every relation true. */
function insertRowFix(ctx: RuleContext, t3: Table3, id: T3RowId): Fix[] | undefined {
  const values = valuesOfMissing(t3, id);
  if (!values) return undefined;
  const i = T3_ROW_IDS.indexOf(id);
  const firstOfGroup = new Set(['R03', 'R05', 'R13', 'R16', 'R21']);
  const prev = i > 0 && !firstOfGroup.has(T3_ROW_IDS[i - 1]) ? t3.rows[T3_ROW_IDS[i - 1]] : undefined;
  const template = prev ?? t3.rows[T3_ROW_IDS[i + 1]];
  if (!template?.label) return undefined;
  const cells = T3_COLS.filter(c => !t3.missingColumns.includes(c)).map(c => template.cells[c]);
  if (cells.some(c => !c.range || c.range.start.line !== template.line)) return undefined;
  const line = ctx.src.lines[template.line];
  // Rewrite the template line from its end, so earlier columns keep their place.
  const parts = [{ range: template.label.range, text: T3_ROW_BY_ID[id].label }, ...cells.map((c, k) => ({ range: c.range!, text: String(values[k]) }))]
    .sort((a, b) => b.range.start.character - a.range.start.character);
  let text = line;
  for (const p of parts) text = text.slice(0, p.range.start.character) + p.text + text.slice(p.range.end.character);
  const eol = ctx.src.eol;
  const edit: TextEdit = prev
    ? { range: { start: { line: template.line, character: line.length }, end: { line: template.line, character: line.length } }, newText: eol + text }
    : { range: { start: { line: template.line, character: 0 }, end: { line: template.line, character: 0 } }, newText: text + eol };
  return [{ kind: 'insert-row', title: messages.text(ctx.locale, 'fixInsertRow', { row: rowText(id, ctx.locale), values: joinList(ctx.locale, values) }), edits: [edit], preferred: true }];
}

function duplicateRows(ctx: RuleContext, t3: Table3) {
  for (const dup of t3.duplicates) {
    const first = t3.rows[dup.id]!;
    ctx.report({
      code: 't3-duplicate-row', severity: 'error', range: dup.label?.range ?? { start: { line: dup.line, character: 0 }, end: { line: dup.line, character: 0 } },
      message: messages.text(ctx.locale, 'duplicateRow', { row: rowText(dup.id, ctx.locale), line: first.line + 1 }),
      related: first.label ? [{ range: first.label.range, message: rowName(dup.id) }] : undefined,
    });
  }
}

/** Rows whose official successor stands above them, and categories printed after their own sub-items. */
function rowOrder(ctx: RuleContext, t3: Table3) {
  let maxSeen = -1;
  for (const entry of t3.sequence) {
    const isRow = ORDER.has(entry.id);
    const pos = isRow ? ORDER.get(entry.id)! : ORDER.get(GROUP_FIRST[entry.id])! - 0.5;
    if (pos < maxSeen) {
      const cat = t3.categories.find(c => c.line === entry.line);
      const row = isT3RowId(entry.id) ? t3.rows[entry.id] : undefined;
      const range = cat?.label.range ?? row?.label?.range;
      if (range) {
        ctx.report({
          code: 't3-row-order', severity: 'warning', range,
          message: isT3RowId(entry.id)
            ? messages.text(ctx.locale, 'rowOutOfOrder', { row: rowText(entry.id, ctx.locale) })
            : messages.text(ctx.locale, 'categoryAfterItems', { category: ctx.locale === 'en' ? entry.id : T3_GROUP_LABELS[entry.id] }),
        });
      }
    }
    maxSeen = Math.max(maxSeen, pos);
  }
}

function missingColumns(ctx: RuleContext, t3: Table3) {
  if (!t3.missingColumns.length) return;
  const { locale } = ctx;
  const names = t3.missingColumns.map(c => T3_COL_LABELS[c]).join('、');
  ctx.report({
    code: 't3-missing-column', severity: 'error', range: t3.headerRange ?? t3.range,
    message: messages.text(locale, 'missingColumn', { names, columnCount: t3.columnCount }),
    cells: t3.missingColumns,
    fixes: insertColumnFix(ctx, t3),
  });
}

/** Inserts the missing 其他 column with C7 − (C1…C5) on every row; only when no value would be negative. */
function insertColumnFix(ctx: RuleContext, t3: Table3): Fix[] | undefined {
  if (t3.missingColumns.length !== 1 || t3.missingColumns[0] !== 'C6' || t3.layout === 'space') return undefined;
  const edits: TextEdit[] = [];
  const sep = t3.layout === 'tab' ? '\t' : ' | ';
  const rows: { cells: Record<T3ColId, { value: number | null; range: Range | null }> }[] = [...Object.values(t3.rows).filter(Boolean) as { cells: Record<T3ColId, { value: number | null; range: Range | null }> }[], ...t3.categories];
  for (const row of rows) {
    const c5 = row.cells.C5, c7 = row.cells.C7;
    if (!c5.range || c7.value === null) return undefined;
    const parts = T3_COLS.slice(0, 5).map(c => row.cells[c].value);
    if (parts.some(v => v === null)) return undefined;
    const value = c7.value - (parts as number[]).reduce((a, b) => a + b, 0);
    if (value < 0) return undefined;
    edits.push({ range: { start: c5.range.end, end: c5.range.end }, newText: `${sep}${value}` });
  }
  // The header cell goes after 法律服务机构.
  const header = t3.headerRange ? findHeaderCell(ctx, t3.headerRange.start.line) : null;
  if (header) edits.push({ range: { start: header, end: header }, newText: `${sep}其他` });
  return [{ kind: 'insert-column', title: messages.text(ctx.locale, 'fixInsertOtherColumn'), edits, preferred: true }];
}

function findHeaderCell(ctx: RuleContext, from: number) {
  for (let l = from; l < Math.min(ctx.src.lines.length, from + 4); l++) {
    const i = ctx.src.lines[l].indexOf('法律服务机构');
    if (i >= 0) return { line: l, character: i + '法律服务机构'.length };
  }
  return null;
}

function shortRows(ctx: RuleContext, t3: Table3) {
  const want = t3.columnCount;
  const unsure = new Set<string>([...t3.uncertain.map(u => u.row), ...t3.unattributed.rows, ...t3.blank.map(id => id.split('.')[0])]);
  const empty: T3Row[] = [];
  for (const row of Object.values(t3.rows)) {
    if (!row || row.valueCount === 0 && !row.label) continue;
    if (row.valueCount >= want || unsure.has(row.id)) continue;
    if (row.valueCount === 0) { empty.push(row); continue; }
    const range = row.label?.range ?? { start: { line: row.line, character: 0 }, end: { line: row.line, character: ctx.src.lines[row.line].length } };
    ctx.report({
      code: 't3-missing-values', severity: 'error', range,
      message: messages.text(ctx.locale, 'shortRow', { row: rowText(row.id, ctx.locale), valueCount: row.valueCount, want }),
      cells: T3_COLS.map(c => `${row.id}.${c}`),
    });
  }
  // Rows printed with no numbers at all (blank cells of old web pages): one finding, cells unread.
  if (empty.length) {
    ctx.report({
      code: 't3-missing-values', severity: 'warning', range: empty[0].label!.range,
      message: messages.text(ctx.locale, 'emptyRows', {
        count: empty.length,
        rows: ctx.locale === 'en' ? joinList('en', empty.map(r => r.id)) : joinList('zh-cn', empty.slice(0, 4).map(r => rowName(r.id))) + (empty.length > 4 ? '…' : ''),
      }),
      cells: empty.flatMap(r => T3_COLS.map(c => `${r.id}.${c}`)),
      related: empty.slice(1).map(r => ({ range: r.label!.range, message: rowName(r.id) })),
    });
  }
}

/** Category rows carry no numbers in the format. Spurious numbers (the row does not add up) get a fix. */
function categoryValues(ctx: RuleContext, t3: Table3, cat: T3CategoryRow) {
  const { locale } = ctx;
  const values = Object.values(cat.cells).filter(c => c.value !== null);
  if (!values.length) return;
  const subItems = T3_GROUP_ROWS[cat.group].filter(id => t3.rows[id]);
  if (!subItems.length) return; // the category stands for its sub-items (2019 layout): reported as missing rows
  const label = T3_GROUP_LABELS[cat.group];
  const allZero = values.every(c => c.value === 0);
  const cols = T3_COLS.filter(c => !t3.missingColumns.includes(c));
  const subtotal = (col: T3ColId) => subItems.reduce<number | null>((s, id) => {
    const v = t3.rows[id]!.cells[col].value;
    return s === null || v === null ? null : s + v;
  }, 0);
  const parts = cols.filter(c => c !== 'C7').reduce((s, c) => s + (cat.cells[c].value ?? 0), 0);
  const selfConsistent = cat.cells.C7.value === null || cat.cells.C7.value === parts;
  const edits: TextEdit[] = [];
  for (const col of cols) {
    const cell = cat.cells[col], sub = subtotal(col);
    if (cell.range && sub !== null && cell.value !== sub) edits.push({ range: cell.range, newText: String(sub) });
  }
  ctx.report({
    code: 't3-category-values', severity: allZero ? 'information' : 'error', range: cat.label.range,
    message: allZero
      ? messages.text(locale, 'categoryRowFilled', { label })
      : selfConsistent
        ? messages.text(locale, 'categoryValuesBelowItems', { label })
        : messages.text(locale, 'categoryStrayValues', { label }),
    cells: Object.values(cat.cells).map(c => c.id),
    fixes: allZero ? undefined
      : !selfConsistent ? (edits.length ? [{ kind: 'category-to-subtotal', title: messages.text(locale, 'fixCategoryToSubtotal'), edits, preferred: true }] : undefined)
        : moveIntoSubItem(ctx, t3, cat, subItems, cols),
  });
}

/** One choice per sub-item: add the category's numbers to it and zero the category (the user picks). */
function moveIntoSubItem(ctx: RuleContext, t3: Table3, cat: T3CategoryRow, subItems: T3RowId[], cols: T3ColId[]): Fix[] | undefined {
  const fixes: Fix[] = [];
  for (const id of subItems) {
    const row = t3.rows[id]!;
    const edits: TextEdit[] = [];
    let ok = true;
    for (const col of cols) {
      const from = cat.cells[col], to = row.cells[col];
      if (!from.range || !to.range || from.value === null || to.value === null) { ok = false; break; }
      if (from.value === 0) continue;
      edits.push({ range: to.range, newText: String(to.value + from.value) }, { range: from.range, newText: '0' });
    }
    if (ok && edits.length) fixes.push({ kind: 'move-category-values', title: messages.text(ctx.locale, 'fixMoveCategoryValues', { row: rowText(id, ctx.locale) }), edits });
  }
  return fixes.length ? fixes : undefined;
}
