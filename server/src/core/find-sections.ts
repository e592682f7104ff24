// The title and the six sections (spec §1). Headings are recognised by number and wording,
// which keeps table rows such as `四、结转下年度继续办理` from being taken for headings.

import type { Section, Title } from './model';
import { SECTION_HEADINGS } from './schema';
import { mayKeyContain, normLabel } from './normalise';
import { CharSet, isWhiteSpace, range, type SourceText } from './text';
import { isValueToken } from './numbers';

/** Wording that identifies each section's heading, official and variant (spec §1.5). */
const HEADING_WORDS: RegExp[] = [
  /总体情况|概述|基本情况/,
  /主动公开/,
  /收到和处理|申请情况/,
  /行政复议|行政诉讼/,
  /主要问题|存在问题|改进情况/,
  /其他需要报告/,
];

const FORM_FEED = /\f/g;
const HEADING = /^([一二三四五六七八九十]{1,2})[、.．,，]\s*(.{2,40})$/;
const CN_NUMBER = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

/** The full wording of each part, official or a known variant: identifies a part whatever its number. */
export const SECTION_WORDING = new RegExp([
  '总体情况', '主动公开政府信息(?:的)?情况', '收到和处理政府信息公开申请(?:的)?情况',
  '(?:因政府信息公开(?:工作)?(?:被)?申请)?(?:政府信息公开)?行政复议、?(?:提起)?行政诉讼(?:的)?情况',
  '存在的?主要问题及改进(?:情况|措施)', '存在(?:的)?问题及改进(?:情况|措施)', '其他需要报告的事项',
].join('|'));
/** Every wording of SECTION_WORDING ends with one of these: a line with none of them holds no heading (a plain search first). */
export const SECTION_WORDING_ENDS = ['情况', '措施', '事项'];
const WORDING_INDEX: [RegExp, number][] = [
  [/^总体情况$/, 1], [/^主动公开政府信息/, 2], [/^收到和处理/, 3], [/行政复议/, 4], [/问题及改进/, 5], [/^其他需要报告/, 6],
];

/** The part a heading's words name when they are a part's full wording (`七、主动公开政府信息情况`). */
function indexByWording(words: string): number {
  return WHOLE_WORDING.test(words) ? WORDING_INDEX.find(([re]) => re.test(words))?.[1] ?? -1 : -1;
}
const WHOLE_WORDING = new RegExp(`^(?:${SECTION_WORDING.source})$`);

export function findSections(src: SourceText): Section[] {
  type Found = { index: number; printed: number; full: boolean; line: number; start: number; end: number; text: string };
  const found: Found[] = [];
  src.lines.forEach((raw, line) => {
    // Cheap tests first: a heading starts with a numeral (after markup), or is `其他需要报告的事项`
    // (no other character normalises to 其, so the line holds it as written).
    if (raw.length > 80 || !(startsWithNumeral(raw) || raw.includes('其'))) return;
    const s = raw.includes('\f') ? raw.replace(FORM_FEED, ' ') : raw;
    const text = stripMarkup(s.trim());
    const start = s.indexOf(text);
    const m = HEADING.exec(text);
    if (m) {
      if (hasValues(text)) return;
      const norm = normLabel(text);
      const printed = CN_NUMBER.indexOf(m[1]) + 1;
      const byWords = indexByWording(normLabel(m[2]));
      // The full wording decides (a renumbered outline); else the number with its usual words.
      const index = byWords > 0 ? byWords : printed >= 1 && printed <= 6 && HEADING_WORDS[printed - 1].test(norm) ? printed : -1;
      if (index > 0) found.push({ index, printed, full: byWords > 0, line, start, end: start + text.length, text });
    } else if (mayKeyContain(text, '报') && /^其他需要报告的事项$/.test(normLabel(text))) {
      found.push({ index: 6, printed: 6, full: true, line, start, end: start + text.length, text });
    }
  });
  // A part named by its full wording overrides a numbered topic that only resembles it
  // (`二、主动公开` as a topic of 总体情况, when `七、主动公开政府信息情况` stands later).
  const kept = found.filter(h => h.full || !found.some(o => o.full && o.index === h.index));
  return kept.map((h, k) => ({
    index: h.index,
    heading: h.text,
    range: range(h.line, h.start, h.end),
    bodyStart: h.line + 1,
    end: k + 1 < kept.length ? kept[k + 1].line : src.lines.length,
    variant: normLabel(h.text) !== normLabel(SECTION_HEADINGS[h.index - 1]),
    printed: h.printed,
  }));
}

