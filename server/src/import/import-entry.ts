// Entry point of the import bundle (dist/import.js), loaded only when a Word, web-page or PDF
// file is checked or converted: the format by its name and first bytes, its reader, the
// canonical text, and a refusal of files that hold no report.

import { analyze } from '../core/analyze';
import { type Converted, toCanonical } from './canonical-layout';
import { readDocx } from './docx';
import { readHtml } from './html-reader';
import { readPdf } from './pdf';
import { ImportError } from './import-types';

export { describeCell, describeFinding, locateCells, locAt } from './canonical-layout';
export type { Converted } from './canonical-layout';
export { ImportError } from './import-types';
export type { SourceLoc } from './import-types';

export type ImportFormat = 'docx' | 'html' | 'pdf';

export interface Imported extends Converted { format: ImportFormat }

function decodeHtml(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const charset = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  const label = charset && /^(gb2312|gbk|gb18030|x-gbk)$/.test(charset) ? 'gb18030' : 'utf-8';
  return new TextDecoder(label).decode(bytes);
}

/** Reads a file of the given format as a report; throws ImportError with one clear message when it cannot. */
export async function importBytes(bytes: Uint8Array, format: ImportFormat): Promise<Imported> {
  const doc = format === 'docx' ? readDocx(bytes) : format === 'pdf' ? await readPdf(bytes) : readHtml(decodeHtml(bytes));
  const conv = toCanonical(doc);
  const { model } = analyze(conv.text);
  if (!model.title && !model.sections.length && !model.t2 && !model.t3 && !model.t4) {
    throw new ImportError(format === 'pdf' && !conv.text.trim() ? 'scanned' : 'not-report');
  }
  return { ...conv, format };
}
