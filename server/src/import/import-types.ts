// What a reader of a Word, web-page or PDF file hands to the engine: the report as blocks of
// paragraphs and table rows, each piece with the place it came from in the original file.

/** Where a piece of text stands in the original file. */
export interface SourceLoc {
  format: 'docx' | 'html' | 'pdf';
  /** PDF: 1-based page; box in PDF points [x0, y0, x1, y1], y measured from the page bottom. */
  page?: number;
  box?: [number, number, number, number];
  /** DOCX and HTML: 1-based table among the file's tables, row and grid column in that table. */
  table?: number;
  row?: number;
  column?: number;
  /** DOCX: 1-based paragraph of the body (outside tables). */
  paragraph?: number;
  /** HTML: element path, e.g. `body > div.content > table[2] > tr[5] > td[3]`. */
  path?: string;
}

/** One cell of a row as the reader found it. */
export interface SourceCell { text: string; loc: SourceLoc }

/** A paragraph is a row of one cell; a table row has one cell per printed cell (merged continuations empty). */
export interface SourceRow { cells: SourceCell[]; table: boolean }

export interface SourceDoc {
  rows: SourceRow[];
  /** A blank line where text passes between paragraphs and tables (DOCX, HTML; a PDF's lines carry no such mark). */
  blankAroundTables: boolean;
}

export type ImportFailure = 'encrypted' | 'scanned' | 'damaged' | 'not-report' | 'unsupported';

const MESSAGES: Record<ImportFailure, [string, string]> = {
  encrypted: ['文件已加密，无法读取', 'the file is encrypted'],
  scanned: ['扫描件，无法读取文字（请先进行文字识别）', 'scanned images only, no text to read (run OCR first)'],
  damaged: ['文件已损坏，无法读取', 'the file is damaged'],
  'not-report': ['不是政府信息公开工作年度报告（未找到标题、章节或表格）', 'not an annual disclosure report (no title, sections or tables found)'],
  unsupported: ['不支持的文件类型', 'unsupported file type'],
};

/** A file that cannot be read as a report, with one message for the person who chose it. */
export class ImportError extends Error {
  constructor(readonly reason: ImportFailure) {
    super(`${MESSAGES[reason][0]} / ${MESSAGES[reason][1]}`);
  }
  localized(locale: 'zh-cn' | 'en'): string { return MESSAGES[this.reason][locale === 'en' ? 1 : 0]; }
}
