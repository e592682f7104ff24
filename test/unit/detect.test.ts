// Detection of reports among plain-text and markdown files (server/src/core/detect.ts, shared by the editor and the CLI).

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { detectReport, isReportText } from '../../server/src/core/detect';
import { reportTemplate } from '../../client/src/template';
import { readReport, REPORT_NAMES } from './helpers/fixtures';
import { consistentData, FAMILIES, synthFamily } from './helpers/synth';

test('every fixture report is a report, with its title and all six sections', () => {
  assert.equal(REPORT_NAMES.length, 7);
  for (const name of REPORT_NAMES) {
    const d = detectReport(readReport(name));
    assert.equal(d.isReport, true, name);
    assert.match(d.title ?? '', /政府信息公开工作年度报告$/, name);
    assert.deepEqual(d.sections, [0, 1, 2, 3, 4, 5], name);
  }
});

test('a title split over two lines is joined (split-label, spaced-2024) and spaces are ignored (tab-normalise)', () => {
  assert.equal(detectReport(readReport('split-label')).title, '南山县2024年政府信息公开工作年度报告');
  assert.equal(detectReport(readReport('spaced-2024')).title, '青川区人民政府2024年政府信息公开工作年度报告');
  assert.equal(detectReport(readReport('tab-normalise')).title, '东湖区2024年政府信息公开工作年度报告');
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

test('damaged layouts: bare-CR one-cell-per-line, flattened and every other family are reports', () => {
  for (const family of FAMILIES) {
    const text = synthFamily(consistentData(), family);
    const d = detectReport(text);
    assert.equal(d.isReport, true, family);
    assert.ok(d.sections.length >= 4, family);
    assert.equal(isReportText(text.replace(/\r?\n/g, '\r')), true, `${family} with bare CR line ends`);
  }
});

test('non-reports: README-like markdown, code, Chinese prose, a notice quoting the headings in prose', () => {
  const readme = ['# xxgk-report', '', '检查政府信息公开工作年度报告的工具。', '', '## 安装', '', '```', 'npm install', '```', '', '## 一、总体情况', '报告的第一部分是总体情况。', '## 用法', 'xxgk check 报告.txt'].join('\n');
  const code = ['const HEADINGS = [', "  '一、总体情况',", "  '二、主动公开政府信息情况',", '];', 'export function f() { return 1; }'].join('\n');
  const prose = '今年以来，我们认真学习贯彻有关精神，持续推进各项工作，取得了明显成效。一是加强组织领导；二是完善工作机制；三是强化督促检查。下一步，我们将继续努力，不断提高工作水平。'.repeat(20);
  const notice = '关于报告内容：各单位报告应包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项。';
  for (const [name, text] of Object.entries({ readme, code, prose, notice, proseCr: prose.replace(/。/g, '。\r') })) assert.equal(isReportText(text), false, name);
});

test('isReportText, which stops reading once it knows, agrees with detectReport on every cut and layout of the fixtures', () => {
  let reports = 0, others = 0;
  for (const name of REPORT_NAMES) {
    const lines = readReport(name).split(/\r?\n/);
    for (let from = 0; from < lines.length; from += 7) {
      for (const eol of ['\n', '\r', '\r\n']) {
        const text = lines.slice(from, from + 40).join(eol);
        const full = detectReport(text).isReport;
        assert.equal(isReportText(text), full, `${name} from line ${from}`);
        if (full) reports++; else others++;
      }
    }
  }
  assert.ok(reports > 0 && others > 0, `${reports} reports, ${others} others`);
});

test('headings are recognised behind markup and spaces, numbers alone never open one', () => {
  const text = ['  ## 一 、总体情况', '**二、主动公开政府信息情况**', '0', '12', '3.5', '# 3、 收到和处理政府信息公开申请情况', '四、因政府信息公开工作被申请行政复议、提起行政诉讼情况'].join('\n');
  assert.deepEqual(detectReport(text).sections, [0, 1, 2, 3]);
  assert.equal(isReportText(text), true);
});
