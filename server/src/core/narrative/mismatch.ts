// N1–N9: a figure in the prose that differs from the table (`narrative-mismatch`), a figure that
// reads two ways (`narrative-ambiguous`: `受理…110件` = 新收 100 + 上年结转 10), a negation
// the tables contradict (`narrative-negation`: `全年无…行政复议` while 行政复议总计 = 3) and a
// figure of a sub-unit against the whole body's table (`narrative-scope`, a guess: 请核实).
// A figure whose key word does not stand right before it is a guess too: warning, 请核实.

import type { Rule, RuleContext } from '../rule';
import { defineMessages } from '../messages';
import { parseCellId } from '../schema';
import type { Fix } from '../types';
import type { Claim } from './claims';
import { figureText, INDICATORS, indicatorName, tableFigure, type TableFigure } from './indicators';
import { cellsRelated, narrativeOf, numeralLike, tableName } from './narrative';
import { rangeIn } from './prose';
import { defineCodes } from '../codes';

export const codes = defineCodes({
  'narrative-mismatch': {
    group: 'narrative', severity: 'error', also: ['warning'], fixable: true, spec: '§5.1',
    zh: '正文数字与表格不符',
    en: 'a figure in the text contradicts its table (warning with 请核实 when the figure\'s key word does not stand right before it)',
    example: 'seed 001: `申请行政诉讼8件`, but 表四 行政诉讼 = 4 + 8 = 12; `予以公开和部分公开共15件`, but （一）+（二）= 14',
  },
  'narrative-negation': {
    group: 'narrative', severity: 'error', fixable: true, spec: '§5.1',
    zh: '否定表述与表格矛盾',
    en: 'a negated statement contradicted by the table',
    example: 'seed 004: `全年无因政府信息公开引起的行政复议`, but 行政复议总计 = 3; `全年无不予处理情形`, but 不予处理 = 2',
  },
  'narrative-scope': {
    group: 'narrative', severity: 'warning', fixable: false, spec: '§5.1',
    zh: '下级单位口径的数字与全机关表格不同，请核实',
    en: 'a figure of a sub-unit differs from the table of the whole body; both scopes named, 请核实',
    example: 'pdftotext 洪泽区 2024: `区政府办代表区政府受理…17 件`, 表三 新收 95',
  },
  'narrative-ambiguous': {
    group: 'narrative', severity: 'warning', fixable: true, spec: '§5.1',
    zh: '数字有两种读法',
    en: 'a figure that reads two ways; both readings explained',
    example: 'seed 001: `受理…110件` = 新收 100 + 上年结转 10',
  },
});

const messages = defineMessages({
  ambiguousCarried: {
    zh: '正文“{q}”有两种读法：{value} = 本年新收 {fresh} + 上年结转 {carried}。若指本年新收申请，应为 {fresh}；若包括上年结转，请注明“含上年结转{carried}件”',
    en: '“{q}” reads two ways: {value} = {fresh} new + {carried} carried over. New requests alone are {fresh}; if carried-over requests are included, say so',
  },
  fixSayCarried: {
    zh: '注明“含上年结转{carried}件”',
    en: 'Say it includes {carried} carried over',
  },
  ambiguousForward: {
    zh: '正文“{q}”有两种读法：{value} = 办结 {done} + 结转下年度继续办理 {forward}。表三“（七）总计”为 {done}',
    en: '“{q}” reads two ways: {value} = {done} completed + {forward} carried forward. Table 3 (7) total is {done}',
  },
  theReport: {
    zh: '本报告',
    en: 'the report',
  },
  otherIndicator: {
    zh: '。{value} 是“{indicator}”的数值，如指这一项请写明',
    en: '. {value} is the figure for {indicator}; if that is meant, say so',
  },
  fixSetNumber: {
    zh: '将 {value} 改为 {corrected}',
    en: 'Change {value} to {corrected}',
  },
  fixSetNewRequests: {
    zh: '改为本年新收数 {fresh}',
    en: 'Change to the new requests, {fresh}',
  },
  fixRewriteNegation: {
    zh: '改写为“{newText}”',
    en: 'Rewrite as “{newText}”',
  },
  scopeDiffers: {
    zh: '正文“{q}”说的是“{scope}”的数字，{table}是“{whole}”的数字（“{name}”为 {figure}），两者口径不同，请核实',
    en: '“{q}” is a figure of “{scope}”; {table} is for “{whole}” ({name} = {figure}); the scopes differ, please check',
  },
  negationContradicted: {
    zh: '正文称“{q}”（即为 0），但{table}“{name}”为 {figure}',
    en: 'The text says “{q}” (none), but {table} gives {name} = {figure}',
  },
  figureDiffers: {
    zh: '正文“{q}”与{table}不符：“{name}”为 {figure}',
    en: 'The text says “{q}”, but {table} gives {name} = {figure}',
  },
  mayMeanOther: {
    zh: '（该数字所指可能另有含义，请核实）',
    en: ' (the figure may mean something else; please check)',
  },
});