const MARKUP_START = /^[#>*+_-]/;
/** A heading's text without markdown and list marks (`## `, `> `, `- `, `**…**`). */
function stripMarkup(s: string): string {
  if (!MARKUP_START.test(s)) return s.trim(); // neither pattern can match: most lines
  return s.replace(/^(?:#{1,6}\s*|>\s*|[-*+]\s+)+/, '').replace(/^(\*\*|__)(.*)\1$/, '$2').trim();
}

/** Whether the first character after white space and markdown marks (`#>*+_-`) is a heading numeral: `HEADING` needs it. */
function startsWithNumeral(s: string): boolean {
  let i = 0;
  while (i < s.length && (isWhiteSpace(s.charCodeAt(i)) || MARKUP_CODES.has(s.charCodeAt(i)))) i++;
  return NUMERAL_CODES.has(s.charCodeAt(i));
}
const MARKUP_CODES = new CharSet('#>*+_-');
const NUMERAL_CODES = new CharSet('一二三四五六七八九十');

/** Whether a cell after the first (cells between tabs or pipes, trimmed, empty ones skipped) is a value. */
function hasValues(text: string): boolean {
  let first = true;
  for (let start = 0, i = 0; i <= text.length; i++) {
    const c = text.charCodeAt(i);
    if (i < text.length && c !== 9 && c !== 124) continue; // not a tab or a pipe
    let a = start, b = i;
    start = i + 1;
    while (a < b && isWhiteSpace(text.charCodeAt(a))) a++;
    while (b > a && isWhiteSpace(text.charCodeAt(b - 1))) b--;
    if (a === b) continue;
    if (!first && isValueToken(text.slice(a, b))) return true;
    first = false;
  }
  return false;
}

/** Page chrome and crawler metadata (`标题:`, `发布机构:` …): never the title, never prose. */
const SHELL_WORD = /^(?:发布时间|发布日期|发布机构|来源|信息来源|选择阅读字号|字号|浏览次数|访问量|打印|关闭|信息索引号|索引号|发文日期|成文日期|文号|发文字号|分享|标题|栏目|所属栏目|主题分类|公开方式|公开范围|当前位置|首页)/;
/** A metadata word with its separator (`发布机构：`), or a short line of page chrome (`打印 关闭`). */
const SHELL = { test: (s: string) => SHELL_WORD.test(s) && (/^[^:：>]{2,6}\s*[:：>]/.test(s) || s.length <= 30 && !/[，。；]/.test(s)) };

/** A title is one short line naming the report, never a sentence of the body. */
const TITLE_WORDS = /年度报告|年度政府信息公开工作报告|政府信息公开工作报告/;
const MAX_TITLE = 60;

export function isShellLine(s: string): boolean { return SHELL.test(s.trim()); }

/** The title: the first lines up to `…年度报告`, joined when extraction broke it (spec §1.1). */
export function findTitle(src: SourceText, firstSectionLine: number): Title | null {
  const limit = Math.min(src.lines.length, firstSectionLine >= 0 ? firstSectionLine : 30, 30);
  for (let i = 0; i < limit; i++) {
    const s = stripMarkup(src.lines[i].trim());
    if (!s || SHELL.test(s) || s.length > MAX_TITLE || /[。；]/.test(s) || !TITLE_WORDS.test(normLabel(s))) continue;
    let first = i;
    let text = normLabel(s);
    // Prepend the line above when this one starts with the year or the fixed phrase.
    if (/^(\d{4}年|工作年度报告|政府信息公开|年度报告)/.test(text)) {
      for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
        const p = src.lines[j].trim();
        if (!p) continue;
        if (SHELL.test(p) || p.length > 40) break;
        text = normLabel(p) + text;
        first = j;
        break;
      }
    }
    const year = /(\d{4})年/.exec(text);
    // `淮安市人民政府2024年…`, or with the year first: `2023年度洪泽区人民政府政府信息公开…`
    let issuer = year ? text.slice(0, year.index) : text.replace(/政府信息公开.*$/, '');
    if (year && !issuer) {
      const rest = text.slice(year.index + year[0].length).replace(/^度/, '');
      const end = rest.indexOf('政府信息公开');
      issuer = end > 0 ? rest.slice(0, end) : '';
    }
    const startLine = src.lines[first];
    const startChar = startLine.length - startLine.trimStart().length;
    return {
      text,
      range: { start: { line: first, character: startChar }, end: { line: i, character: src.lines[i].trimEnd().length } },
      year: year ? Number(year[1]) : null,
      issuer,
    };
  }
  return null;
}

/** The report's year from the opening sentences when there is no title (web pages store it apart). */
export function yearFromBody(src: SourceText): number | null {
  for (let i = 0, seen = 0; i < src.lines.length && seen < 8; i++) {
    const s = src.lines[i];
    if (!s.trim() || SHELL.test(s.trim())) continue;
    seen++;
    const m = /(20\d\d)年度?(?:政府信息公开工作|政务公开工作)(?:年度)?报告|统计期限[^。]{0,12}?(20\d\d)年1月1日/.exec(s);
    if (m) return Number(m[1] ?? m[2]);
  }
  return null;
}

/**
 * `发布时间: 2025-01-26`. The colon's group holds the white space before it: `\s*[:：]?\s*` would
 * split a long run of spaces n ways at every try (quadratic on `发布时间` + spaces).
 */
export const PUBLISH_DATE = /发布(?:时间|日期)(?:\s*[:：])?\s*(\d{4})[-./年](\d{1,2})[-./月](\d{1,2})/d;

/** `发布时间: 2025-01-26` of a web page copy, as yyyy-mm-dd. */
export function findPublishDate(src: SourceText): string | null {
  for (let i = 0; i < Math.min(src.lines.length, 15); i++) {
    const m = PUBLISH_DATE.exec(src.lines[i]);
    if (m) return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  }
  return null;
}
