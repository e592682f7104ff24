// The new-report template (client/src/template.ts): the engine reads it as a clean report.

import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { allCells } from '../../server/src/core/model';
import { SECTION_HEADINGS } from '../../server/src/core/schema';
import type { Range } from '../../server/src/core/types';
import { ISSUER_PLACEHOLDER, reportTemplate } from '../../client/src/template';

const inside = (r: Range, outer: Range) => r.start.line >= outer.start.line && r.end.line <= outer.end.line;

for (const layout of ['tab', 'pipe', 'space'] as const) {
  test(`template (${layout}): six headings in order, all 200 cells read as 0, every relation holds, no table finding`, () => {
    const text = reportTemplate(layout, 2024);
    const positions = SECTION_HEADINGS.map(h => text.indexOf(`\n${h}\n`));
    assert.ok(positions.every((p, i) => p > 0 && (i === 0 || p > positions[i - 1])), String(positions));
    assert.ok(text.startsWith(`${ISSUER_PLACEHOLDER}2024年政府信息公开工作年度报告`));

    const { model, findings } = analyze(text, { locale: 'zh-cn' });
    assert.equal(model.year, 2024);
    assert.deepEqual([model.t2?.layout, model.t3?.layout, model.t4?.layout], [layout, layout, layout]);
    const cells = [...allCells(model).list];
    assert.equal(cells.length, 10 + 175 + 15);
    assert.ok(cells.every(c => c.value === 0), 'every cell is 0');
    assert.ok(model.relations.length > 0 && model.relations.every(r => r.holds === true));
    const tables = [model.t2!.range, model.t3!.range, model.t4!.range];
    assert.deepEqual(findings.filter(f => tables.some(t => inside(f.range, t))), []);
    assert.deepEqual(findings.filter(f => f.severity === 'error'), []);
  });
}

test('template: line endings follow the requested EOL', () => {
  const text = reportTemplate('tab', 2023, '\r\n');
  assert.ok(!/[^\r]\n/.test(text));
  assert.equal(analyze(text).model.eol, '\r\n');
});
