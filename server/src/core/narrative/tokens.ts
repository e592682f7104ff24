// Tokens of a prose paragraph: numbers with their unit, the key words that say what a number
// counts, and clause / sentence boundaries. Every pattern is a plain alternation or a bounded
// class, so a paragraph is scanned in linear time.

import { CHINESE_NUMERAL, parseArabic, parseChinese } from './numerals';
import { CharSet } from '../text';
import { MatchStarts } from '../match-start';

export interface NumberToken {
  start: number;
  end: number;
  value: number;
  chinese: boolean;
  /** The counting word after the number (`件`, `条`, `万元`), '' when none. */
  unit: string;
  /** End of the unit (or of the number when there is none). */
  unitEnd: number;
  /** `余`, `多`, `约`, `近`: the figure is approximate and never compared. */
  approx: boolean;
}

const NUMERALS = new CharSet(CHINESE_NUMERAL);
/** The counting words of one character (`元` among them). */
const UNITS = new CharSet('元件次宗起例条份个篇期场家项名人部类批');

// What may stand before a number. Patterns are constants: a literal in a function is a new object each call.
const NEGATED = /(?:无|未|没有)\s?$/;
const NEGATED_EVENT = /(?:无|未|没有)(?:发生|出现|有)\s?$/;
const IDIOM_LEAD = /(?:跑|每|逐|同|统|唯|之|单|最多)$/;
const APPROX_LEAD = /(?:约|近|逾|超过|超|将近)\s*$/;
/** What stands before an ordinal, a date or a code (`第3`, `2024.5`, `1-2`). */
const NOT_A_COUNT_AFTER = new CharSet('0123456789.-－/第');

const SPACE = 0x20, IDEOGRAPHIC_SPACE = 0x3000, YU = 0x4f59 /* 余 */, DUO = 0x591a /* 多 */, COMMA = 0x2c, DOT = 0x2e;
const SHI = 0x4e8b /* 事 */, XING = 0x6027 /* 性 */;

