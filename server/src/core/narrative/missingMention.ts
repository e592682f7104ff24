// N8: the prose reports on 行政复议 but says nothing of 行政诉讼 that table 4 records, or the other
// way round (`narrative-missing-mention`, spec 004-6). A report that is silent on both is not
// flagged: table 4 itself is the statement.

import type { Rule } from '../rule';
import { t } from '../rule';
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
  const zh = review ? '行政诉讼' : '行政复议', en = review ? 'lawsuits' : 'administrative reconsiderations';
  const insert = review ? `，提起行政诉讼${fig.value}件` : `，被申请行政复议${fig.value}件`;
  ctx.report({
    code: 'narrative-missing-mention', severity: 'warning', range: said.range, cells: missing.cells, expected: fig.value,
    message: t(locale, `正文提到了${review ? '行政复议' : '行政诉讼'}，却没有提到${zh}；表四记有${zh} ${figureText(fig)} 件`,
      `The text reports ${review ? 'administrative reconsiderations' : 'lawsuits'} but not ${en}; table 4 records ${figureText(fig)}`),
    related: cellsRelated(fig.cells, locale),
    fixes: [{
      kind: 'insert-mention',
      title: t(locale, `补充“${insert.slice(1)}”`, `Add “${insert.slice(1)}”`),
      edits: [{ range: rangeIn(said.para, said.phraseEnd, said.phraseEnd), newText: insert }],
    }],
  });
};
