// Detection of reports among plain-text and markdown files (server/src/core/detect.ts, shared by the editor and the CLI).

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { detectReport, isReportText } from '../../server/src/core/detect';
import { reportTemplate } from '../../client/src/template';
import { SHARED } from './helpers/fixtures';

const reports = [
  ...fs.readdirSync(path.join(SHARED, 'seeds')).map(f => path.join(SHARED, 'seeds', f)),
  ...fs.readdirSync(path.join(SHARED, 'fixtures', 'pdftotext')).map(f => path.join(SHARED, 'fixtures', 'pdftotext', f)),
];

test('every seed and pdftotext fixture is a report, with its title and all six sections', () => {
  assert.ok(reports.length >= 8);
  for (const file of reports) {
    const d = detectReport(fs.readFileSync(file, 'utf8'));
    assert.equal(d.isReport, true, file);
    assert.match(d.title ?? '', /政府信息公开工作年度报告$/, file);
    assert.deepEqual(d.sections, [0, 1, 2, 3, 4, 5], file);
  }
});

test('a title split over two lines is joined (seed 004) and spaces are ignored (seed 000)', () => {
  const seed = (p: string) => fs.readFileSync(reports.find(f => path.basename(f).startsWith(p))!, 'utf8');
  assert.equal(detectReport(seed('004')).title, '绥中县2024年政府信息公开工作年度报告');
  assert.equal(detectReport(seed('000')).title, '西塞山区2024年政府信息公开工作年度报告');
});

test('the new-report template is a report in every layout, with CRLF too', () => {
  for (const layout of ['tab', 'pipe', 'space'] as const) assert.ok(isReportText(reportTemplate(layout, 2024, '\r\n')), layout);
});

test('a markdown copy of a report (## headings, bold title) is a report', () => {
  const md = ['**某某市人民政府2024年政府信息公开工作年度报告**', '', '## 一、总体情况', '', '正文。', '', '## 二、主动公开政府信息情况', '', '| 信息内容 | 本年制发件数 |', '## 五、存在的主要问题及改进情况：'].join('\n');
  assert.deepEqual(detectReport(md), { isReport: true, title: '某某市人民政府2024年政府信息公开工作年度报告', sections: [0, 1, 4] });
});

test('four official headings are enough without a title (title lost in extraction)', () => {
  const text = ['一、总体情况', '…', '二、主动公开政府信息情况', '…', '三、收到和处理政府信息公开申请情况', '…', '四、因政府信息公开工作被申请行政复议、提起行政诉讼情况'].join('\n');
  assert.equal(isReportText(text), true);
  assert.equal(isReportText(text.split('\n').slice(0, 5).join('\n')), false);
});

test('notices, prose and table fragments are not reports', () => {
  const notice = ['关于做好2024年政府信息公开工作年度报告编制和发布工作的通知', '', '各区县人民政府：', '一、总体情况要写实。', '二、按时发布。'].join('\n');
  assert.equal(isReportText(notice), false);
  const prose = ['工作总结', '', '一、总体情况', '', '今年我们完成了政府信息公开相关工作。', '', '二、下一步打算'].join('\n');
  assert.equal(isReportText(prose), false);
  // Table 三 rows look like headings (一、… 四、…) but are not section headings.
  const rows = ['一、本年新收政府信息公开申请数量\t10', '二、上年结转政府信息公开申请数量\t0', '三、本年度办理结果\t(一) 予以公开\t6', '四、结转下年度继续办理\t0'].join('\n');
  assert.equal(isReportText(rows), false);
  assert.equal(isReportText('# README\n\nA tool that checks reports.\n'), false);
  assert.equal(isReportText(''), false);
});

test('only the start of a large document is read', () => {
  const head = reportTemplate('tab', 2024);
  assert.equal(isReportText(head + 'x\n'.repeat(200_000)), true);
  assert.equal(isReportText('x\n'.repeat(1000) + head), false);
});

test('real layouts: bare-CR one-cell-per-line and flattened reports of the corpus are reports', () => {
  const dir = path.join(SHARED, 'corpus');
  const files = fs.readdirSync(dir).filter(f => f.endsWith('.txt'));
  assert.equal(files.length, 8);
  for (const f of files) {
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    const d = detectReport(text);
    assert.equal(d.isReport, true, f);
    assert.ok(d.sections.length >= 4, f);
    // Bare CR (001–004) even when every line end is a lone \r.
    assert.equal(isReportText(text.replace(/\r?\n/g, '\r')), true, f);
  }
  assert.ok(fs.readFileSync(path.join(dir, files[0]), 'utf8').includes('\r'), 'the corpus does have bare-CR files');
});

test('non-reports: README-like markdown, code, Chinese prose, a notice quoting the headings in prose', () => {
  const readme = ['# xxgk-report', '', '检查政府信息公开工作年度报告的工具。', '', '## 安装', '', '```', 'npm install', '```', '', '## 一、总体情况', '报告的第一部分是总体情况。', '## 用法', 'xxgk check 报告.txt'].join('\n');
  const code = ['const HEADINGS = [', "  '一、总体情况',", "  '二、主动公开政府信息情况',", '];', 'export function f() { return 1; }'].join('\n');
  const prose = '今年以来，我们认真学习贯彻有关精神，持续推进各项工作，取得了明显成效。一是加强组织领导；二是完善工作机制；三是强化督促检查。下一步，我们将继续努力，不断提高工作水平。'.repeat(20);
  const notice = '关于报告内容：各单位报告应包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。';
  for (const [name, text] of Object.entries({ readme, code, prose, notice, proseCr: prose.replace(/。/g, '。\r') })) assert.equal(isReportText(text), false, name);
});
