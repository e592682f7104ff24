// Reading a table cell as a number (spec §8.3). Every oddity is reported, never silently fixed:
// the value is what the cell most plausibly says, `problem` says what is wrong with how it says it.

export type NumberProblem =
  | 'leading-zero'   // 00, 007
  | 'letter'         // O or l written for 0 or 1
  | 'thousands'      // 1,234
  | 'unit'           // 803万元, 251000元
  | 'empty-symbol'   // -, —, /, 无
  | 'decimal'        // 1.5 where an integer is required (decided by the caller)
  | 'negative'
  | 'out-of-range'   // more digits than a double holds exactly (above 2^53): never read rounded
  | 'fullwidth'      // １２３
  | 'several';       // `1 41`: two numbers in a one-number cell (left unread)

export interface ParsedNumber {
  value: number | null;
  /** The cell as it should be written (e.g. `0` for `00`). */
  canonical: string;
  problems: readonly NumberProblem[];
  /** The unit written in the cell, if any. */
  unit?: '元' | '万元';
}

const EMPTY_SYMBOLS = new Set(['-', '—', '–', '－', '/', '／', '无', '—-', '--', '——']);

const SEVERAL = /^[0-9]{1,9}(?:[ \u3000]{1,4}[0-9]{1,9}){1,3}$/;

/** `[0-9]`. */
function isAsciiDigit(c: number): boolean { return c >= 48 && c <= 57; }
/** `[0-9０-９]`. */
function isDigit(c: number): boolean { return isAsciiDigit(c) || (c >= 0xff10 && c <= 0xff19); }
/** `[OoIl]`: letters written for 0 and 1. */
function isDigitLetter(c: number): boolean { return c === 79 || c === 111 || c === 73 || c === 108; }

/** `[-−－—–/／无]`, a digit or a digit letter: the first characters of EMPTY_SYMBOLS and of numbers. A label fails at once. */
function isValueStart(c: number): boolean {
  return isDigit(c) || isDigitLetter(c) || c === 45 || c === 0x2212 || c === 0xff0d || c === 0x2014 || c === 0x2013
    || c === 47 || c === 0xff0f || c === 0x65e0;
}

/** `O`, `OO`, `OOO` (either case), `I`, `l`: letters alone read as a number. */
function isLettersOnly(s: string): boolean {
  if (s.length === 1) return isDigitLetter(s.charCodeAt(0));
  if (s.length > 3) return false;
  for (let i = 0; i < s.length; i++) if ((s.charCodeAt(i) | 32) !== 111) return false;
  return true;
}

/**
 * `^[-−－]?[0-9０-９OoIl]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?(?:万元|元)?$` with a digit among
 * it, scanned by char code. Each part starts with a character no earlier part takes, so one pass
 * without backtracking decides.
 */
function isNumberish(s: string): boolean {
  const n = s.length;
  let i = 0, c = s.charCodeAt(0);
  if (c === 45 || c === 0x2212 || c === 0xff0d) i++;
  const intStart = i;
  let digit = false;
  for (; i < n; i++) {
    c = s.charCodeAt(i);
    if (isDigit(c)) digit = true;
    else if (!isDigitLetter(c)) break;
  }
  if (i === intStart) return false;
  // Thousands groups: a separator and exactly three digits.
  while (i < n && (s.charCodeAt(i) === 44 || s.charCodeAt(i) === 0xff0c)) {
    if (!(isDigit(s.charCodeAt(i + 1)) && isDigit(s.charCodeAt(i + 2)) && isDigit(s.charCodeAt(i + 3)))) return false;
    i += 4;
    digit = true;
  }
  if (i < n && (s.charCodeAt(i) === 46 || s.charCodeAt(i) === 0xff0e)) {
    const fracStart = ++i;
    while (i < n && isDigit(s.charCodeAt(i))) i++;
    if (i === fracStart) return false;
    digit = true;
  }
  if (s.startsWith('万元', i)) i += 2;
  else if (s.charCodeAt(i) === 0x5143) i++; // 元
  return i === n && digit;
}

