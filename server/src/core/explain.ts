// Human-readable explanations of the model for hovers and code lenses: cell labels in full,
// relations written out and evaluated, section summaries. Pure: markdown strings only.

import type { Relation, ReportModel, Section, UncertainRow } from './model';
import { allCells, cellsWithCategories } from './model';
import { defineMessages, joinList } from './messages';
import { relationEquation, relationTerms } from './relation-wording';
import { cellLabel, isT3RowId, parseCellId, tableName, T3_GROUP_LABELS, T3_ROW_BY_ID, T3_COL_LABELS, T3_COL_LABELS_EN, T3_GROUP_ROWS, type TableKey, type T3RowId } from './schema';
import type { Cell, Finding, Locale, Position, Range, Severity } from './types';

const messages = defineMessages({
  reportedDifference: {
    zh: '（填报 {reported}，差 {difference}）',
    en: ' (reported {reported}, difference {difference})',
  },
  relationUnknown: {
    zh: '（有缺失的值，无法计算）',
    en: ' (a value is missing; cannot evaluate)',
  },
  difference: {
    zh: '（差 {difference}）',
    en: ' (difference {difference})',
  },
  nonZeroTerms: {
    zh: '　其中非零项：',
    en: '　non-zero terms: ',
  },
  termSeparator: {
    zh: '，',
    en: ', ',
  },
  noProblemsFound: {
    zh: '✓ 未发现问题',
    en: '✓ no problems found',
  },
  error: {
    zh: '错误 {count}',
    en: '{count} errors',
  },
  warning: {
    zh: '警告 {count}',
    en: '{count} warnings',
  },
  information: {
    zh: '信息 {count}',
    en: '{count} information',
  },
  hint: {
    zh: '提示 {count}',
    en: '{count} hints',
  },
  uncertain: {
    zh: '未能可靠读出，未作核对',
    en: 'uncertain reading, not checked',
  },
  uncertainSource: {
    zh: '未能可靠读出（原文 `{raw}`），未作核对',
    en: 'uncertain reading (source `{raw}`), not checked',
  },
  blank: {
    zh: '空白（原表未填写），未作核对',
    en: 'blank in the report, not checked',
  },
  unreadable: {
    zh: '无法读取（原文 `{raw}`）',
    en: 'unreadable (source `{raw}`)',
  },
  missing: {
    zh: '缺失',
    en: 'missing',
  },
  printedAs: {
    zh: '（原文 `{raw}`）',
    en: ' (source `{raw}`)',
  },
  value: {
    zh: '值：{value}',
    en: 'Value: {value}',
  },
  relations: {
    zh: '**勾稽关系**',
    en: '**Relations**',
  },
  problems: {
    zh: '**问题**',
    en: '**Problems**',
  },
  decisionsNote: {
    zh: '“本年处理决定数量”包括已公开和依法未公开的全部处理决定。',
    en: '“Decisions this year” counts every decision, disclosed or not.',
  },
  feesNote: {
    zh: '单位为万元，允许小数。',
    en: 'In units of 10,000 yuan; decimals allowed.',
  },
  categoryNote: {
    zh: '官方表格中分类行是合并的标签单元格，本身没有数值；数值应填在其编号子项上。',
    en: 'In the official table a category row is a merged label with no numbers; the numbers belong on its numbered sub-items.',
  },
  none: {
    zh: '无',
    en: 'none',
  },
  uncertainRow: {
    zh: '**{table}{row}：未能可靠读出**\n\n数字连在一起，无法唯一拆分成各列；可能的读法：{readings}。这些单元格未读入，未作核对，请对照原表。',
    en: '**{table}{row}: uncertain reading**\n\nDigits run together and split into the columns in more than one way (or none); possible readings: {readings}. These cells were not read or checked.',
  },
  unattributedRow: {
    zh: '**表三：无法对应的数字行**\n\n这一行数字与行标签分开印出，数目与等待的行标签不符，无法确定属于哪一行；未读入，未作核对。',
    en: '**Table 3: unattributed numbers**\n\nThis row of numbers stands away from its label and cannot be given to a row; it was not read or checked.',
  },
  t2Summary: {
    zh: '规章：制发 {A1}，废止 {A2}，现行有效 {A3}；行政规范性文件：制发 {B1}，废止 {B2}，现行有效 {B3}；行政许可 {L1}，行政处罚 {P1}，行政强制 {P2}；行政事业性收费 {F1} 万元。',
    en: 'Rules: {A1} issued, {A2} repealed, {A3} in force; normative documents: {B1} issued, {B2} repealed, {B3} in force; licensing {L1}, penalties {P1}, enforcement {P2}; fees {F1} (10k yuan).',
  },
  t3Summary: {
    zh: '本年新收 {R01C7} 件，上年结转 {R02C7} 件；办理完结（（七）总计）{R24C7} 件，结转下年度继续办理 {R25C7} 件。',
    en: 'New {R01C7}, carried over {R02C7}; completed ((7) total) {R24C7}, carried forward {R25C7}.',
  },
  t3Results: {
    zh: '办理结果：予以公开 {R03C7}，部分公开 {R04C7}，不予公开 {refused}，无法提供 {unable}，不予处理 {ignored}，其他处理 {other}。',
    en: 'Results: disclosed {R03C7}, partly {R04C7}, refused {refused}, unable {unable}, not handled {ignored}, other {other}.',
  },
  t4Summary: {
    zh: '行政复议 {K5} 件（维持 {K1}，纠正 {K2}，其他 {K3}，尚未审结 {K4}）；行政诉讼 {litigation} 件（未经复议直接起诉 {K10}，复议后起诉 {K15}）。',
    en: 'Reconsideration {K5} (upheld {K1}, corrected {K2}, other {K3}, pending {K4}); litigation {litigation} (direct {K10}, after reconsideration {K15}).',
  },
  sectionChecks: {
    zh: '本部分检查：{counts}',
    en: 'Checks in this section: {counts}',
  },
  balanceHeading: {
    zh: '**勾稽关系：第一项 + 第二项 = 第三项（（七）总计）+ 第四项**，每一列都应成立',
    en: '**Balance: I + II = (7) total + IV**, in every column',
  },
  balanceUnknown: {
    zh: '（表三的值不足，无法计算）',
    en: '(table 三 is incomplete; cannot evaluate)',
  },
  balanceTableHeader: {
    zh: '| 列 | 新收 + 结转 | 总计 + 结转下年 | |',
    en: '| column | new + carried | total + forward | |',
  },
  diff: {
    zh: '差',
    en: 'diff',
  },
  oneUnbalanced: {
    zh: '✗ {failed} 处不平衡',
    en: '✗ {failed} relation out of balance',
  },
  manyUnbalanced: {
    zh: '✗ {failed} 处不平衡',
    en: '✗ {failed} relations out of balance',
  },
  allRelationsHold: {
    zh: '✓ 勾稽关系全部成立',
    en: '✓ all relations hold',
  },
  unknownRelations: {
    zh: ' {unknown} 处缺值无法计算',
    en: ' {unknown} cannot be evaluated',
  },
});

