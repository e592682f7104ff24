// Builds the test workspace in a temp folder: the committed fixture folder
// (test/integration/workspace/) plus copies of the project's fixture reports
// (test/fixtures/reports/), which the tests open and edit.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
const REPORTS = path.join(ROOT, 'test', 'fixtures', 'reports');

function prepareWorkspace() {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'xxgk-ws-'));
  fs.cpSync(path.join(ROOT, 'test', 'integration', 'workspace'), ws, { recursive: true });
  for (const name of fs.readdirSync(REPORTS).filter(n => n.endsWith('.txt'))) fs.copyFileSync(path.join(REPORTS, name), path.join(ws, name));
  return ws;
}

module.exports = { prepareWorkspace };
