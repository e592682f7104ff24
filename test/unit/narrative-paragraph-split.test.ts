// Paragraphs split by page breaks (000-4, 004-3, 004-8): reported where the first piece ends,
// and joined by the fix; headings, lists and colons are no splits.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { applyEdits } from '../../server/src/core/fix/edits';
import { readReport } from './helpers/fixtures';

const splits = (text: string) => analyze(text).findings.filter(f => f.code === 'paragraph-split');

test('tab-normalise and split-label: page-break splits inside a sentence and inside a word', () => {
  assert.deepEqual(splits(readReport('tab-normalise')).map(f => f.range.start.line + 1), [29, 90]);
  assert.deepEqual(splits(readReport('split-label')).map(f => f.range.start.line + 1), [15, 25]);
  assert.deepEqual(splits(readReport('pipe-web')), []);
});

test('the fix joins the pieces and removes only the line breaks between them', () => {
  const text = readReport('split-label');
  const f = splits(text)[1];
  const fixed = applyEdits(text, f.fixes![0].edits);
  assert.ok(fixed.includes('共制发行政规范性文件 2 件，废止 4 件'));
  assert.equal(fixed.length, text.length - 2); // the two line ends around one blank line
  assert.deepEqual(splits(fixed).map(x => x.range.start.line + 1), [15]);
});

test('a heading, a colon before a list, or a list item after a blank line is no split', () => {
  const base = readReport('zero-dept');
  for (const [a, b] of [['存在以下问题：', '一是更新不及时。'], ['（一）主动公开情况说明', '全年公开信息。'], ['今年的工作还有不足之处需要在下一年度继续改进', '1.加强培训。']]) {
    const text = base.replace('五、存在的主要问题及改进情况\n', `五、存在的主要问题及改进情况\n\n${a}\n\n${b}\n`);
    assert.notEqual(text, base);
    assert.deepEqual(splits(text), [], `${a} / ${b}`);
  }
});
