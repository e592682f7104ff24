// Every fixture report (test/fixtures/README.md): language mode and the error- and warning-level
// findings, by code, line and the exact text they underline; tab-normalise, zero-dept and the
// spaced pair have none. Information and hint findings (normalisation) are not listed here.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAll, code, describe as list, LANGUAGE, openReport, REPORTS } from './util';

const { Error: E, Warning: W } = vscode.DiagnosticSeverity;
/** `line` is 1-based as the CLI prints it; `text` is what the finding underlines. */
type Expected = [severity: vscode.DiagnosticSeverity, code: string, line: number, text?: string];

const EXPECTED: Record<keyof typeof REPORTS, Expected[]> = {
  tabNormalise: [],
  pipeWeb: [
    [W, 'structure-overview-aspect', 6],                       // 平台建设 missing
    [W, 'narrative-ambiguous', 10, '60'],                        // 60 = 50 + 10
    [E, 'narrative-mismatch', 10, '3'],                          // 行政诉讼 3 ≠ 2 + 3
    [W, 'structure-supervision', 13],                           // 考核/评议/追究 missing
    [E, 'number-malformed', 43, '00'],
    [W, 'label-truncated', 61, '结果'],
  ],
  zeroDept: [],
  tableDefects: [
    [E, 't3-missing-column', 46],
    [E, 'label-typo', 54, '2.其他法律法规禁止公开'],
    [W, 't3-row-order', 56],
    [E, 't3-category-values', 56, '(三) 不予公开'],
    [E, 't3-category-values', 62, '(四) 无法提供'],
    [E, 't3-result-sum', 76, '6'],                               // E2 fails in C1
    [E, 't3-result-sum', 76, '6'],                               // and in C7
  ],
  splitLabel: [
    [W, 'narrative-sum', 15, '2150'],
    [E, 'narrative-negation', 21, '无因政府信息公开引起的行政复议'],
    [W, 'narrative-missing-mention', 21],
    [W, 'structure-supervision', 33],
    [E, 'label-typo', 40, '本年度止件数'],
    [W, 't3-split-label', 74],
    [W, 'structure-fee-statement', 97],
  ],
  spaced2023: [],
  spaced2024: [],
};

const CJK = /[\u4e00-\u9fff]/;
const key = (severity: vscode.DiagnosticSeverity, c: string, line: number) => `${vscode.DiagnosticSeverity[severity]} ${c}@${line}`;

suite('fixture reports', () => {
  suiteTeardown(closeAll);
  for (const [report, name] of Object.entries(REPORTS) as [keyof typeof REPORTS, string][]) {
    test(`${name}: language mode, errors and warnings`, async () => {
      const { editor, diagnostics } = await openReport(name);
      const doc = editor.document;
      assert.strictEqual(doc.languageId, LANGUAGE);
      const serious = diagnostics.filter(d => d.severity <= W);
      assert.deepStrictEqual(serious.map(d => key(d.severity, code(d), d.range.start.line + 1)).sort(),
        EXPECTED[report].map(([s, c, l]) => key(s, c, l)).sort(), list(serious));
      for (const [s, c, l, text] of EXPECTED[report]) {
        if (text === undefined) continue;
        const hit = serious.filter(d => d.severity === s && code(d) === c && d.range.start.line + 1 === l);
        assert.ok(hit.some(d => doc.getText(d.range) === text), `${c}@${l} underlines ${hit.map(d => JSON.stringify(doc.getText(d.range)))}, expected ${text}`);
      }
      // messages follow the display language
      if (vscode.env.language.startsWith('zh')) for (const d of diagnostics) assert.match(d.message, CJK, d.message);
    });
  }
});
