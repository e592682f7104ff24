// Hover, document symbols, folding, formatting and code lenses.

import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import type { CodeLens, DocumentSymbol, FoldingRange, Hover, MarkupContent, Position, TextEdit } from 'vscode-languageserver-protocol';
import { analyze } from '../../server/src/core/analyze';
import type { ReportModel } from '../../server/src/core/model';
import { applyTextEdits, FAST, TestClient, uriOf } from './client';
import { report, reports, sampleReport } from './helpers';
import type { SynthLayout } from '../unit/helpers/synth';
import { consistentData, synthFamily, synthReport as synthLayout } from '../unit/helpers/synth';
import { T3_ROWS } from '../../server/src/core/schema';

async function hover(c: TestClient, uri: string, position: Position): Promise<string | null> {
  const h: Hover | null = await c.conn.sendRequest('textDocument/hover', { textDocument: { uri }, position });
  return h ? (h.contents as MarkupContent).value : null;
}

describe('hover on cells the reader is unsure of', () => {
  let c: TestClient;
  const flat = synthFamily(consistentData(), 'flattened');
  const shifted = (() => {
    const data = consistentData();
    for (const r of T3_ROWS) data.t3[r.id] = [0, ...data.t3[r.id].slice(0, 6)];
    return synthLayout(data, 'tab');
  })();
  before(async () => {
    c = await TestClient.start(FAST);
    c.open(uriOf('flat.txt'), flat); c.open(uriOf('shifted.txt'), shifted);
    await c.diagnostics(uriOf('flat.txt'), 1); await c.diagnostics(uriOf('shifted.txt'), 1);
  });
  after(() => c.stop());

  it('digits run together with several readings: the readings, and that nothing was checked', async () => {
    const u = analyze(flat).model.t2!.uncertain[0];
    const h = (await hover(c, uriOf('flat.txt'), u.range.start))!;
    assert.match(h, /^\*\*表二 · 行政规范性文件：未能可靠读出\*\*/);
    assert.match(h, /可能的读法：`2 1 15`、`2 11 5`/);
    assert.match(h, /未读入，未作核对/);
  });

  it('a cell of a misread table: its printed text, marked uncertain', async () => {
    const cell = analyze(shifted).model.t3!.rows.R01!.cells.C7;
    const h = (await hover(c, uriOf('shifted.txt'), cell.range!.start))!;
    assert.match(h, /值：未能可靠读出（原文 `1`），未作核对/);
    assert.match(h, /表三未能可靠读出：\d+ 处勾稽关系同时不成立/);
  });
});

