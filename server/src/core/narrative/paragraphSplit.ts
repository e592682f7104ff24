// A paragraph that a page break split in two (000-4, 004-3): a line that does not end its
// sentence, blank lines or a page number, and the sentence going on. Information; the fix joins
// the two pieces (only the line breaks and blank lines between them are removed).

import type { Rule } from '../rule';
import { defineMessages } from '../messages';
import { narrativeOf } from './narrative';
import { defineCodes } from '../codes';

export const codes = defineCodes({
  'paragraph-split': {
    group: 'structure', severity: 'information', fixable: true, spec: '§8.2',
    zh: '段落被分页符拆开',
    en: 'a paragraph split by a page break (fix joins it)',
    example: 'seed 000: `…政府信息公开` ¶ `工作未出现…`',
  },
});

const messages = defineMessages({
  pageBreakSplits: {
    zh: '这段文字被分页拆开了：“…{before}”与下文“{after}…”应在同一段',
    en: 'A page break splits this paragraph: “…{before}” goes on with “{after}…”',
  },
  joinParagraph: {
    zh: '合并为一段',
    en: 'Join the paragraph',
  },
});

const LIST_ITEM = /^(?:[一二三四五六七八九十]是|首先|其次|最后|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．])/;

export const paragraphSplitRule: Rule = ctx => {
  const { paragraphs } = narrativeOf(ctx);
  const { src, locale } = ctx;
  for (const p of paragraphs) {
    // The text before each gap as it reads once the splits before it are joined: the join makes
    // it long, so the next gap is judged as fix-all will see it (one pass finds them all).
    let joined = '';
    for (let i = 1; i < p.segLine.length; i++) {
      const from = p.segLine[i - 1], to = p.segLine[i];
      const prev = joined + src.lines[from].trim(), next = src.lines[to].trim();
      joined = '';
      if (to - from < 2) continue; // a hard wrap inside the paragraph, not a page break
      // A short line (a heading of its own), a colon introducing a list, or a list item is no split.
      if (prev.length < 20 || /[：:]$/.test(prev) || LIST_ITEM.test(next)) continue;
      joined = prev;
      const end = { line: from, character: src.lines[from].trimEnd().length };
      const start = { line: to, character: p.segChar[i] };
      const before = prev.slice(-6), after = next.slice(0, 6);
      ctx.report({
        code: 'paragraph-split', severity: 'information', range: { start: { line: from, character: Math.max(0, end.character - 1) }, end },
        message: messages.text(locale, 'pageBreakSplits', { before, after }),
        fixes: [{ kind: 'join-paragraph', title: messages.text(locale, 'joinParagraph'), edits: [{ range: { start: end, end: start }, newText: '' }], preferred: true }],
      });
    }
  }
};
