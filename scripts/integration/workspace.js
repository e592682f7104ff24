// Builds the test workspace in a temp folder: the committed fixture folder
// (test/integration/workspace/) plus copies of the five seed reports from shared/seeds, which
// sits beside the clone (../shared) in CI and on developer machines; XXGK_SHARED overrides.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');

function sharedDir() {
  const dir = process.env.XXGK_SHARED ? path.resolve(process.env.XXGK_SHARED) : path.resolve(ROOT, '..', 'shared');
  if (!fs.existsSync(path.join(dir, 'seeds'))) throw new Error(`seed reports not found in ${dir}/seeds (set XXGK_SHARED)`);
  return dir;
}

function prepareWorkspace() {
  const ws = fs.mkdtempSync(path.join(os.tmpdir(), 'xxgk-ws-'));
  fs.cpSync(path.join(ROOT, 'test', 'integration', 'workspace'), ws, { recursive: true });
  const seeds = path.join(sharedDir(), 'seeds');
  for (const name of fs.readdirSync(seeds).filter(n => n.endsWith('.txt'))) {
    fs.copyFileSync(path.join(seeds, name), path.join(ws, name));
    fs.chmodSync(path.join(ws, name), 0o644);   // shared/ is read-only; the tests edit the copies
  }
  return ws;
}

module.exports = { prepareWorkspace, sharedDir };