describe('hover', () => {
  let c: TestClient;
  const uri = uriOf('hover.txt');
  const text = sampleReport({ set: { 'R24.C1': '11' } });
  const m = analyze(text).model;
  before(async () => { c = await TestClient.start(FAST); c.open(uri, text); await c.diagnostics(uri, 1); });
  after(() => c.stop());

  it('a cell: labels, id, value and every relation evaluated, failing ones with the difference', async () => {
    const h = (await hover(c, uri, m.t3!.rows.R24!.cells.C1.range!.start))!;
    assert.match(h, /（七）总计/);
    assert.match(h, /自然人/);
    assert.match(h, /R24\.C1/);
    assert.match(h, /值：11/);
    const relations = m.relations.filter(r => r.left.includes('R24.C1') || r.right.includes('R24.C1'));
    assert.equal(relations.length, 3);
    assert.equal(h.split('\n').filter(l => /^- .*[✓✗]/.test(l)).length, relations.length, 'one line per relation');
    assert.match(h, /（七）总计 自然人 = 6 \+ 1 \+ 0 .* = 10 ✗（填报 11，差 \+1）/);
    assert.match(h, /自然人：一、本年新收政府信息公开申请数量 \+ 二、上年结转政府信息公开申请数量 = （七）总计 \+ 四、结转下年度继续办理：10 \+ 1 ≠ 11 \+ 1/);
  });

  it('a sub-item cell shows its category and passing relations with ✓', async () => {
    const h = (await hover(c, uri, m.t3!.rows.R13!.cells.C1.range!.start))!;
    assert.match(h, /（四）无法提供 › 1\.本机关不掌握相关政府信息/);
    assert.match(h, /1\.本机关不掌握相关政府信息 总计 = 3 \+ 1 \+ 0 \+ 0 \+ 0 \+ 0 = 4 ✓/);
  });

  it('the 勾稽关系 line: the balance for every column', async () => {
    const h = (await hover(c, uri, m.t3!.balanceNoteRange!.start))!;
    for (const col of ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']) assert.match(h, new RegExp(`\\| ${col} \\|`));
    assert.match(h, /\| 自然人 \| 10 \+ 1 = 11 \| 11 \+ 1 = 12 \| ✗ 差 -1 \|/);
    assert.match(h, /\| 商业企业 \| 2 \+ 0 = 2 \| 2 \+ 0 = 2 \| ✓ \|/);
  });

  it('a section heading: summary and the checks of the section', async () => {
    const s3 = m.sections.find(s => s.index === 3)!;
    const h3 = (await hover(c, uri, s3.range.start))!;
    assert.match(h3, /本年新收 12 件，上年结转 1 件；办理完结（（七）总计）12 件，结转下年度继续办理 1 件/);
    assert.match(h3, /✗ 3 处不平衡/);
    assert.match(h3, /本部分检查：✗ 错误 3/);
    const s4 = m.sections.find(s => s.index === 4)!;
    const h4 = (await hover(c, uri, s4.range.start))!;
    assert.match(h4, /行政复议 1 件（维持 0，纠正 1，其他 0，尚未审结 0）/);
    assert.match(h4, /本部分检查：✓ 未发现问题/);
  });

  it('a value on a category row is explained as such', async () => {
    const doc = report('table-defects');
    const u = uriOf('category.txt');
    c.open(u, doc.text);
    await c.diagnostics(u, 1);
    const cat = analyze(doc.text).model.t3!.categories.find(x => x.group === 'refuse')!;
    const h = (await hover(c, u, cat.cells.C1.range!.start))!;
    assert.match(h, /分类行 （三）不予公开/);
    assert.match(h, /自然人/);
    assert.match(h, /值：3/);
    assert.match(h, /本身没有数值/);
  });

  it('English: labels in English, never a bare id', async () => {
    const en = await TestClient.start({ ...FAST, locale: 'en' });
    try {
      en.open(uri, text);
      await en.diagnostics(uri, 1);
      const b1 = (await hover(en, uri, m.t2!.cells.B1.range!.start))!;
      assert.match(b1, /\*\*Normative documents\*\* · \*\*issued this year\*\*　`B1`/);
      const r24 = (await hover(en, uri, m.t3!.rows.R24!.cells.C1.range!.start))!;
      assert.match(r24, /\(7\) total.*natural persons/);
      assert.match(r24, /Value: 11/);
    } finally { await en.stop(); }
  });

  it('plain prose has no hover', async () => {
    const line = text.split('\n').findIndex(l => l.startsWith('（一）主动公开'));
    assert.ok(line > 0);
    assert.equal(await hover(c, uri, { line, character: 2 }), null);
  });

  for (const doc of reports()) {
    it(`${doc.name}: every readable cell has a hover naming it`, async () => {
      c.open(doc.uri, doc.text);
      await c.diagnostics(doc.uri, 1);
      const model = analyze(doc.text).model;
      const cells = [...Object.values(model.t2?.cells ?? {}), ...Object.values(model.t3?.rows ?? {}).flatMap(r => Object.values(r!.cells)), ...Object.values(model.t4?.cells ?? {})].filter(x => x.range);
      assert.ok(cells.length > 0);
      for (const cell of cells) {
        const h = await hover(c, doc.uri, cell.range!.start);
        assert.ok(h?.includes(`\`${cell.id}\``), `hover of ${cell.id}`);
      }
    });
  }
});

function sectionsOf(m: ReportModel) { return m.sections.map(s => s.heading); }

describe('symbols, folding, code lens', () => {
  let c: TestClient;
  before(async () => { c = await TestClient.start(FAST); });
  after(() => c.stop());

  for (const doc of reports()) {
    it(`${doc.name}: sections with tables and rows; folds; a lens per table`, async () => {
      c.open(doc.uri, doc.text);
      await c.diagnostics(doc.uri, 1);
      const m = analyze(doc.text).model;
      const symbols: DocumentSymbol[] = await c.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri: doc.uri } });
      const sections = symbols.filter(s => sectionsOf(m).includes(s.name));
      assert.equal(sections.length, m.sections.length);
      const tables = symbols.flatMap(s => [s, ...(s.children ?? [])]).filter(s => /^表[二三四]/.test(s.name));
      assert.equal(tables.length, [m.t2, m.t3, m.t4].filter(Boolean).length);
      const t3 = tables.find(s => s.name.startsWith('表三'));
      if (m.t3) assert.equal(t3?.children?.filter(r => r.detail?.startsWith('总计')).length, Object.keys(m.t3.rows).length);
      const inside = (a: DocumentSymbol, b: DocumentSymbol) => a.range.start.line >= b.range.start.line && a.range.end.line <= b.range.end.line;
      for (const s of symbols) for (const ch of s.children ?? []) assert.ok(inside(ch, s), `${ch.name} inside ${s.name}`);

      const folds: FoldingRange[] = await c.conn.sendRequest('textDocument/foldingRange', { textDocument: { uri: doc.uri } });
      for (const s of m.sections) if (s.end - 1 > s.range.start.line) assert.ok(folds.some(f => f.startLine === s.range.start.line && f.endLine === s.end - 1), `fold ${s.heading}`);
      for (const t of [m.t2, m.t3, m.t4]) if (t && t.range.end.line > t.range.start.line) assert.ok(folds.some(f => f.startLine === t.range.start.line && f.endLine === t.range.end.line));

      const lenses: CodeLens[] = await c.conn.sendRequest('textDocument/codeLens', { textDocument: { uri: doc.uri } });
      assert.equal(lenses.length, tables.length);
      const t3Lens = m.t3 && lenses.find(l => l.range.start.line === m.t3!.range.start.line);
      if (t3Lens) {
        const failed = m.relations.filter(r => r.code.startsWith('t3') && r.holds === false).length;
        assert.equal(t3Lens.command!.title, failed ? `✗ ${failed} 处不平衡` : m.relations.some(r => r.code.startsWith('t3') && r.holds === null) ? t3Lens.command!.title : '✓ 勾稽关系全部成立');
      }
    });
  }

  it('lens titles follow the relations', async () => {
    const uri = uriOf('lens.txt');
    c.open(uri, sampleReport({ set: { 'R24.C1': '11', 'K5': '3' } }));
    await c.diagnostics(uri, 1);
    const lenses: CodeLens[] = await c.conn.sendRequest('textDocument/codeLens', { textDocument: { uri } });
    assert.deepEqual(lenses.map(l => l.command!.title), ['✓ 未发现问题', '✗ 3 处不平衡', '✗ 1 处不平衡']);
    assert.deepEqual(lenses.map(l => l.command!.command), ['xxgk.openPreview', 'xxgk.showProblems', 'xxgk.showProblems']);
  });
});

