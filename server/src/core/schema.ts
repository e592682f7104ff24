// The fixed 2021 format (国办公开办函〔2021〕30号): canonical ids and official labels of every
// row and column of tables 二, 三 and 四, and the six section headings (spec §1.2, §2–§4).

import { defineMessages } from './messages';
import type { Locale } from './types';

/** The names of tables 二, 三 and 四 in messages. */
const tableNames = defineMessages({
  t2: { zh: '表二', en: 'Table 2' },
  t3: { zh: '表三', en: 'Table 3' },
  t4: { zh: '表四', en: 'Table 4' },
});

export type TableKey = keyof typeof tableNames.entries;

export function tableName(table: TableKey, locale: Locale): string {
  return tableNames.text(locale, table);
}

export const SECTION_HEADINGS = [
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
] as const;

// ---- Table 二 ---------------------------------------------------------------------------

export type T2Id = 'A1' | 'A2' | 'A3' | 'B1' | 'B2' | 'B3' | 'L1' | 'P1' | 'P2' | 'F1';
export const T2_IDS: T2Id[] = ['A1', 'A2', 'A3', 'B1', 'B2', 'B3', 'L1', 'P1', 'P2', 'F1'];

export interface T2RowDef { key: 'A' | 'B' | 'L' | 'P1' | 'P2' | 'F'; label: string; ids: T2Id[]; block: string; columns: string[]; decimal?: boolean }
export const T2_ROWS: T2RowDef[] = [
  { key: 'A', label: '规章', ids: ['A1', 'A2', 'A3'], block: '第二十条第（一）项', columns: ['本年制发件数', '本年废止件数', '现行有效件数'] },
  { key: 'B', label: '行政规范性文件', ids: ['B1', 'B2', 'B3'], block: '第二十条第（一）项', columns: ['本年制发件数', '本年废止件数', '现行有效件数'] },
  { key: 'L', label: '行政许可', ids: ['L1'], block: '第二十条第（五）项', columns: ['本年处理决定数量'] },
  { key: 'P1', label: '行政处罚', ids: ['P1'], block: '第二十条第（六）项', columns: ['本年处理决定数量'] },
  { key: 'P2', label: '行政强制', ids: ['P2'], block: '第二十条第（六）项', columns: ['本年处理决定数量'] },
  { key: 'F', label: '行政事业性收费', ids: ['F1'], block: '第二十条第（八）项', columns: ['本年收费金额（单位：万元）'], decimal: true },
];
const T2_ROWS_EN: Record<T2RowDef['key'], string> = {
  A: 'rules', B: 'normative documents', L: 'administrative licensing', P1: 'administrative penalties', P2: 'administrative enforcement', F: 'administrative fees',
};
const T2_COLUMNS_EN: Record<string, string> = {
  本年制发件数: 'issued this year', 本年废止件数: 'repealed this year', 现行有效件数: 'in force',
  本年处理决定数量: 'decisions this year', '本年收费金额（单位：万元）': 'fees this year (10,000 yuan)',
};
export const T2_BLOCKS = ['第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项'];
export const T2_HEADERS = ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数', '本年处理决定数量', '本年收费金额（单位：万元）'];

// ---- Table 三 ---------------------------------------------------------------------------

export type T3ColId = 'C1' | 'C2' | 'C3' | 'C4' | 'C5' | 'C6' | 'C7';
export const T3_COLS: T3ColId[] = ['C1', 'C2', 'C3', 'C4', 'C5', 'C6', 'C7'];
export const T3_COL_LABELS: Record<T3ColId, string> = {
  C1: '自然人', C2: '商业企业', C3: '科研机构', C4: '社会公益组织', C5: '法律服务机构', C6: '其他', C7: '总计',
};
export const T3_COL_LABELS_EN: Record<T3ColId, string> = {
  C1: 'natural persons', C2: 'businesses', C3: 'research institutions', C4: 'public-interest organisations',
  C5: 'legal-service organisations', C6: 'other organisations', C7: 'total',
};