/** The char code at `i`, -1 past the end (a read out of range costs optimised code a deoptimisation). */
function codeAt(text: string, i: number): number {
  return i < text.length ? text.charCodeAt(i) : -1;
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** End of the Arabic number at `i`: `\d+(?:,\d{3})*(?:\.\d+)?`. */
function arabicEnd(text: string, i: number): number {
  while (isDigit(codeAt(text, i))) i++;
  while (codeAt(text, i) === COMMA && isDigit(codeAt(text, i + 1)) && isDigit(codeAt(text, i + 2)) && isDigit(codeAt(text, i + 3))) i += 4;
  if (codeAt(text, i) === DOT && isDigit(codeAt(text, i + 1))) for (i++; isDigit(codeAt(text, i));) i++;
  return i;
}

/** The number `[start, end)` as a figure with its counting word; null when it is none (no unit, an idiom, a date …). */
function numberAt(text: string, start: number, end: number, chinese: boolean): NumberToken | null {
  // The counting word first: most numbers have none (table residue, dates) and are dropped cheaply.
  let i = end;
  while (i < end + 2 && (codeAt(text, i) === SPACE || codeAt(text, i) === IDEOGRAPHIC_SPACE)) i++;
  let approx = false;
  if (codeAt(text, i) === YU || codeAt(text, i) === DUO) { approx = true; i++; }
  let unit = '';
  if (text.startsWith('万元', i)) unit = '万元';
  else if (UNITS.has(codeAt(text, i))) unit = text[i];
  if (!unit) return null;
  if (unit === '人' && text[i + 1] === '次') unit = '人次'; // a count of people
  // `一件事`, `一次性`, `一件一档`, `件件有回音`: idioms, not counts.
  const next = codeAt(text, i + 1);
  if (chinese && (next === SHI || next === XING || NUMERALS.has(next) || (unit.length === 1 && next === unit.charCodeAt(0)))) return null;
  if (start > 0 && NOT_A_COUNT_AFTER.has(text.charCodeAt(start - 1))) return null; // ordinals, dates, codes
  const raw = text.slice(start, end);
  const before = text.slice(Math.max(0, start - 4), start);
  // `无一例`, `未发生一起…`: a negation, not a count.
  if (NEGATED.test(before) || (raw === '一' && NEGATED_EVENT.test(before))) return null;
  if (chinese && IDIOM_LEAD.test(before)) return null; // `最多跑一次`
  const value = chinese ? parseChinese(raw) : parseArabic(raw);
  if (value === null) return null;
  if (APPROX_LEAD.test(before)) approx = true;
  const unitEnd = i + unit.length;
  if (text.startsWith('左右', unitEnd)) approx = true;
  return { start, end, value, chinese, unit, unitEnd, approx };
}

export type KeyKind =
  | 'carriedOut' | 'carriedIn' | 'litDirect' | 'litAfter' | 'reviewCorrected' | 'review' | 'litigation'
  | 'courtResult' | 'result' | 'completed' | 'received' | 'docType' | 'docVerb' | 'foreign' | 'neg';

export interface KeyToken { kind: KeyKind; start: number; end: number; text: string }

/** Key words by kind; at one position the first kind listed wins, inside a kind the longest word. */
export const KEYS: readonly (readonly [KeyKind, string])[] = [
  // `结转至2025年`: carried forward only when the year follows the report's (claims.ts checks it).
  ['carriedOut', '结转(?:至|到|入)?下一?个?(?:年度|年|半年)(?:继续办理)?|(?:结转|转入)(?:至|到)\\d{4}\\s*年度?(?:继续)?(?:办理|答复)?|(?:顺延|转入|留待|转)(?:至|到)?下一?(?:年度|年)(?:继续)?(?:办理|答复)?|下一?年度继续办理|(?:正在|尚在|仍在)办理'],
  ['carriedIn', '上一?年度?(?:结转|遗留)|结转自?上一?年度?|往年结转|(?:结转|转入)(?:至|到)本年度?(?:继续)?(?:办理|答复)?'],
  ['litDirect', '未经(?:行政)?复议直接(?:向法院)?(?:提起)?(?:行政)?(?:起诉|诉讼)|直接(?:提起)?(?:行政)?(?:起诉|诉讼)'],
  ['litAfter', '(?:行政)?复议后(?:提起)?(?:行政)?(?:起诉|诉讼)|经(?:行政)?复议后'],
  ['reviewCorrected', '复议纠错'],
  ['review', '行政复议|复议'],
  ['litigation', '行政诉讼|诉讼|起诉'],
  ['courtResult', '结果维持|维持原?(?:决定|判决|复议决定)?|结果纠正|纠正|纠错|败诉|胜诉|其他结果|尚未审结|未审结|正在审理|审理中'],
  ['result', '同意部分公开|部分公开|同意不予?公开|不予公开|不公开|予以公开|同意公开|准予公开|全部公开|无法提供|不能提供|不予处理|其他处理|本机关不掌握|不掌握'],
  ['neg', '未发生|未出现|未收到|未接到|未受理|未产生|未被|未有|没有(?:收到|接到|发生|出现)?|无|为零'],
  ['completed', '办结|办理完毕|处理完毕|办理|处理|答复'],
  ['received', '新收|收到|受理|接收|接到|收悉'],
  ['docType', '行政规范性文件|规范性文件|规章(?!制度)'],
  ['docVerb', '新制定|制发|出台|印发|制定|发布|新增|废止|废除|现行有效|有效'],
  ['foreign', '信箱|留言|咨询|来信|来电|热线|建议|提案|派单|工单|投诉|信访|举报'],
];

/**
 * Every key word, without capture groups (a match is one slot, not one per kind), tried only where
 * the text has a key word's first two characters (match-start.ts): a global scan tried the
 * alternatives at every position (141 µs over the seeds' paragraphs; 103–106 µs this way).
 */
const KEY_AT = new RegExp(KEYS.map(([, s]) => `(?:${s})`).join('|'), 'y');
const KEY_STARTS = new MatchStarts(KEYS.map(([, s]) => s));
/** Each kind's pattern, tested at a position (sticky). */
const KIND_AT = KEYS.map(([kind, s]) => ({ kind, re: new RegExp(s, 'y') }));

/**
 * The plain words of the kinds' top-level alternatives, each with the first kind that lists it.
 * Such a word is that kind's at any place unless a kind listed before it matches the same word
 * (then it would have matched there): decided at the word's first sighting, with the earlier
 * kinds' patterns as whole words. Deciding every word at load time tested ~800 pairs of a word and
 * a pattern at every start of the CLI, the server and each worker (~4 ms).
 */
interface ListedWord { kind: KeyKind; index: number; decided?: KeyKind | null }
const PLAIN_WORD = /^[\u4e00-\u9fff]+$/;
const LISTED = listedWords();
/** Each kind's pattern as a whole word: made at the first word decided. */
let wholeWords: RegExp[] | null = null;

function listedWords(): Map<string, ListedWord> {
  const out = new Map<string, ListedWord>();
  KEYS.forEach(([kind, source], index) => {
    for (const word of topLevelAlternatives(source)) if (PLAIN_WORD.test(word) && !out.has(word)) out.set(word, { kind, index });
  });
  return out;
}

/** The kind a plain key word always belongs to; null when the text at its place decides. */
function wordKind(word: string): KeyKind | null {
  const listed = LISTED.get(word);
  if (!listed) return null;
  if (listed.decided === undefined) {
    wholeWords ??= KEYS.map(([, source]) => new RegExp(`^(?:${source})$`));
    listed.decided = wholeWords.slice(0, listed.index).some(earlier => earlier.test(word)) ? null : listed.kind;
  }
  return listed.decided;
}

/** `a|b(?:c|d)|e` → `a`, `b(?:c|d)`, `e`. */
function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0, from = 0;
  for (let i = 0; i < source.length; i++) {
    if (source[i] === '(') depth++;
    else if (source[i] === ')') depth--;
    else if (source[i] === '|' && depth === 0) { out.push(source.slice(from, i)); from = i + 1; }
  }
  out.push(source.slice(from));
  return out;
}

