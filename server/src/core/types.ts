// Plain data types shared by the engine, the language server, the CLI and the preview.
// Positions are LSP-compatible: 0-based lines, UTF-16 code-unit characters.

import type { RuleCode } from './registry';

export interface Position { line: number; character: number }
export interface Range { start: Position; end: Position }

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type Locale = 'zh-cn' | 'en';

/** A replacement of the text in `range` by `newText` (ranges refer to the analysed text). */
export interface TextEdit { range: Range; newText: string }

/** One safe, self-contained correction. Applying all `edits` must clear the finding. */
export interface Fix {
  /** Stable fix kind, e.g. `set-total`, `set-component`, `normalise-number`. */
  kind: string;
  title: string;
  edits: TextEdit[];
  /** The clearly right fix among several. */
  preferred?: boolean;
}

/** A place another cell or text of a failed relation lives, for related information. */
export interface Related { range: Range; message: string }

export interface Finding {
  /** Stable rule code, e.g. `t3-row-sum` (declared in registry.ts). Never key logic on `message`. */
  code: RuleCode;
  severity: Severity;
  message: string;
  range: Range;
  /** Canonical cell ids involved (e.g. `R24.C1`, `K5`, `B3`). */
  cells?: string[];
  /** The value the rule expected at `range`, when it computes one. */
  expected?: number;
  /** found − expected, when a relation fails. */
  delta?: number;
  related?: Related[];
  /** Safe fixes, best first. Absent when no fix is safe. */
  fixes?: Fix[];
}

export type IssuerKind = 'government' | 'department' | 'unknown';
export type Layout = 'tab' | 'pipe' | 'space' | 'cell-per-line' | 'markdown' | 'mixed';

/** One cell of tables 二/三/四 as read from the source. */
export interface Cell {
  id: string;            // A1 … F1, R01.C1 … R25.C7, K1 … K15
  value: number | null;  // null = missing or unreadable (never guessed)
  raw: string;           // the source text of the cell ('' when missing)
  range: Range | null;   // where `raw` stands; null when the cell is missing
  /** The reader could not attribute this cell with certainty: unread (null), shown as uncertain. */
  uncertain?: true;
}
