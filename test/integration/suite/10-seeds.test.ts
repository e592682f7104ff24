// Every seed (spec §7 of shared/spec/report-format.md): language mode and the error- and
// warning-level findings, by code, line and the exact text they underline; 000 and 002 have
// no errors. Information and hint findings (normalisation) are not listed here.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAll, code, describe as list, LANGUAGE, openReport, SEEDS } from './util';

const { Error: E, Warning: W } = vscode.DiagnosticSeverity;
/** `line` is 1-based as in the spec; `text` is what the finding underlines. */
type Expected = [severity: vscode.DiagnosticSeverity, code: string, line: number, text?: string];

const EXPECTED: Record<keyof typeof SEEDS, Expected[]> = {
  s000: [],
  s001: [
    [W, 'structure-overview-aspect', 6],                       // 001-3: 平台建设 missing
    [W, 'narrative-ambiguous', 10, '110'],                      // 001-5: 110 = 100 + 10
    [E, 'narrative-mismatch', 10, '8'],                          // 001-6: 行政诉讼 8 ≠ 4 + 8
    [W, 'structure-supervision', 13],                           // 001-4
    [E, 'number-malformed', 43, '00'],                           // 001-8
    [W, 'label-truncated', 61, '结果'],                           // 001-11
  ],
  s002: [],
  s003: [
    [E, 't3-missing-column', 48],                                // 003-1
    [E, 'label-typo', 56, '2.其他法律法规禁止公开'],                   // 003-2
    [W, 't3-row-order', 58],                                     // 003-3
    [E, 't3-category-values', 58, '(三) 不予公开'],                  // 003-4
    [E, 't3-category-values', 64, '(四) 无法提供'],                  // 003-5
    [E, 't3-result-sum', 78, '5'],                               // 003-5: E2 fails in C1
    [E, 't3-result-sum', 78, '5'],                               // and in C7
  ],
  s004: [
    [W, 'narrative-sum', 15, '3337'],                            // 004-2
    [E, 'narrative-negation', 21, '无因政府信息公开引起的行政复议'],     // 004-5
    [W, 'narrative-missing-mention', 21],                        // 004-6
    [W, 'structure-supervision', 35],                            // 004-11
    [E, 'label-typo', 42, '本年度止件数'],                           // 004-9
    [W, 't3-split-label', 76],                                   // 004-15
    [W, 'structure-fee-statement', 107],                         // 004-17
  ],
};

const CJK = /[\u4e00-\u9fff]/;
const key = (severity: vscode.DiagnosticSeverity, c: string, line: number) => `${vscode.DiagnosticSeverity[severity]} ${c}@${line}`;

suite('seed reports', () => {
  suiteTeardown(closeAll);
  for (const [seed, name] of Object.entries(SEEDS) as [keyof typeof SEEDS, string][]) {
    test(`${name}: language mode, errors and warnings`, async () => {
      const { editor, diagnostics } = await openReport(name);
      const doc = editor.document;
      assert.strictEqual(doc.languageId, LANGUAGE);
      const serious = diagnostics.filter(d => d.severity <= W);
      assert.deepStrictEqual(serious.map(d => key(d.severity, code(d), d.range.start.line + 1)).sort(),
        EXPECTED[seed].map(([s, c, l]) => key(s, c, l)).sort(), list(serious));
      for (const [s, c, l, text] of EXPECTED[seed]) {
        if (text === undefined) continue;
        const hit = serious.filter(d => d.severity === s && code(d) === c && d.range.start.line + 1 === l);
        assert.ok(hit.some(d => doc.getText(d.range) === text), `${c}@${l} underlines ${hit.map(d => JSON.stringify(doc.getText(d.range)))}, expected ${text}`);
      }
      // messages follow the display language
      if (vscode.env.language.startsWith('zh')) for (const d of diagnostics) assert.match(d.message, CJK, d.message);
    });
  }
});
