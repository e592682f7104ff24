// N8: the prose reports on 行政复议 but says nothing of 行政诉讼 that table 4 records, or the other
// way round (`narrative-missing-mention`, spec 004-6). A report that is silent on both is not
// flagged: table 4 itself is the statement.

import type { Rule } from '../rule';
import { defineMessages } from '../messages';
import { figureText, INDICATORS, tableFigure } from './indicators';
import { cellsRelated, narrativeOf } from './narrative';
import { rangeIn } from './prose';
import { defineCodes } from '../codes';

export const codes = defineCodes({
  'narrative-missing-mention': {
    group: 'narrative', severity: 'warning', fixable: true, spec: '§5.1',
    zh: '正文只提到复议或诉讼之一',
    en: 'the text reports one kind of case and omits the other',
    example: 'seed 004: 行政复议 mentioned, the 1 行政诉讼 not',
  },
});

const messages = defineMessages({
  oneKindOmitted: {
    zh: '正文提到了{said}，却没有提到{omitted}；表四记有{omitted} {figure} 件',
    en: 'The text reports {said} but not {omitted}; table 4 records {figure}',
  },
  reconsiderations: {
    zh: '行政复议',
    en: 'administrative reconsiderations',
  },
  lawsuits: {
    zh: '行政诉讼',
    en: 'lawsuits',
  },
  fixAddMention: {
    zh: '补充“{mention}”',
    en: 'Add “{mention}”',
  },
});

export const missingMentionRule: Rule = ctx => {
  const { claims, cells } = narrativeOf(ctx);
  const { locale } = ctx;
  const review = claims.find(c => c.indicator.key.startsWith('review'));
  const lawsuit = claims.find(c => c.indicator.key.startsWith('lit'));
  if (!review === !lawsuit) return;
  const said = (review ?? lawsuit)!;
  const missing = review ? INDICATORS.litigation : INDICATORS.review;
  const fig = tableFigure(ctx.model, missing.cells, cells);
  if (!fig.value) return;
  const insert = review ? `，提起行政诉讼${fig.value}件` : `，被申请行政复议${fig.value}件`;
  ctx.report({
    code: 'narrative-missing-mention', severity: 'warning', range: said.range, cells: missing.cells, expected: fig.value,
    message: messages.text(locale, 'oneKindOmitted', {
      said: messages.text(locale, review ? 'reconsiderations' : 'lawsuits'),
      omitted: messages.text(locale, review ? 'lawsuits' : 'reconsiderations'),
      figure: figureText(fig),
    }),
    related: cellsRelated(fig.cells, locale),
    fixes: [{
      kind: 'insert-mention',
      title: messages.text(locale, 'fixAddMention', { mention: insert.slice(1) }),
      edits: [{ range: rangeIn(said.para, said.phraseEnd, said.phraseEnd), newText: insert }],
    }],
  });
};