/** Indicators a figure is often confused with, named in the message when the figure equals one. */
const CONFUSABLE: Record<string, string[]> = {
  litigation: ['litDirect', 'litAfter'],
  review: ['litigation'],
  received: ['completed'],
  completed: ['received'],
};

export function quote(c: Claim): string {
  const from = Math.min(c.keywordStart, c.start), to = Math.max(c.phraseEnd, c.keywordEnd);
  const s = c.para.text.slice(from, to);
  return s.length > 40 ? s.slice(0, 39) + '…' : s;
}

function setNumber(ctx: RuleContext, c: Claim, value: number, preferred: boolean, title?: string): Fix {
  return {
    kind: 'set-narrative-number',
    title: title ?? messages.text(ctx.locale, 'fixSetNumber', { value: c.value, corrected: value }),
    edits: [{ range: c.range, newText: numeralLike(value, c.chinese) }],
    preferred,
  };
}

/** The two readings of a request count: new only, or new + carried over (and handled + carried forward). */
function ambiguous(ctx: RuleContext, c: Claim, fig: TableFigure): boolean {
  const { cells } = narrativeOf(ctx);
  const two = (a: string, b: string) => [tableFigure(ctx.model, [a], cells).value, tableFigure(ctx.model, [b], cells).value];
  const { locale } = ctx;
  const q = quote(c);
  if (c.indicator.key === 'received') {
    const [fresh, carried] = two('R01.C7', 'R02.C7');
    if (fresh === null || !carried || c.value !== fresh + carried) return false;
    if (c.includesCarried) return true;
    ctx.report({
      code: 'narrative-ambiguous', severity: 'warning', range: c.range, cells: ['R01.C7', 'R02.C7'],
      expected: fresh, delta: c.value - fresh,
      message: messages.text(locale, 'ambiguousCarried', { q, value: c.value, fresh, carried }),
      related: cellsRelated(fig.cells.concat(tableFigure(ctx.model, ['R02.C7'], cells).cells), locale),
      fixes: [
        setNumber(ctx, c, fresh, false, messages.text(locale, 'fixSetNewRequests', { fresh })),
        {
          kind: 'qualify-narrative-number',
          title: messages.text(locale, 'fixSayCarried', { carried }),
          edits: [{ range: rangeIn(c.para, c.phraseEnd, c.phraseEnd), newText: `（含上年结转${carried}件）` }],
        },
      ],
    });
    return true;
  }
  if (c.indicator.key === 'completed' && HANDLED.test(c.keyword)) {
    const [done, forward] = two('R24.C7', 'R25.C7');
    if (done === null || !forward || c.value !== done + forward) return false;
    ctx.report({
      code: 'narrative-ambiguous', severity: 'warning', range: c.range, cells: ['R24.C7', 'R25.C7'],
      expected: done, delta: c.value - done,
      message: messages.text(locale, 'ambiguousForward', { q, value: c.value, done, forward }),
      related: cellsRelated(fig.cells.concat(tableFigure(ctx.model, ['R25.C7'], cells).cells), locale),
      fixes: [setNumber(ctx, c, done, false)],
    });
    return true;
  }
  return false;
}

/** `收到申请24件，其中已办结23件`: the new requests handled, R24 − R02, is a right reading too. */
function handledOfNew(ctx: RuleContext, c: Claim, firstReceived: Map<string, number>): boolean {
  if (c.indicator.key !== 'completed') return false;
  const { cells } = narrativeOf(ctx);
  const [done, carried] = ['R24.C7', 'R02.C7'].map(id => tableFigure(ctx.model, [id], cells).value);
  const received = firstReceived.get(sentenceKey(c));
  return done !== null && carried !== null && c.value === done - carried && received !== undefined && received < c.start;
}

