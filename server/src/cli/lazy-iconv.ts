// iconv-lite, loaded when a file that is not UTF-8 is met: from dist/iconv.js beside the running
// bundle, else from the compiled sources (tests). Kept out of dist/cli.js, whose every start would
// otherwise parse its code tables (~10 ms of a one-file check; most reports are UTF-8).

import * as fs from 'fs';
import * as path from 'path';
import type * as Encodings from './iconv-entry';

let loaded: typeof Encodings | undefined;

export function iconv(): typeof Encodings {
  if (!loaded) {
    const bundled = path.join(__dirname, 'iconv.js');
    loaded = require(fs.existsSync(bundled) ? bundled : path.join(__dirname, 'iconv-entry.js')) as typeof Encodings;
  }
  return loaded;
}
