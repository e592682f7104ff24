#!/usr/bin/env node
// The conformance suite: the real reports in ../shared (beside the clone; never part of the
// repository) checked by out/test/corpus/. Without ../shared it is skipped, not failed.
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..');
if (!fs.existsSync(path.join(ROOT, '..', 'shared'))) {
  console.log('../shared not found: conformance suite skipped');
  process.exit(0);
}
if (!fs.existsSync(path.join(ROOT, 'out/test/corpus'))) {
  console.error('out/test/corpus not found: run `npm run build` first');
  process.exit(1);
}
const r = spawnSync(process.execPath, ['--test', 'out/test/corpus/'], { cwd: ROOT, stdio: 'inherit' });
process.exit(r.status ?? 1);
