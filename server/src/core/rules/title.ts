// The title (spec §1.1, 000-1, 004-1): broken over two lines, or with spaces inside the fixed
// phrase `政府信息公开工作年度报告`. Information only; the fix joins or closes up the title.

import { isCjk } from '../normalise';
import type { Rule } from '../rule';
import { defineMessages } from '../messages';
import type { TextEdit } from '../types';
import { defineCodes } from '../codes';

export const codes = defineCodes({
  'title-missing': {
    group: 'structure', severity: 'information', fixable: false, spec: '§1.1',
    zh: '未找到标题',
    en: 'no title found (web copies often store it apart from the body)',
  },
  'title-split': {
    group: 'structure', severity: 'information', fixable: true, spec: '§1.1',
    zh: '标题被拆成多行',
    en: 'the title is broken over lines (fix joins it)',
    example: 'seed 004',
  },
  'title-spacing': {
    group: 'structure', severity: 'information', fixable: true, spec: '§1.1',
    zh: '标题中有空格',
    en: 'spaces inside the title (fix removes them)',
    example: 'seed 000: `工作 年度报告`',
  },
});

const messages = defineMessages({
  noTitleFound: {
    zh: '没有找到标题“××××年政府信息公开工作年度报告”',
    en: 'No title “…年政府信息公开工作年度报告” found',
  },
  titleBrokenOver: {
    zh: '标题被拆成了 {pieces} 行：{text}',
    en: 'The title is broken over {pieces} lines: {text}',
  },
  joinTitleInto: {
    zh: '把标题合并为一行',
    en: 'Join the title into one line',
  },
  titleHasSpaces: {
    zh: '标题的汉字之间有多余空格（多为抽取伪影）',
    en: 'The title has spaces between Chinese characters (an extraction artefact)',
  },
  removeSpacesBetween: {
    zh: '删除汉字之间的空格',
    en: 'Remove the spaces between Chinese characters',
  },
});

export const titleRule: Rule = ctx => {
  const title = ctx.model.title;
  const { locale, src } = ctx;
  if (!title) {
    ctx.report({ code: 'title-missing', severity: 'information', range: { start: { line: 0, character: 0 }, end: { line: 0, character: src.lines[0]?.length ?? 0 } },
      message: messages.text(locale, 'noTitleFound') });
    return;
  }
  const { start, end } = title.range;
  const pieces = src.lines.slice(start.line, end.line + 1).filter(l => l.trim()).length;
  if (pieces > 1) {
    const first = src.lines[start.line];
    const lastStart = src.lines[end.line].length - src.lines[end.line].trimStart().length;
    ctx.report({
      code: 'title-split', severity: 'information', range: title.range,
      message: messages.text(locale, 'titleBrokenOver', { pieces, text: title.text }),
      fixes: [{ kind: 'join-title', title: messages.text(locale, 'joinTitleInto'), preferred: true,
        edits: [{ range: { start: { line: start.line, character: first.trimEnd().length }, end: { line: end.line, character: lastStart } }, newText: '' }] }],
    });
  }
  const edits: TextEdit[] = [];
  for (let line = start.line; line <= end.line; line++) {
    const s = src.lines[line];
    for (let i = 1; i < s.length - 1; i++) {
      if (s[i] !== ' ' && s[i] !== '\u3000') continue;
      let j = i;
      while (j < s.length && (s[j] === ' ' || s[j] === '\u3000')) j++;
      if (isCjk(s[i - 1]) && j < s.length && isCjk(s[j])) edits.push({ range: { start: { line, character: i }, end: { line, character: j } }, newText: '' });
      i = j - 1;
    }
  }
  if (edits.length) {
    ctx.report({
      code: 'title-spacing', severity: 'information', range: edits[0].range,
      message: messages.text(locale, 'titleHasSpaces'),
      fixes: [{ kind: 'title-spacing', title: messages.text(locale, 'removeSpacesBetween'), edits, preferred: true }],
    });
  }
};