describe('formatting', () => {
  let c: TestClient;
  before(async () => { c = await TestClient.start(FAST); });
  after(() => c.stop());

  const digits = (s: string) => (s.match(/\d+(\.\d+)?/g) ?? []).join(',');
  const format = (uri: string): Promise<TextEdit[]> => c.conn.sendRequest('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } });

  const docs = [
    ...reports(),
    ...(['tab', 'pipe', 'space'] as SynthLayout[]).map(layout => ({ name: `synthetic ${layout}`, uri: uriOf(`fmt-${layout}.txt`), text: sampleReport({ layout, crlf: layout === 'pipe', bom: layout === 'pipe' }).replace(/（/g, '(').replace(/）/g, ')') })),
  ];
  for (const doc of docs) {
    it(`${doc.name}: no number changes, idempotent, outside tables untouched`, async () => {
      c.open(doc.uri, doc.text);
      await c.diagnostics(doc.uri, 1);
      const edits = await format(doc.uri);
      const once = applyTextEdits(doc.text, edits);
      assert.equal(digits(once), digits(doc.text), 'numbers unchanged');
      assert.equal(once.split('\r\n').length, doc.text.split('\r\n').length, 'CRLF kept');
      assert.equal(once.split('\n').length, doc.text.split('\n').length, 'no line added or removed');
      assert.equal(once.startsWith('\uFEFF'), doc.text.startsWith('\uFEFF'), 'BOM kept');
      const m = analyze(doc.text).model;
      const tableLines = new Set([m.t2, m.t3, m.t4].flatMap(t => (t ? Array.from({ length: t.range.end.line - t.range.start.line + 1 }, (_, i) => t.range.start.line + i) : [])));
      for (const s of m.sections) tableLines.add(s.range.start.line);
      for (const e of edits) assert.ok(e.range.start.line === e.range.end.line && tableLines.has(e.range.start.line), `edit on line ${e.range.start.line} is in a table or heading`);
      const m2 = analyze(once).model;
      assert.deepEqual(m2.relations.map(r => [r.id, r.leftValue, r.rightValue]), m.relations.map(r => [r.id, r.leftValue, r.rightValue]), 'the tables read the same');
      if (edits.length) await c.diagnostics(doc.uri, c.change(doc.uri, edits)); // a report already in form has none
      assert.deepEqual(await format(doc.uri), [], 'formatting twice = once');
    });
  }

  it('pipe tables are aligned (CJK counted as two columns) and labels take the official form', async () => {
    const uri = uriOf('fmt-pipe.txt');
    const lines = c.text(uri).split(/\r?\n/);
    const rows = lines.filter(l => /^.*[\u4e00-\u9fff].* \| +\d+ \| +\d+ \| +\d+ \| +\d+ \| +\d+ \| +\d+ \| +\d+( \|)?$/.test(l));
    assert.equal(rows.length, 25);
    const width = (s: string) => [...s].reduce((n, ch) => n + (/[\u3000-\u9fff\uff00-\uff60]/.test(ch) ? 2 : 1), 0);
    const pipeColumns = (l: string) => { const out: number[] = []; let w = 0; for (const ch of l) { if (ch === '|') out.push(w); w += width(ch); } return out; };
    // The rows without a group cell (20 of 25) line up; the five that open a group print the
    // group in a cell of its own before the label and are padded from there.
    const plain = rows.filter(r => r.startsWith('| '));
    assert.equal(plain.length, 20);
    for (const r of plain) assert.deepEqual(pipeColumns(r), pipeColumns(plain[0]), r);
    assert.ok(lines.some(l => l.startsWith('第二十条第（一）项')));
    assert.ok(lines.some(l => l.startsWith('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况')));
  });
});