export type { TableKey };

export function contains(r: Range, p: Position): boolean {
  const after = p.line > r.start.line || (p.line === r.start.line && p.character >= r.start.character);
  const before = p.line < r.end.line || (p.line === r.end.line && p.character <= r.end.character);
  return after && before;
}

/** Every cell including the values standing on category rows of table 三 (`G3.C1` …). */

/** The cell whose source text is at `p` (the end of a cell counts as the cell). */
export function cellAt(model: ReportModel, p: Position): Cell | null {
  let hit: Cell | null = null;
  for (const c of cellsWithCategories(model).list) {
    if (!c.range || !contains(c.range, p)) continue;
    if (!hit || p.character < c.range.end.character) hit = c;
  }
  return hit;
}

export function tableOf(id: string): TableKey | null {
  const table = parseCellId(id)?.table;
  return table === 't3-category' ? null : table ?? null;
}

export function relationsOf(model: ReportModel, id: string): Relation[] {
  return model.relations.filter(r => r.left.includes(id) || r.right.includes(id));
}

/** Row label with its category for table 三 sub-items (`（三）不予公开 › 1.属于国家秘密`). */
function rowTitle(row: T3RowId, locale: Locale): string {
  const def = T3_ROW_BY_ID[row];
  const label = cellLabel(`${row}.C1`, locale).split(' / ')[0];
  return def.group && locale !== 'en' ? `${T3_GROUP_LABELS[def.group]} › ${label}` : label;
}

