// The characters a match of a pattern can start with, so a scanner tests one character before it
// runs the pattern there. Covers the syntax of plain word alternations: literal characters,
// `(?:…|…)` groups, lookaheads, `\d` and the quantifiers `? * + {n} {n,m}`. Anything else that
// could start a match (a class, `.`, `\s`, `\w`) throws: a start set must never miss a match.

const DIGITS = '0123456789';

/** The characters a part can start with (null: a class, `.`, `\s` … whose characters are not read), and whether it can match nothing. */
interface Part { starts: Set<string> | null; nullable: boolean }

/** Adds `b`'s start characters to `a`'s: unknown if either is. */
function union(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
  if (!a || !b) return null;
  for (const c of b) a.add(c);
  return a;
}

class StartReader {
  private i = 0;
  constructor(private readonly source: string) {}

  /** The whole pattern. */
  read(): Set<string> {
    const part = this.alternatives();
    if (this.i < this.source.length) this.fail(`unexpected '${this.source[this.i]}'`);
    if (part.nullable) this.fail('it can match nothing');
    if (!part.starts) this.fail('a class, `.`, `\\s` or `\\w` can start a match');
    return part.starts;
  }

  /** `a|b|c` up to a closing parenthesis or the end. */
  private alternatives(): Part {
    const out: Part = { starts: new Set(), nullable: false };
    for (;;) {
      const seq = this.sequence();
      out.starts = union(out.starts, seq.starts);
      out.nullable ||= seq.nullable;
      if (this.source[this.i] !== '|') return out;
      this.i++;
    }
  }

  /** Atoms in a row: their start characters until one must match something. */
  private sequence(): Part {
    const out: Part = { starts: new Set(), nullable: true };
    while (this.i < this.source.length && this.source[this.i] !== '|' && this.source[this.i] !== ')') {
      const atom = this.quantified(this.atom());
      if (out.nullable) out.starts = union(out.starts, atom.starts);
      out.nullable &&= atom.nullable;
    }
    return out;
  }

  private atom(): Part {
    const s = this.source;
    const c = s[this.i];
    if (c === '(') {
      const lookahead = s.startsWith('(?=', this.i) || s.startsWith('(?!', this.i);
      if (!lookahead && !s.startsWith('(?:', this.i)) this.fail('only (?:…) groups and lookaheads are read');
      this.i += 3;
      const inner = this.alternatives();
      if (s[this.i] !== ')') this.fail('unclosed group');
      this.i++;
      return lookahead ? { starts: new Set(), nullable: true } : inner; // a lookahead matches no character
    }
    if (c === '\\') {
      const e = s[this.i + 1];
      this.i += 2;
      if (e === 'd') return { starts: new Set(DIGITS), nullable: false };
      if (e !== undefined && /[\\/.*+?^$()[\]{}|-]/.test(e)) return { starts: new Set([e]), nullable: false };
      return { starts: null, nullable: false }; // `\s`, `\w` …
    }
    if (c === '[') {
      for (this.i++; this.i < s.length && s[this.i] !== ']'; this.i++) if (s[this.i] === '\\') this.i++;
      this.i++;
      return { starts: null, nullable: false };
    }
    if (c === '^' || c === '$') this.fail(`'${c}' is not read`);
    this.i++;
    return { starts: c === '.' ? null : new Set([c]), nullable: false };
  }

  /** The atom with its quantifier, if any (greedy or lazy). */
  private quantified(atom: Part): Part {
    const s = this.source;
    let optional = false, quantifier = true;
    const q = s[this.i];
    if (q === '?' || q === '*') { optional = true; this.i++; }
    else if (q === '+') this.i++;
    else if (q === '{') {
      const m = /^\{(\d+)(?:,\d*)?\}/.exec(s.slice(this.i));
      if (!m) this.fail('malformed {n,m}');
      optional = Number(m[1]) === 0;
      this.i += m[0].length;
    } else quantifier = false;
    if (quantifier && s[this.i] === '?') this.i++;
    return { starts: atom.starts, nullable: atom.nullable || optional };
  }

  private fail(why: string): never {
    throw new Error(`start characters of /${this.source}/ at ${this.i}: ${why}`);
  }
}

/** Every character a match of `source` can start with (one UTF-16 unit each); throws where they cannot be told. */
export function startChars(source: string): string {
  return [...new StartReader(source).read()].join('');
}