/** The completed-count words that may also mean the forwarded ones (a constant: a literal in a function is a new object each call). */
const HANDLED = /办理|处理/;
const sentenceKey = (c: Claim) => `${c.para.firstLine}:${c.sentenceStart}`;

/** Whose figures the tables are: the issuer named in the title, or the report. */
function wholeScope(ctx: RuleContext): string {
  const issuer = ctx.model.title?.issuer ?? '';
  if (issuer && issuer.length <= 30) return issuer;
  return messages.text(ctx.locale, 'theReport');
}

function confusion(ctx: RuleContext, c: Claim): string {
  const { cells } = narrativeOf(ctx);
  for (const key of CONFUSABLE[c.indicator.key] ?? []) {
    const other = INDICATORS[key];
    if (tableFigure(ctx.model, other.cells, cells).value === c.value) {
      return messages.text(ctx.locale, 'otherIndicator', { value: c.value, indicator: indicatorName(other, ctx.locale) });
    }
  }
  return '';
}

function negationFix(ctx: RuleContext, c: Claim, value: number): Fix | undefined {
  if (c.start >= c.keywordStart) return undefined; // postfix form (`均未发生`): no safe rewrite
  if (parseCellId(c.indicator.cells[0])?.table === 't3' && c.indicator.key !== 'received') return undefined; // `无不予处理情形`: no natural rewrite
  const text = c.para.text;
  const words = text.slice(c.start, c.end).replace(/^(?:没有|未|无)/, '');
  const unitFollows = /^\s?[件次]/.test(text.slice(c.end, c.end + 2));
  const newText = `${words}${value}${unitFollows ? '' : '件'}`;
  return {
    kind: 'rewrite-negation',
    title: messages.text(ctx.locale, 'fixRewriteNegation', { newText }),
    edits: [{ range: c.range, newText }],
    // Which side is wrong, prose or table, is the author's call: fix-all leaves prose alone.
    preferred: false,
  };
}

export const mismatchRule: Rule = ctx => {
  const { claims, cells } = narrativeOf(ctx);
  const { locale } = ctx;
  // Where each sentence's first request count stands, for `收到申请24件，其中已办结23件`.
  const firstReceived = new Map<string, number>();
  for (const c of claims) if (c.indicator.key === 'received' && !firstReceived.has(sentenceKey(c))) firstReceived.set(sentenceKey(c), c.start);
  for (const c of claims) {
    const fig = tableFigure(ctx.model, c.indicator.cells, cells);
    if (fig.value === null || fig.value === c.value) continue;
    if (!c.negated && (ambiguous(ctx, c, fig) || handledOfNew(ctx, c, firstReceived))) continue;
    const table = tableName(c.indicator.cells[0], locale);
    const name = indicatorName(c.indicator, locale);
    const q = quote(c);
    const common = {
      range: c.range, cells: c.indicator.cells, expected: fig.value, delta: c.value - fig.value,
      related: cellsRelated(fig.cells, locale),
    };
    if (c.scope) {
      const whole = wholeScope(ctx);
      ctx.report({
        ...common, code: 'narrative-scope', severity: 'warning',
        message: messages.text(locale, 'scopeDiffers', { q, scope: c.scope, table, whole, name, figure: figureText(fig) }),
      });
      continue;
    }
    if (c.negated) {
      const fix = negationFix(ctx, c, fig.value);
      ctx.report({
        ...common, code: 'narrative-negation', severity: 'error',
        message: messages.text(locale, 'negationContradicted', { q, table, name, figure: figureText(fig) }),
        fixes: fix ? [fix] : undefined,
      });
      continue;
    }
    ctx.report({
      ...common, code: 'narrative-mismatch', severity: c.confident ? 'error' : 'warning',
      message: messages.text(locale, 'figureDiffers', { q, table, name, figure: figureText(fig) }) + confusion(ctx, c)
        + (c.confident ? '' : messages.text(locale, 'mayMeanOther')),
      // Not preferred: which side is wrong, prose or table, is the author's call.
      fixes: [setNumber(ctx, c, fig.value, false)],
    });
  }
};