/** Groups of result rows; `cat` is the merged category label that carries no numbers of its own. */
export type T3Group = 'results' | 'refuse' | 'unable' | 'ignore' | 'other';
export const T3_GROUP_LABELS: Record<T3Group, string> = {
  results: '三、本年度办理结果', refuse: '（三）不予公开', unable: '（四）无法提供', ignore: '（五）不予处理', other: '（六）其他处理',
};

export type T3RowId =
  | 'R01' | 'R02' | 'R03' | 'R04' | 'R05' | 'R06' | 'R07' | 'R08' | 'R09' | 'R10' | 'R11' | 'R12' | 'R13'
  | 'R14' | 'R15' | 'R16' | 'R17' | 'R18' | 'R19' | 'R20' | 'R21' | 'R22' | 'R23' | 'R24' | 'R25';

export interface T3RowDef {
  id: T3RowId;
  label: string;
  /** Category the row is a sub-item of (its merged label prints beside it). */
  group?: Exclude<T3Group, 'results'>;
  /** Key phrases (after label normalisation) that identify the row even in damaged text. */
  keys: string[];
}

export const T3_ROWS: T3RowDef[] = [
  { id: 'R01', label: '一、本年新收政府信息公开申请数量', keys: ['本年新收'] },
  { id: 'R02', label: '二、上年结转政府信息公开申请数量', keys: ['上年结转'] },
  { id: 'R03', label: '（一）予以公开', keys: ['予以公开'] },
  { id: 'R04', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', keys: ['部分公开'] },
  { id: 'R05', label: '1.属于国家秘密', group: 'refuse', keys: ['国家秘密'] },
  { id: 'R06', label: '2.其他法律行政法规禁止公开', group: 'refuse', keys: ['禁止公开', '法律行政法规', '其他法律'] },
  { id: 'R07', label: '3.危及“三安全一稳定”', group: 'refuse', keys: ['三安全一稳定', '三安全'] },
  { id: 'R08', label: '4.保护第三方合法权益', group: 'refuse', keys: ['第三方合法权益', '保护第三方'] },
  { id: 'R09', label: '5.属于三类内部事务信息', group: 'refuse', keys: ['三类内部事务', '内部事务'] },
  { id: 'R10', label: '6.属于四类过程性信息', group: 'refuse', keys: ['四类过程性', '过程性信息'] },
  { id: 'R11', label: '7.属于行政执法案卷', group: 'refuse', keys: ['行政执法案卷', '执法案卷'] },
  { id: 'R12', label: '8.属于行政查询事项', group: 'refuse', keys: ['行政查询事项', '查询事项'] },
  { id: 'R13', label: '1.本机关不掌握相关政府信息', group: 'unable', keys: ['不掌握'] },
  { id: 'R14', label: '2.没有现成信息需要另行制作', group: 'unable', keys: ['另行制作', '没有现成信息'] },
  { id: 'R15', label: '3.补正后申请内容仍不明确', group: 'unable', keys: ['补正后', '仍不明确'] },
  { id: 'R16', label: '1.信访举报投诉类申请', group: 'ignore', keys: ['信访举报投诉', '信访'] },
  { id: 'R17', label: '2.重复申请', group: 'ignore', keys: ['重复申请'] },
  { id: 'R18', label: '3.要求提供公开出版物', group: 'ignore', keys: ['公开出版物', '出版物'] },
  { id: 'R19', label: '4.无正当理由大量反复申请', group: 'ignore', keys: ['大量反复'] },
  { id: 'R20', label: '5.要求行政机关确认或重新出具已获取信息', group: 'ignore', keys: ['确认或重新出具', '重新出具'] },
  { id: 'R21', label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', group: 'other', keys: ['逾期不补正', '不补正'] },
  { id: 'R22', label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请', group: 'other', keys: ['收费通知', '缴纳费用'] },
  { id: 'R23', label: '3.其他', group: 'other', keys: [] },
  { id: 'R24', label: '（七）总计', keys: ['（七）总计', '七)总计', '(七)总计'] },
  { id: 'R25', label: '四、结转下年度继续办理', keys: ['结转下年度', '继续办理'] },
];
export const T3_ROW_IDS: T3RowId[] = T3_ROWS.map(r => r.id);
export const T3_ROW_BY_ID: Record<T3RowId, T3RowDef> = Object.fromEntries(T3_ROWS.map(r => [r.id, r])) as Record<T3RowId, T3RowDef>;

/** Sub-item rows of each category, in official order. */
export const T3_GROUP_ROWS: Record<Exclude<T3Group, 'results'>, T3RowId[]> = {
  refuse: ['R05', 'R06', 'R07', 'R08', 'R09', 'R10', 'R11', 'R12'],
  unable: ['R13', 'R14', 'R15'],
  ignore: ['R16', 'R17', 'R18', 'R19', 'R20'],
  other: ['R21', 'R22', 'R23'],
};
/** The 21 result cells summed by T3-E2, grouped as the format prints them. */
export const T3_RESULT_ROWS: T3RowId[] = ['R03', 'R04', ...T3_GROUP_ROWS.refuse, ...T3_GROUP_ROWS.unable, ...T3_GROUP_ROWS.ignore, ...T3_GROUP_ROWS.other];

/** Short English row names for the English UI. */
export const T3_ROW_LABELS_EN: Record<T3RowId, string> = {
  R01: 'I. new requests this year', R02: 'II. carried over from last year', R03: '(1) disclosed', R04: '(2) partly disclosed',
  R05: '(3)1 state secret', R06: '(3)2 barred by other laws', R07: '(3)3 “three securities, one stability”', R08: '(3)4 third-party rights',
  R09: '(3)5 internal affairs', R10: '(3)6 process information', R11: '(3)7 enforcement files', R12: '(3)8 query matters',
  R13: '(4)1 not held', R14: '(4)2 would need to be made', R15: '(4)3 still unclear after correction',
  R16: '(5)1 petitions and complaints', R17: '(5)2 repeated request', R18: '(5)3 published material', R19: '(5)4 mass repeated requests',
  R20: '(5)5 confirm or reissue', R21: '(6)1 no correction in time', R22: '(6)2 fee not paid', R23: '(6)3 other',
  R24: '(7) total', R25: 'IV. carried forward to next year',
};

// ---- Table 四 ---------------------------------------------------------------------------

export type T4Id = 'K1' | 'K2' | 'K3' | 'K4' | 'K5' | 'K6' | 'K7' | 'K8' | 'K9' | 'K10' | 'K11' | 'K12' | 'K13' | 'K14' | 'K15';
export const T4_IDS: T4Id[] = ['K1', 'K2', 'K3', 'K4', 'K5', 'K6', 'K7', 'K8', 'K9', 'K10', 'K11', 'K12', 'K13', 'K14', 'K15'];
export const T4_GROUPS = ['行政复议', '行政诉讼·未经复议直接起诉', '行政诉讼·复议后起诉'];
export const T4_GROUPS_EN = ['administrative reconsideration', 'litigation, direct', 'litigation after reconsideration'];
export const T4_RESULTS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];
export const T4_RESULTS_EN = ['upheld', 'corrected', 'other result', 'pending', 'total'];

/** Official label of any canonical cell id, e.g. `R24.C1` → `（七）总计 / 自然人`. */
export function cellLabel(id: string, locale: 'zh-cn' | 'en' = 'zh-cn'): string {
  const en = locale === 'en';
  const ref = parseCellId(id);
  switch (ref?.table) {
    case 't3':
      return en ? `${T3_ROW_LABELS_EN[ref.row]} / ${T3_COL_LABELS_EN[ref.col]}` : `${T3_ROW_BY_ID[ref.row].label} / ${T3_COL_LABELS[ref.col]}`;
    case 't3-category':
      return `${T3_GROUP_LABELS[ref.group]} / ${en ? T3_COL_LABELS_EN[ref.col] : T3_COL_LABELS[ref.col]}`;
    case 't4':
      return en ? `${T4_GROUPS_EN[ref.group]} / ${T4_RESULTS_EN[ref.result]}` : `${T4_GROUPS[ref.group]} / ${T4_RESULTS[ref.result]}`;
    case 't2': {
      const row = T2_ROWS.find(r => r.ids.includes(ref.id))!;
      const j = row.ids.indexOf(ref.id);
      return en ? `${T2_ROWS_EN[row.key]} / ${T2_COLUMNS_EN[row.columns[j]]}` : `${row.label} / ${row.columns[j]}`;
    }
  }
  return id;
}

/** Ids of a category row's cells when it carries numbers (`G3.C1` for （三）不予公开 / 自然人). */
export type T3CategoryGroup = Exclude<T3Group, 'results'>;
export type T3GroupId = 'G3' | 'G4' | 'G5' | 'G6';
export const T3_GROUP_IDS: Record<T3CategoryGroup, T3GroupId> = { refuse: 'G3', unable: 'G4', ignore: 'G5', other: 'G6' };

// ---- Cell ids ---------------------------------------------------------------------------

/** A canonical cell id taken apart: which table, and the typed row and column it names. */
export type CellRef =
  | { table: 't2'; id: T2Id }
  | { table: 't3'; id: `${T3RowId}.${T3ColId}`; row: T3RowId; col: T3ColId }
  /** The numbers printed on a category row of table 三 (`G3.C1`), where its sub-items are missing. */
  | { table: 't3-category'; id: `${T3GroupId}.${T3ColId}`; group: T3CategoryGroup; col: T3ColId }
  /** `group` 0–2 (复议, 直接起诉, 复议后起诉) and `result` 0–4 (维持 … 总计) index T4_GROUPS and T4_RESULTS. */
  | { table: 't4'; id: T4Id; group: number; result: number };

const member = <T extends string>(list: readonly T[]) => {
  const set = new Set<string>(list);
  return (s: string): s is T => set.has(s);
};
export const isT2Id = member(T2_IDS);
export const isT3RowId = member(T3_ROW_IDS);
export const isT3ColId = member(T3_COLS);
export const isT4Id = member(T4_IDS);
const GROUP_BY_ID = Object.fromEntries(Object.entries(T3_GROUP_IDS).map(([g, id]) => [id, g])) as Record<T3GroupId, T3CategoryGroup>;
export const isT3GroupId = member(Object.values(T3_GROUP_IDS));
export const isT3CategoryGroup = member(Object.keys(T3_GROUP_IDS) as T3CategoryGroup[]);

/** The id of a table 三 cell (`R03.C7`, `G3.C1`), one shared string per cell: the models of every
 *  analysis use the same strings, so maps keyed by cell id hash each id once. */
const T3_CELL_IDS = new Map<string, Record<T3ColId, string>>();
export function t3CellId(row: T3RowId | T3GroupId, col: T3ColId): string {
  return t3RowCellIds(row)[col];
}

/** The ids of a row's seven cells, by column. */
export function t3RowCellIds(row: T3RowId | T3GroupId): Record<T3ColId, string> {
  let byCol = T3_CELL_IDS.get(row);
  if (!byCol) {
    byCol = { C1: `${row}.C1`, C2: `${row}.C2`, C3: `${row}.C3`, C4: `${row}.C4`, C5: `${row}.C5`, C6: `${row}.C6`, C7: `${row}.C7` };
    T3_CELL_IDS.set(row, byCol);
  }
  return byCol;
}

/** The typed parts of a canonical cell id (`A1`, `R03.C7`, `G3.C1`, `K15`); undefined for anything else. */
export function parseCellId(text: string): CellRef | undefined {
  if (isT2Id(text)) return { table: 't2', id: text };
  if (isT4Id(text)) {
    const i = Number(text.slice(1)) - 1;
    return { table: 't4', id: text, group: Math.floor(i / 5), result: i % 5 };
  }
  const dot = text.indexOf('.');
  if (dot < 0) return undefined;
  const row = text.slice(0, dot), col = text.slice(dot + 1);
  if (!isT3ColId(col)) return undefined;
  if (isT3RowId(row)) return { table: 't3', id: `${row}.${col}`, row, col };
  if (isT3GroupId(row)) return { table: 't3-category', id: `${row}.${col}`, group: GROUP_BY_ID[row], col };
  return undefined;
}

/** True for a canonical cell id of tables 二, 三 (with category cells) and 四. */
export function isCellId(text: string): boolean {
  return parseCellId(text) !== undefined;
}