// schema.cellLabel gives table 二 ids no English label; these stand in for the hover.
const T2_ROWS_EN: Record<string, string> = { A: 'Rules', B: 'Normative documents', L1: 'Administrative licensing', P1: 'Administrative penalties', P2: 'Administrative enforcement', F1: 'Administrative fees' };
const T2_COLS_EN = ['issued this year', 'repealed this year', 'in force'];
const T2_EN: Record<string, { row: string; column: string }> = {
  ...Object.fromEntries(['A', 'B'].flatMap(r => [1, 2, 3].map(i => [`${r}${i}`, { row: T2_ROWS_EN[r], column: T2_COLS_EN[i - 1] }]))),
  L1: { row: T2_ROWS_EN.L1, column: 'decisions this year' },
  P1: { row: T2_ROWS_EN.P1, column: 'decisions this year' },
  P2: { row: T2_ROWS_EN.P2, column: 'decisions this year' },
  F1: { row: T2_ROWS_EN.F1, column: 'amount this year (10,000 yuan)' },
};

/** Full label of a cell: row and column, with the category of table 三 sub-items. */
export function fullLabel(id: string, locale: Locale): { row: string; column: string } {
  const ref = parseCellId(id);
  const columns = locale === 'en' ? T3_COL_LABELS_EN : T3_COL_LABELS;
  if (ref?.table === 't3-category') {
    const group = T3_GROUP_LABELS[ref.group];
    return { row: locale === 'en' ? `category row ${group}` : `分类行 ${group}`, column: columns[ref.col] };
  }
  if (ref?.table === 't3') return { row: rowTitle(ref.row, locale), column: columns[ref.col] };
  if (locale === 'en' && T2_EN[id]) return T2_EN[id];
  const [row, column = ''] = cellLabel(id, locale).split(' / ');
  return { row, column };
}

const num = (v: number | null | undefined) => (v === null || v === undefined ? '?' : String(v));
const signed = (d: number) => (d > 0 ? `+${d}` : String(d));

/** One relation written out and evaluated, e.g. `（七）总计 自然人 = 6 + 0 + 4 = 10 ✓`. */
export function describeRelation(model: ReportModel, rel: Relation, locale: Locale): string {
  const cells = allCells(model);
  const v = (id: string) => num(cells.get(id)?.value);
  const label = (id: string) => cellLabel(id, locale).replace(' / ', ' ');
  const mark = rel.holds === true ? '✓' : rel.holds === false ? '✗' : '？';
  const d = rel.leftValue !== null && rel.rightValue !== null ? rel.leftValue - rel.rightValue : null;
  const tail = rel.holds === false && d !== null
    ? messages.text(locale, 'reportedDifference', { reported: num(rel.leftValue), difference: signed(d) })
    : rel.holds === null ? messages.text(locale, 'relationUnknown') : '';
  if (rel.left.length === 1) {
    return `${label(rel.left[0])} = ${rel.right.map(v).join(' + ')} = ${num(rel.rightValue)} ${mark}${tail}`;
  }
  const eq = rel.holds === false ? '≠' : '=';
  const diff = rel.holds === false && d !== null ? messages.text(locale, 'difference', { difference: signed(d) }) : rel.holds === null ? tail : '';
  return `${relationEquation(rel, locale)}：${rel.left.map(v).join(' + ')} ${eq} ${rel.right.map(v).join(' + ')}（${num(rel.leftValue)} ${eq} ${num(rel.rightValue)}）${mark}${diff}`;
}

/** Non-zero terms of a long sum, so the reader sees where the total comes from. */
function nonZeroTerms(model: ReportModel, rel: Relation, locale: Locale): string {
  if (rel.right.length <= 7) return '';
  const cells = allCells(model);
  const { labels } = relationTerms(rel.right, locale);
  const parts = rel.right.map((id, i) => [labels[i], cells.get(id)?.value] as const).filter(([, x]) => x !== 0);
  if (!parts.length) return '';
  return messages.text(locale, 'nonZeroTerms') + parts.map(([l, x]) => `${l} ${num(x)}`).join(messages.text(locale, 'termSeparator'));
}

const SEV_ORDER: Severity[] = ['error', 'warning', 'information', 'hint'];
export function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const f of findings) out[f.severity]++;
  return out;
}

function countsText(findings: Finding[], locale: Locale): string {
  if (!findings.length) return messages.text(locale, 'noProblemsFound');
  const c = countBySeverity(findings);
  const parts = SEV_ORDER.filter(s => c[s]).map(s => messages.text(locale, s, { count: c[s] }));
  return `${c.error ? '✗' : '⚠'} ${parts.join(' · ')}`;
}

