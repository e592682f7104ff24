// What a rule file declares about each code it reports, beside the rule (`export const codes =
// defineCodes({...})`). registry.ts collects every file's declarations; the `xxgk.rules` schema in
// package.json, SARIF's rule list and the README's rule tables are all generated from it.

import type { Severity } from './types';

/** The README table a code is listed in. */
export type CodeGroup = 'arithmetic' | 'tables' | 'structure' | 'narrative' | 'notices';

export interface CodeInfo {
  group: CodeGroup;
  /** Severity of the finding unless the user's `xxgk.rules` says otherwise. */
  severity: Severity;
  /** Severities the rule gives instead in some cases (e.g. a guess is a warning, not an error). */
  also?: Severity[];
  /** Some findings of this code carry a safe fix. */
  fixable: boolean;
  /** One line saying what the code reports, in Chinese and in English. */
  zh: string;
  en: string;
  example?: string;
  /** Section of the format reference (`shared/spec/report-format.md`). */
  spec?: string;
}

/** Keeps the code names as literal types, so the registry can derive the union of every code. */
export function defineCodes<const C extends Record<string, CodeInfo>>(codes: C): C {
  return codes;
}
