// Where a match of a pattern can start: its first two characters, read from the pattern, so a
// scanner runs the pattern only where the text has them (a call into the regex engine costs
// ~100 ns; a bitmap test, a few). Covers the syntax of plain word alternations: literal
// characters, `(?:…|…)` groups, lookaheads, `\d`, classes and `\s` after the first character,
// and the quantifiers `? * + {n} {n,m}`. A pattern whose first character is a class, `.`, `\s`
// or `\w`, or that can match nothing, throws: the heads must never miss a match.

import { CharSet } from './text';

const DIGITS = '0123456789';
/** Stands for a character the reader does not tell (a class, `.`, `\s`): any character. */
const ANY = '\u0000';
const HEAD = 2;

/**
 * The heads of a part: the first HEAD characters of each of its matches, or the whole match when
 * shorter ('' when it can match nothing).
 */
type Heads = Set<string>;

/** Heads of `a` then `b`. */
function concat(a: Heads, b: Heads): Heads {
  const out: Heads = new Set();
  for (const u of a) {
    if (u.length >= HEAD) { out.add(u); continue; }
    for (const v of b) out.add((u + v).slice(0, HEAD));
  }
  return out;
}

function union(a: Heads, b: Heads): Heads {
  for (const x of b) a.add(x);
  return a;
}

class HeadReader {
  private i = 0;
  constructor(private readonly source: string) {}

  read(): Heads {
    const heads = this.alternatives();
    if (this.i < this.source.length) this.fail(`unexpected '${this.source[this.i]}'`);
    if (heads.has('')) this.fail('it can match nothing');
    for (const h of heads) if (h[0] === ANY) this.fail('a class, `.`, `\\s` or `\\w` can start a match');
    return heads;
  }

  /** `a|b|c` up to a closing parenthesis or the end. */
  private alternatives(): Heads {
    const out: Heads = new Set();
    for (;;) {
      union(out, this.sequence());
      if (this.source[this.i] !== '|') return out;
      this.i++;
    }
  }

  /** Atoms in a row. */
  private sequence(): Heads {
    let out: Heads = new Set(['']);
    while (this.i < this.source.length && this.source[this.i] !== '|' && this.source[this.i] !== ')') {
      out = concat(out, this.quantified(this.atom()));
    }
    return out;
  }

  private atom(): Heads {
    const s = this.source;
    const c = s[this.i];
    if (c === '(') {
      const lookahead = s.startsWith('(?=', this.i) || s.startsWith('(?!', this.i);
      if (!lookahead && !s.startsWith('(?:', this.i)) this.fail('only (?:…) groups and lookaheads are read');
      this.i += 3;
      const inner = this.alternatives();
      if (s[this.i] !== ')') this.fail('unclosed group');
      this.i++;
      return lookahead ? new Set(['']) : inner; // a lookahead matches no character
    }
    if (c === '\\') {
      const e = s[this.i + 1];
      this.i += 2;
      if (e === 'd') return new Set(DIGITS);
      if (e !== undefined && /[\\/.*+?^$()[\]{}|-]/.test(e)) return new Set([e]);
      return new Set([ANY]); // `\s`, `\w` …
    }
    if (c === '[') {
      for (this.i++; this.i < s.length && s[this.i] !== ']'; this.i++) if (s[this.i] === '\\') this.i++;
      this.i++;
      return new Set([ANY]);
    }
    if (c === '^' || c === '$') this.fail(`'${c}' is not read`);
    this.i++;
    return new Set([c === '.' ? ANY : c]);
  }

  /** The atom repeated as its quantifier says (greedy or lazy): heads of HEAD characters need at most HEAD copies. */
  private quantified(atom: Heads): Heads {
    const s = this.source;
    let min = 1, max = 1;
    const q = s[this.i];
    if (q === '?') { min = 0; this.i++; }
    else if (q === '*') { min = 0; max = Infinity; this.i++; }
    else if (q === '+') { max = Infinity; this.i++; }
    else if (q === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(s.slice(this.i));
      if (!m) this.fail('malformed {n,m}');
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
      this.i += m[0].length;
    }
    if (q === '?' || q === '*' || q === '+' || q === '{') { if (s[this.i] === '?') this.i++; }
    const out: Heads = new Set();
    let power: Heads = new Set(['']);
    for (let k = 0; k <= Math.min(max, HEAD); k++) {
      if (k >= min || k === HEAD) union(out, power);
      power = concat(power, atom);
    }
    return out;
  }

  private fail(why: string): never {
    throw new Error(`heads of /${this.source}/ at ${this.i}: ${why}`);
  }
}

/**
 * The first two characters of every match of `source` ('甲乙'), or one where a match may be one
 * character long or its second is not told ('甲': any second character). Throws where they cannot
 * be told.
 */
export function matchHeads(source: string): string[] {
  const heads = new Set([...new HeadReader(source).read()].map(h => (h[1] === ANY ? h[0] : h)));
  return [...heads].filter(h => h.length === 1 || !heads.has(h[0])); // `甲` covers `甲乙`
}

/** Where a match of any of the patterns can start: the first character, then the second. */
export class MatchStarts {
  /** Every character a match can start with. */
  readonly firstChars: string;
  private readonly first: CharSet;
  /** The second characters after each first one; null: any. */
  private readonly second = new Map<number, CharSet | null>();

  constructor(sources: readonly string[]) {
    const heads = sources.flatMap(matchHeads);
    this.firstChars = [...new Set(heads.map(h => h[0]))].join('');
    this.first = new CharSet(this.firstChars);
    const seconds = new Map<number, string | null>();
    for (const h of heads) {
      const c = h.charCodeAt(0), was = seconds.get(c);
      seconds.set(c, h.length === 1 || was === null ? null : (was ?? '') + h[1]);
    }
    for (const [c, s] of seconds) this.second.set(c, s === null ? null : new CharSet(s));
  }

  /** Whether a match may start at `i` of `text`. */
  at(text: string, i: number): boolean {
    const c = text.charCodeAt(i);
    if (!this.first.has(c)) return false;
    const next = this.second.get(c);
    return next === null || next!.has(text.charCodeAt(i + 1));
  }
}
