// Message catalogues: every text the engine and the server show, in Chinese and English, keyed by
// an id and declared beside the code that shows it (a rule file's `const messages =
// defineMessages({...})` stands next to its `defineCodes`). Placeholders are named, `{row}`, and
// filled in one pass: a value that itself contains `{row}` is not filled again. The client's own
// UI strings go through VS Code's l10n bundles instead (l10n/, package.nls*.json).

import type { Locale } from './types';

/** One message: the Chinese text and the English one, with the same `{name}` placeholders. */
export interface MessageText {
  readonly zh: string;
  readonly en: string;
}

/** The names of the `{name}` placeholders of a text, as a union of string literal types. */
export type PlaceholdersOf<S extends string> =
  S extends `${string}{${infer Name}}${infer Rest}` ? Name | PlaceholdersOf<Rest> : never;

/** What a message's placeholders are filled with. */
export type MessageArg = string | number;

/** The arguments a message takes: none when it has no placeholder, else one value per name. */
export type MessageArgs<M extends MessageText> =
  [PlaceholdersOf<M['zh']> | PlaceholdersOf<M['en']>] extends [never]
    ? []
    : [args: Record<PlaceholdersOf<M['zh']> | PlaceholdersOf<M['en']>, MessageArg>];

export interface Messages<C extends Record<string, MessageText>> {
  /** The message `id` in the UI language, its placeholders filled from `args`. */
  text<Id extends keyof C & string>(locale: Locale, id: Id, ...args: MessageArgs<C[Id]>): string;
  /** Every entry, for the tests that check each catalogue is complete. */
  readonly entries: Readonly<C>;
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** The placeholder names of a text, in order of first appearance. */
export function placeholders(text: string): string[] {
  return [...new Set(Array.from(text.matchAll(PLACEHOLDER), m => m[1]))];
}

/** Fills `{name}` (as PLACEHOLDER matches it) from `args` in one pass; a name without a value is left as it stands. */
export function format(text: string, args: Readonly<Record<string, MessageArg>> = {}): string {
  // A scan by hand: no match array and no callback per placeholder.
  let out = '', done = 0;
  for (let open = text.indexOf('{'); open >= 0; open = text.indexOf('{', open + 1)) {
    let end = open + 1;
    while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
    if (end === open + 1 || text.charCodeAt(end) !== 0x7d /* } */) continue;
    const name = text.slice(open + 1, end);
    if (!Object.prototype.hasOwnProperty.call(args, name)) continue;
    out += text.slice(done, open) + String(args[name]);
    done = end + 1;
    open = end;
  }
  return done ? out + text.slice(done) : text;
}

/** `\w`: an ASCII letter, digit or underscore. */
function isWordChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
}

/** A list in running text: `甲、乙` in Chinese, `A, B` in English. */
export function joinList(locale: Locale, items: readonly MessageArg[]): string {
  return items.join(locale === 'en' ? ', ' : '、');
}

/** The text of a data table's row that carries its own Chinese and English (word lists, aspects). */
export function localized(locale: Locale, text: MessageText): string {
  return locale === 'en' ? text.en : text.zh;
}

const catalogues: Array<Readonly<Record<string, MessageText>>> = [];

/** Every catalogue declared so far (each module's `defineMessages` registers its own on load). */
export function allCatalogues(): ReadonlyArray<Readonly<Record<string, MessageText>>> {
  return catalogues;
}

/** Declares a catalogue; `text` accepts only its ids, and for each id exactly its placeholders. */
export function defineMessages<const C extends Record<string, MessageText>>(entries: C): Messages<C> {
  catalogues.push(entries);
  return {
    entries,
    text(locale, id, ...args) {
      const entry = entries[id];
      const text = locale === 'en' ? entry.en : entry.zh;
      // Most messages of a check have no placeholder, or are filled with a few values.
      return args[0] === undefined || !text.includes('{') ? text : format(text, args[0]);
    },
  };
}