const NOTES: Record<string, 'decisionsNote' | 'feesNote'> = {
  L1: 'decisionsNote', P1: 'decisionsNote', P2: 'decisionsNote', F1: 'feesNote',
};

/** Hover of a table cell: labels, id, value, every relation it is part of, its findings. */
export function explainCell(model: ReportModel, findings: Finding[], cell: Cell, locale: Locale): string {
  const { row, column } = fullLabel(cell.id, locale);
  const out: string[] = [`**${row}**${column ? ` · **${column}**` : ''}　\`${cell.id}\``, ''];
  const blank = [...(model.t3?.blank ?? []), ...(model.t4?.blank ?? [])].includes(cell.id);
  const value = cell.uncertain
    ? (cell.raw ? messages.text(locale, 'uncertainSource', { raw: cell.raw }) : messages.text(locale, 'uncertain'))
    : blank ? messages.text(locale, 'blank')
    : cell.value === null
    ? (cell.raw ? messages.text(locale, 'unreadable', { raw: cell.raw }) : messages.text(locale, 'missing'))
    : String(cell.value) + (cell.raw && cell.raw.trim() !== String(cell.value) ? messages.text(locale, 'printedAs', { raw: cell.raw }) : '');
  out.push(messages.text(locale, 'value', { value }));
  const note = parseCellId(cell.id)?.table === 't3-category' ? 'categoryNote' : NOTES[cell.id];
  if (note) out.push('', `*${messages.text(locale, note)}*`);
  const rels = relationsOf(model, cell.id);
  if (rels.length) {
    out.push('', messages.text(locale, 'relations'));
    for (const r of rels) {
      out.push(`- ${describeRelation(model, r, locale)}`);
      const extra = nonZeroTerms(model, r, locale);
      if (extra) out.push(`  ${extra}`);
    }
  }
  const own = findings.filter(f => f.cells?.includes(cell.id));
  if (own.length) {
    out.push('', messages.text(locale, 'problems'));
    for (const f of own) out.push(`- ${f.message}`);
  }
  return out.join('\n');
}

/** Numbers the reader left unread at `p` (digits run together, or printed away from their labels), explained. */
export function explainUncertainAt(model: ReportModel, p: Position, locale: Locale): { range: Range; text: string } | null {
  const tables: [TableKey, UncertainRow[]][] = [
    ['t2', model.t2?.uncertain ?? []], ['t3', model.t3?.uncertain ?? []], ['t4', model.t4?.uncertain ?? []]];
  for (const [table, rows] of tables) {
    const u = rows.find(r => contains(r.range, p));
    if (!u) continue;
    const name = isT3RowId(u.row) ? rowTitle(u.row, locale) : u.row;
    const readings = u.readings.length ? joinList(locale, u.readings.map(r => `\`${r}\``)) : messages.text(locale, 'none');
    return {
      range: u.range,
      text: messages.text(locale, 'uncertainRow', { table: tableName(table, locale), row: name === tableName(table, 'zh-cn') ? '' : ` · ${name}`, readings }),
    };
  }
  const numbers = model.t3?.unattributed.numbers.find(r => contains(r, p));
  if (numbers) {
    return {
      range: numbers,
      text: messages.text(locale, 'unattributedRow'),
    };
  }
  return null;
}

function sectionLines(s: Section): [number, number] {
  return [s.range.start.line, Math.max(s.end, s.range.end.line + 1)];
}

export function findingsIn(findings: Finding[], from: number, to: number): Finding[] {
  return findings.filter(f => f.range.start.line >= from && f.range.start.line < to);
}

function val(model: ReportModel, id: string): string {
  return num(allCells(model).get(id)?.value);
}

function sumOf(model: ReportModel, rows: T3RowId[]): string {
  const cells = allCells(model);
  let s = 0;
  for (const r of rows) { const v = cells.get(`${r}.C7`)?.value; if (v === null || v === undefined) return '?'; s += v; }
  return String(s);
}

