// Loads the import readers only when a Word, web-page or PDF file is met: from dist/import.js
// beside the running bundle (CLI, server, extension), else from the compiled sources (tests).

import * as fs from 'fs';
import * as path from 'path';
import type * as Readers from './import-entry';

/** Type-only: the readers are loaded by `loadImporter`, never by this import. */
export type ImportModule = typeof Readers;

let loaded: ImportModule | undefined;

export function loadImporter(): ImportModule {
  if (!loaded) {
    const bundled = path.join(__dirname, 'import.js');
    loaded = require(fs.existsSync(bundled) ? bundled : path.join(__dirname, '..', 'import', 'import-entry.js')) as ImportModule;
  }
  return loaded;
}

/** The import format of a file name, without loading the readers. */
export function importFormatOf(name: string): 'docx' | 'html' | 'pdf' | null {
  const ext = path.extname(name).toLowerCase();
  return ext === '.docx' ? 'docx' : ext === '.pdf' ? 'pdf' : ['.html', '.htm', '.xhtml', '.shtml'].includes(ext) ? 'html' : null;
}