/** True when the token can be a table value (a number, possibly malformed, or an empty symbol). */
export function isValueToken(token: string): boolean {
  if (!isValueStart(token.charCodeAt(0))) return false;
  // Numbers first: most value cells are plain digits, told by a short scan without hashing the token.
  return isNumberish(token) || EMPTY_SYMBOLS.has(token) || isLettersOnly(token);
}

/** A cell between explicit separators (tab, pipe) holding a value: also two numbers written in one cell. */
export function isValueCell(text: string): boolean {
  return isValueToken(text) || (isAsciiDigit(text.charCodeAt(0)) && SEVERAL.test(text));
}

/** Plain ASCII digits, few enough to be exact as a double (2^53 has 16 digits). */
function plainDigits(s: string): boolean {
  if (!s.length || s.length > 15) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

const NONE: readonly NumberProblem[] = Object.freeze([]);
const LEADING_ZERO: readonly NumberProblem[] = Object.freeze(['leading-zero'] as NumberProblem[]);

/** Plain digits without a leading zero: a cell `parseNumber` finds nothing wrong with (most cells), told without parsing it. */
export function isPlainNumber(token: string): boolean {
  return plainDigits(token) && !(token.length > 1 && token.charCodeAt(0) === 48);
}

/** A cell's value, as `parseNumber(token).value`, without building the rest for plain digits (most cells). */
export function numberValue(token: string): number | null {
  return plainDigits(token) ? Number(token) : parseNumber(token).value;
}

export function parseNumber(token: string): ParsedNumber {
  // Most cells: plain digits, read without a regex or a BigInt.
  if (plainDigits(token)) {
    const value = Number(token);
    const leadingZero = token.length > 1 && token.charCodeAt(0) === 48;
    // Without a leading zero the digits are already the canonical form: no new string.
    return { value, canonical: leadingZero ? String(value) : token, problems: leadingZero ? LEADING_ZERO : NONE, unit: undefined };
  }
  const problems: NumberProblem[] = [];
  if (EMPTY_SYMBOLS.has(token)) return { value: 0, canonical: '0', problems: ['empty-symbol'] };
  if (SEVERAL.test(token)) return { value: null, canonical: token, problems: ['several'] };
  let s = token;
  if (/[０-９．，－]/.test(s)) { problems.push('fullwidth'); s = s.normalize('NFKC'); }
  let unit: ParsedNumber['unit'];
  const u = /(万元|元)$/.exec(s);
  if (u) { unit = u[1] as '元' | '万元'; s = s.slice(0, -u[1].length); problems.push('unit'); }
  let negative = false;
  if (/^[-−]/.test(s)) { negative = true; s = s.slice(1); problems.push('negative'); }
  if (/[OoIl]/.test(s)) { problems.push('letter'); s = s.replace(/[Oo]/g, '0').replace(/[Il]/g, '1'); }
  if (/,/.test(s)) { problems.push('thousands'); s = s.replace(/,/g, ''); }
  const [int, frac, extra] = s.split('.');
  if (!/^\d+$/.test(int) || extra !== undefined || (frac !== undefined && !/^\d+$/.test(frac))) return { value: null, canonical: token, problems };
  if (int.length > 1 && int.startsWith('0')) problems.push('leading-zero');
  // A BigInt only beyond 15 digits: below 2^53 (16 digits) a double is exact.
  const exact = int.length <= 15 ? null : BigInt(int);
  const canonicalInt = exact === null ? String(Number(int)) : String(exact);
  const canonical = (negative ? '-' : '') + canonicalInt + (frac !== undefined ? '.' + frac : '');
  // A rounded value would let a wrong sum pass: the cell stays unread, and is reported.
  if (exact !== null && exact > BigInt(Number.MAX_SAFE_INTEGER)) return { value: null, canonical, problems: [...problems, 'out-of-range'], unit };
  const value = Number((negative ? '-' : '') + canonicalInt + (frac !== undefined ? '.' + frac : ''));
  return { value, canonical, problems, unit };
}
