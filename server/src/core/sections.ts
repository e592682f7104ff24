// The title and the six sections (spec §1). Headings are recognised by number and wording,
// which keeps table rows such as `四、结转下年度继续办理` from being taken for headings.

import type { Section, Title } from './model';
import { SECTION_HEADINGS } from './schema';
import { normLabel } from './normalise';
import { range, SourceText } from './text';
import { isValueToken } from './numbers';

const NUMERALS = ['一', '二', '三', '四', '五', '六'];

/** Wording that identifies each section's heading, official and variant (spec §1.5). */
const HEADING_WORDS: RegExp[] = [
  /总体情况|概述|基本情况/,
  /主动公开/,
  /收到和处理|申请情况/,
  /行政复议|行政诉讼/,
  /主要问题|存在问题|改进情况/,
  /其他需要报告/,
];

const HEADING = /^([一二三四五六])[、.．,，]\s*(.{2,40})$/;

export function findSections(src: SourceText): Section[] {
  const found: { index: number; line: number; start: number; end: number; text: string }[] = [];
  src.lines.forEach((raw, line) => {
    if (raw.length > 80) return;
    const s = raw.replace(/\f/g, ' ');
    const text = stripMarkup(s.trim());
    const start = s.indexOf(text);
    const norm = normLabel(text);
    let index = -1;
    const m = HEADING.exec(text);
    if (m) {
      const i = NUMERALS.indexOf(m[1]);
      if (HEADING_WORDS[i].test(norm) && !hasValues(text)) index = i + 1;
    } else if (/^其他需要报告的事项$/.test(norm)) {
      index = 6;
    }
    if (index > 0) found.push({ index, line, start, end: start + text.length, text });
  });
  return found.map((h, k) => ({
    index: h.index,
    heading: h.text,
    range: range(h.line, h.start, h.end),
    bodyStart: h.line + 1,
    end: k + 1 < found.length ? found[k + 1].line : src.lines.length,
    variant: normLabel(h.text) !== normLabel(SECTION_HEADINGS[h.index - 1]),
  }));
}

/** A heading's text without markdown marks (`## `, `> `, `**…**`). */
function stripMarkup(s: string): string {
  return s.replace(/^(?:#{1,6}\s*|>\s*)+/, '').replace(/^(\*\*|__)(.*)\1$/, '$2').trim();
}

function hasValues(text: string): boolean {
  const parts = text.split(/[\t|]/).map(p => p.trim()).filter(Boolean);
  return parts.length > 1 && parts.slice(1).some(isValueToken);
}

const SHELL = /^(发布时间|来源|选择阅读字号|字号|浏览次数|打印|关闭|信息索引号|索引号|发文日期|文号|分享)/;

/** The title: the first lines up to `…年度报告`, joined when extraction broke it (spec §1.1). */
export function findTitle(src: SourceText, firstSectionLine: number): Title | null {
  const limit = Math.min(src.lines.length, firstSectionLine >= 0 ? firstSectionLine : 30, 30);
  for (let i = 0; i < limit; i++) {
    const s = stripMarkup(src.lines[i].trim());
    if (!s || SHELL.test(s) || !normLabel(s).includes('年度报告')) continue;
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

/** `发布时间: 2025-01-26` of a web page copy, as yyyy-mm-dd. */
export function findPublishDate(src: SourceText): string | null {
  for (let i = 0; i < Math.min(src.lines.length, 15); i++) {
    const m = /发布(?:时间|日期)\s*[:：]?\s*(\d{4})[-./年](\d{1,2})[-./月](\d{1,2})/.exec(src.lines[i]);
    if (m) return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  }
  return null;
}