function sectionContent(model: ReportModel, index: number, locale: Locale): string[] {
  const v = (id: string) => val(model, id);
  if (index === 2 && model.t2) return [messages.text(locale, 't2Summary', { A1: v('A1'), A2: v('A2'), A3: v('A3'), B1: v('B1'), B2: v('B2'), B3: v('B3'), L1: v('L1'), P1: v('P1'), P2: v('P2'), F1: v('F1') })];
  if (index === 3 && model.t3) {
    const g = T3_GROUP_ROWS;
    return [
      messages.text(locale, 't3Summary', { R01C7: v('R01.C7'), R02C7: v('R02.C7'), R24C7: v('R24.C7'), R25C7: v('R25.C7') }),
      messages.text(locale, 't3Results', { R03C7: v('R03.C7'), R04C7: v('R04.C7'), refused: sumOf(model, g.refuse), unable: sumOf(model, g.unable), ignored: sumOf(model, g.ignore), other: sumOf(model, g.other) }),
    ];
  }
  if (index === 4 && model.t4) {
    const lit = (a: string, b: string) => { const x = allCells(model).get(a)?.value, y = allCells(model).get(b)?.value; return x == null || y == null ? '?' : String(x + y); };
    return [messages.text(locale, 't4Summary', { K5: v('K5'), K1: v('K1'), K2: v('K2'), K3: v('K3'), K4: v('K4'), litigation: lit('K10', 'K15'), K10: v('K10'), K15: v('K15') })];
  }
  return [];
}

const TABLE_OF_SECTION: Record<number, TableKey> = { 2: 't2', 3: 't3', 4: 't4' };

/** Hover of a section heading: what the section says and whether its checks pass. */
export function explainSection(model: ReportModel, findings: Finding[], s: Section, locale: Locale): string {
  const [from, to] = sectionLines(s);
  const out = [`**${s.heading}**`, ''];
  for (const line of sectionContent(model, s.index, locale)) out.push(line, '');
  const table = TABLE_OF_SECTION[s.index];
  const status = table && model[table] ? tableStatus(model, findings, table, locale) : null;
  if (status?.total) out.push(status.title, '');
  out.push(messages.text(locale, 'sectionChecks', { counts: countsText(findingsIn(findings, from, to), locale) }));
  return out.join('\n');
}

/** The printed balance of table 三 (I + II = (7) + IV) evaluated for every column. */
export function explainBalance(model: ReportModel, locale: Locale): string {
  const rows = new Set(['R01', 'R02', 'R24', 'R25']);
  const rels = model.relations.filter(r => {
    const used = new Set([...r.left, ...r.right].map(id => id.slice(0, 3)));
    return used.size === 4 && [...used].every(x => rows.has(x));
  });
  const out = [messages.text(locale, 'balanceHeading'), ''];
  if (!rels.length) return [...out, messages.text(locale, 'balanceUnknown')].join('\n');
  const cells = allCells(model);
  const v = (id: string) => num(cells.get(id)?.value);
  out.push(messages.text(locale, 'balanceTableHeader'), '|---|---:|---:|:-:|');
  for (const r of rels) {
    const ref = parseCellId(r.left[0]);
    const name = ref?.table === 't3' ? (locale === 'en' ? T3_COL_LABELS_EN : T3_COL_LABELS)[ref.col] : r.left[0];
    const d = r.leftValue !== null && r.rightValue !== null ? r.leftValue - r.rightValue : null;
    const mark = r.holds === true ? '✓' : r.holds === false ? `✗ ${messages.text(locale, 'diff')} ${signed(d ?? 0)}` : '？';
    out.push(`| ${name} | ${r.left.map(v).join(' + ')} = ${num(r.leftValue)} | ${r.right.map(v).join(' + ')} = ${num(r.rightValue)} | ${mark} |`);
  }
  return out.join('\n');
}

export interface TableStatus { ok: boolean; failed: number; unknown: number; total: number; title: string }

/** Status of one table for its code lens, from the relations the engine evaluated. */
export function tableStatus(model: ReportModel, findings: Finding[], table: TableKey, locale: Locale): TableStatus {
  const rels = model.relations.filter(r => [...r.left, ...r.right].every(id => tableOf(id) === table));
  const failed = rels.filter(r => r.holds === false).length, unknown = rels.filter(r => r.holds === null).length;
  if (!rels.length) {
    const range = model[table]?.range;
    const own = range ? findingsIn(findings, range.start.line, range.end.line + 1) : [];
    return { ok: own.length === 0, failed: 0, unknown: 0, total: 0, title: countsText(own, locale) };
  }
  let title = failed
    ? messages.text(locale, failed > 1 ? 'manyUnbalanced' : 'oneUnbalanced', { failed })
    : unknown ? '⚠' : messages.text(locale, 'allRelationsHold');
  if (unknown) title += messages.text(locale, 'unknownRelations', { unknown });
  return { ok: failed === 0, failed, unknown, total: rels.length, title };
}