/** The kind a key word found at `start` belongs to: the first kind that matches there. */
function kindAt(text: string, start: number, word: string): KeyKind {
  const known = wordKind(word);
  if (known) return known;
  for (const { kind, re } of KIND_AT) {
    re.lastIndex = start;
    if (re.test(text)) return kind;
  }
  throw new Error(`no key kind matches ${word}`);
}

/** A paragraph's tokens, each list in text order. */
export interface Tokens {
  /** Figures with their counting word. */
  nums: NumberToken[];
  /** Key words, each the first kind's longest at the leftmost place (as a global scan finds them). */
  keys: KeyToken[];
  /** Where a clause or a sentence ends (`，` `（` `。` …): the position of the mark. */
  ends: number[];
}

// What a character may be, as bits of CHAR_CLASS: one table read per character tells the three scans apart.
const NUMBER = 1, KEY = 2, CLAUSE_END = 4, SENTENCE_END = 8;
const CHAR_CLASS = charClasses();

function charClasses(): Uint8Array {
  const table = new Uint8Array(0x10000); // every UTF-16 code unit
  const mark = (chars: string, bit: number) => { for (const ch of chars) table[ch.charCodeAt(0)] |= bit; };
  mark('0123456789' + CHINESE_NUMERAL, NUMBER);
  mark(KEY_STARTS.firstChars, KEY);
  mark('，,（）()', CLAUSE_END);
  mark('。！？!?；;', SENTENCE_END);
  return table;
}

/** Whether the clause end at `i` (one of `Tokens.ends`) also ends the sentence. */
export function endsSentence(text: string, i: number): boolean {
  return (CHAR_CLASS[text.charCodeAt(i)] & SENTENCE_END) !== 0;
}

/**
 * Numbers, key words and clause ends in one pass over the text: each character is read once, its
 * class from one table (three scans, one with a regex per boundary, took ~45% of the claims' time).
 * A number and a key word may overlap (`下一年度` holds the numeral `一`): each scan skips only
 * its own matches.
 */
export function tokenize(text: string): Tokens {
  const nums: NumberToken[] = [], keys: KeyToken[] = [], ends: number[] = [];
  let numFrom = 0, keyFrom = 0;
  for (let i = 0; i < text.length; i++) {
    const cls = CHAR_CLASS[text.charCodeAt(i)];
    if (cls === 0) continue;
    if (cls & (CLAUSE_END | SENTENCE_END)) ends.push(i);
    if (cls & NUMBER && i >= numFrom) {
      // An Arabic number, or a run of Chinese numerals.
      const chinese = !isDigit(text.charCodeAt(i));
      let end = i + 1;
      if (chinese) while (NUMERALS.has(codeAt(text, end))) end++;
      else end = arabicEnd(text, i);
      const token = numberAt(text, i, end, chinese);
      if (token) nums.push(token);
      numFrom = end;
    }
    if (cls & KEY && i >= keyFrom && KEY_STARTS.at(text, i)) {
      KEY_AT.lastIndex = i;
      if (KEY_AT.test(text)) {
        const end = KEY_AT.lastIndex, word = text.slice(i, end);
        keys.push({ kind: kindAt(text, i, word), start: i, end, text: word });
        keyFrom = end; // no key word is empty (matchHeads rejects a pattern that can match nothing)
      }
    }
  }
  return { nums, keys, ends };
}

/** Result words → indicator keys. */
export function resultKey(word: string): string {
  if (word.includes('部分公开')) return 'partly';
  if (word.includes('不予公开') || word.includes('不公开')) return 'refused';
  if (word.includes('公开')) return 'disclosed';
  if (word.includes('提供')) return 'unable';
  if (word.includes('不予处理')) return 'ignored';
  if (word.includes('其他处理')) return 'otherHandled';
  return 'notHeld';
}

/** Court result words → 1 upheld, 2 corrected, 3 other, 4 pending. */
export function courtResultIndex(word: string): number {
  if (word.includes('维持') || word === '胜诉') return 1;
  if (word.includes('纠') || word === '败诉') return 2;
  if (word.includes('其他')) return 3;
  return 4;
}

const REPEALED = /废|失效/;
/** Document verbs → column 1 issued, 2 repealed, 3 in force. */
export function docColumn(word: string): number {
  if (REPEALED.test(word)) return 2;
  if (word.includes('有效')) return 3;
  return 1;
}
