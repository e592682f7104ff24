// The extensionTestsPath contract (same as @vscode/test-electron): run() resolves when every
// test in `dir` (*.test.js, in name order) passed and rejects otherwise.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export function runMocha(dir: string): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60000, reporter: 'spec' });
  for (const f of fs.readdirSync(dir).filter(f => f.endsWith('.test.js')).sort()) mocha.addFile(path.join(dir, f));
  return new Promise((resolve, reject) => {
    mocha.run(failures => (failures > 0 ? reject(new Error(`${failures} integration test(s) failed`)) : resolve()));
  });
}
