// Numeric claims of the prose (spec §5.1): a figure with a counting word (`件`, `次`) and the key
// word before it (or right after it) that says what it counts, read clause by clause. Negations
// (`全年无…行政复议`, `未收到…申请`) are claims of 0, and cover only their own predicate
// (`未出现被复议机关撤销的情形` is about an outcome, not about the cases). Topics carry within a
// sentence: `行政复议 351 件，其中结果维持 72 件` and `制发规范性文件 1 件，废止 9 件`; in a sentence
// about a lawsuit, `办结` counts lawsuits, and clauses about websites, hotlines or training count
// nothing of table 三. Figures of a sub-unit carry its name (scope.ts); figures for part of the
// year or one channel are no claims.

import type { IssuerKind, Range } from '../types';
import { combinedIndicator, INDICATORS, type Indicator } from './indicators';
import { rangeIn, type Paragraph } from './prose';
import {
  courtResultIndex, docColumn, endsSentence, resultKey, tokenize, type KeyKind, type KeyToken, type NumberToken, type Tokens,
} from './tokens';
import { PARTIAL, subUnit } from './scope';

export interface Claim {
  indicator: Indicator;
  value: number;
  /** A negated statement (`全年无…行政复议`): a claim of 0 with no figure written. */
  negated: boolean;
  para: Paragraph;
  /** The figure's digits, or for a negation the words from the negation to the key word. */
  start: number;
  end: number;
  range: Range;
  chinese: boolean;
  /** The key word that says what the figure counts (`受理`, `行政诉讼`). */
  keyword: string;
  keywordStart: number;
  keywordEnd: number;
  /** End of the phrase (after the unit, or after a negated key word). */
  phraseEnd: number;
  unit: string;
  /** The text says the figure includes requests carried over from last year. */
  includesCarried: boolean;
  /** The sub-unit the sentence states the figure for (`县政府办公室本级`), null for the whole body. */
  scope: string | null;
  /** The key word stands right before the figure in its clause, alone: a contradiction is an error. */
  confident: boolean;
  /** Start of the claim's sentence in the paragraph. */
  sentenceStart: number;
}

const CLAIM_UNITS = new Set(['件', '次', '宗', '起', '例']);
const APP_KINDS = new Set<KeyKind>(['received', 'carriedIn', 'completed', 'carriedOut', 'result']);
const COURT_KINDS = new Set<KeyKind>(['review', 'reviewCorrected', 'litigation', 'litDirect', 'litAfter']);
const INDICATOR_KINDS = new Set<KeyKind>([...APP_KINDS, ...COURT_KINDS, 'courtResult', 'docVerb']);
const INCLUDES_CARRIED = /(?:含|包括|包含)[^，。；,;]{0,6}上一?年度?结转|含结转/;
/** What may stand before a bare `无`/`没有` that negates the whole clause. */
const NEG_PREFIX = /(?:全年|本年度?|年内|今年|当年|均|并|且|也|都|暂|尚|亦)$/;
const RECEIVE_NEG = /^(?:未收到|未接到|未受理|没有收到|没有接到|无)$/;
/** What may stand between `未收到` and `申请` when the negation is about requests in general. */
const RECEIVE_GAP = /^(?:到|过)?(?:任何)?(?:(?:公民|法人|其他组织|[、和或及])+(?:提出|提交)?的)?(?:有关)?(?:政府)?(?:信息公开|依)?(?:方面)?(?:的|类)?$/;
/** After a negated case word, an outcome: the negation is about the outcome (`…行政复议机关撤销`). */
const OUTCOME = /^(?:机关|决定)|被|撤销|纠错|纠正|败诉|胜诉|确认违法|责令|问责|追究|维持/;
/** After a negated result category, nothing but `的情况` and the like. */
const RESULT_TAIL = /^(?:的)?(?:情况|情形|事项|答复|决定|申请|案件)?(?:发生)?$/;
/** A sentence about another topic: its figures (after the topic word) are never requests of table 三. */
const OTHER_TOPIC = /网站|新媒体|微信|微博|公众号|热线|12345|信箱|留言|咨询|网民|诉求|培训|会议|建议|提案|投诉|信访|举报|工单|派单/;
/** A long gap that still ends on the noun the figure counts: `收到公民、法人和其他组织政府信息公开申请共19件`. */
const GOVERNED = /^[^，,。；;]{0,30}申请(?:共计?|合计|总计|数量)?(?:为|达)?\s*$/;
const CARRIED = new Set<KeyKind>(['carriedIn', 'carriedOut']);
/** Result categories joined into one figure: `予以公开和部分公开共…`. */
const JOINER = /^(?:[和及与或、]|以及)$/;
/** A change or a running total, not the year's figure: `较上年增加 10 件`, `成立以来累计受理 500 件`. */
const NOT_THE_FIGURE = /较|比上年|同比|环比|增加|减少|增长|下降|上升|以来|累计|历年/;

// Patterns are constants: a literal in a function is a new object each call.
const COURT_WORD = /复议|诉讼/;
const EACH = /分别|[各均都]/;
const RESPECTIVELY_BEFORE = /分别(?:为|是)?\s*$/;
const EACH_BEFORE = /[各均都](?:为|是|有)?\s*$/;
const VERB_JOINER = /^[并和及与、]?$/;
const YEAR_NAMED = /(\d{4})\s*年/;
const YEAR = /\d{4}/;
const BRACKET_AFTER = /^\s{0,2}[（(]/;
const ABOUT_REQUESTS = /申请|信息公开/;
const LIST_JOINER = /[、和及与或]/;
const DIGIT = /\d/;
const POSTFIX_NEG = /^(?:未发生|未出现|没有|无|为零|没有发生|没有出现)$/;

/** The claims of the paragraphs; `tokens[i]` are the tokens of `paragraphs[i]` (shared with the sums). */
export function extractClaims(
  paragraphs: Paragraph[], kind: IssuerKind = 'unknown', year: number | null = null, tokens = paragraphs.map(p => tokenize(p.text)),
): Claim[] {
  const claims: Claim[] = [];
  const reader = new ParagraphClaims(kind, year, claims); // one reader for every paragraph: no reader and arrays per paragraph
  let heading = '', headingSection = -1;
  paragraphs.forEach((p, i) => {
    if (p.section !== headingSection) { heading = ''; headingSection = p.section; }
    if (p.heading) heading = p.text;
    reader.read(p, heading, tokens[i]);
  });
  return claims;
}

/** Whether a position of a paragraph stands where figures count requests (`appCtx`) or cases (`courtCtx`). */
interface Contexts { appCtx(pos: number): boolean; courtCtx(pos: number): boolean }

/** The claims of a paragraph, read event by event: the key words waiting for a figure, and the clause and sentence they stand in. */
class ParagraphClaims implements Contexts {
  private p!: Paragraph;
  private text = '';
  private firstApply = -1;
  private firstPublic = -1;
  private applyHeading = false;
  private courtHeading = false;
  private docTopic: 'A' | 'B' | null = null;
  private court: KeyToken | null = null;
  private pending: KeyToken[] = [];
  private queue: KeyToken[] = [];
  private clauseStart = 0;
  private sentenceStart = 0;
  /** The clause's key words are `keys[clauseFirstKey … nextKey)`: no array per clause. */
  private clauseFirstKey = 0;
  private clauseDocType: KeyToken | null = null;
  private lastClaimNum = -1;
  /** The paragraph's key words; `nextKey` indexes the first not yet read. */
  private keys: KeyToken[] = [];
  private nextKey = 0;
  /** Where the next number and the next boundary start (Infinity when none follows). */
  private nextNum = Infinity;
  private nextBoundary = Infinity;

  constructor(private readonly kind: IssuerKind, private readonly year: number | null, private readonly claims: Claim[]) {}

  /** Start on a paragraph under its sub-heading. Clause state is clear already: the last paragraph's read ended with its clause. */
  private start(p: Paragraph, heading: string): void {
    this.p = p;
    this.text = p.text;
    this.firstApply = this.text.indexOf('申请');
    this.firstPublic = this.text.indexOf('信息公开');
    this.applyHeading = heading.includes('申请');
    this.courtHeading = COURT_WORD.test(heading);
    this.docTopic = null;
    this.court = null;
    if (this.queue.length) this.queue = [];
    this.clauseStart = 0;
    this.sentenceStart = 0;
    this.lastClaimNum = -1;
    this.nextKey = 0;
    this.clauseFirstKey = 0;
    this.nextNum = Infinity;
    this.nextBoundary = Infinity;
  }

  appCtx(pos: number): boolean {
    return (this.firstApply >= 0 && this.firstApply < pos) || this.applyHeading || this.p.section === 3;
  }

  courtCtx(pos: number): boolean {
    return this.appCtx(pos) || (this.firstPublic >= 0 && this.firstPublic < pos) || this.p.section === 4 || this.courtHeading;
  }

  /**
   * Numbers, key words and boundaries in text order: a linear merge of three sorted lists (a number
   * before a key word at the same place), read as they come, with no list of the merged events.
   */
  read(p: Paragraph, heading: string, { nums, keys, ends }: Tokens): void {
    this.start(p, heading);
    const text = this.text;
    this.keys = keys;
    let n = 0, e = 0;
    for (;;) {
      this.nextBoundary = e < ends.length ? ends[e++] : Infinity;
      for (;;) {
        const np = n < nums.length ? nums[n].start : Infinity, kp = this.nextKey < this.keys.length ? this.keys[this.nextKey].start : Infinity;
        if (Math.min(np, kp) >= this.nextBoundary) break;
        if (np <= kp) {
          n++;
          this.nextNum = n < nums.length ? nums[n].start : Infinity;
          this.figure(nums[n - 1]);
        } else this.key(this.keys[this.nextKey++]);
      }
      if (this.nextBoundary === Infinity) break;
      this.boundary(this.nextBoundary, endsSentence(text, this.nextBoundary));
    }
    this.closeClause(text.length);
  }

  private boundary(pos: number, sentence: boolean): void {
    this.closeClause(pos);
    if (sentence) { this.docTopic = null; this.court = null; if (this.queue.length) this.queue = []; this.sentenceStart = pos + 1; }
  }

  private key(tok: KeyToken): void {
    if (tok.kind === 'neg') return; // read when the clause closes
    if (tok.kind === 'foreign') { this.pending = this.pending.filter(k => !APP_KINDS.has(k.kind)); return; }
    if (tok.kind === 'docType') { this.docTopic = tok.text.includes('规章') ? 'A' : 'B'; this.clauseDocType = tok; }
    if (COURT_KINDS.has(tok.kind)) this.court = tok;
    if (INDICATOR_KINDS.has(tok.kind)) {
      this.pending.push(tok);
      if (this.pending.length > 12) this.pending = this.pending.slice(-8); // only the last 30 characters count
    }
  }

  /** A figure: the key words it may count, and the claims they make. */
  private figure(num: NumberToken): void {
    if (!CLAIM_UNITS.has(num.unit)) return;
    const text = this.text;
    this.lastClaimNum = num.start;
    if (num.approx) { this.pending = []; return; }
    const before = text.slice(Math.max(this.clauseStart, num.start - 5), num.start);
    let near = this.pending.filter(k => k.end >= num.start - 30);
    if (OTHER_TOPIC.test(text.slice(Math.max(this.sentenceStart, num.start - 60), num.start))) near = near.filter(k => !APP_KINDS.has(k.kind));
    const joined = joinedResults(text, near);
    if (joined.length > 1 && !EACH.test(before)) {
      if (this.appCtx(num.start)) this.push(combinedIndicator(joined.map(k => resultKey(k.text))), num, joined[0], false);
      this.pending = [];
      return;
    }
    const cands = this.candidates(num, before, near);
    const seen = cands.length > 1 ? new Set<string>() : null; // one indicator claimed once
    for (const tok of cands) {
      const ind = this.resolve(tok, num);
      if (ind && !seen?.has(ind.key)) { seen?.add(ind.key); this.push(ind, num, tok, cands.length === 1 && !this.queue.length); }
    }
    this.pending = [];
  }

  /** The key words a figure counts: queued by `分别`, all of them before `各`/`均`, else the nearest. */
  private candidates(num: NumberToken, before: string, near: KeyToken[]): KeyToken[] {
    const text = this.text;
    if (this.queue.length) return [this.queue.shift()!];
    if (RESPECTIVELY_BEFORE.test(before) && near.length > 1) { this.queue = near.slice(1); return [near[0]]; }
    if (EACH_BEFORE.test(before) && near.length > 1) return near;
    if (near.length) {
      // `收到并办理…8 件`, `受理并答复`: two joined verbs count the requests of the first.
      const last = near[near.length - 1], prev = near[near.length - 2];
      const joined = prev && APP_KINDS.has(prev.kind) && APP_KINDS.has(last.kind) && VERB_JOINER.test(text.slice(prev.end, last.start));
      return [joined ? prev : last];
    }
    // The key word may follow the figure: `另有 103 件顺延到下年度答复`, before the next number or boundary.
    for (let j = this.nextKey; j < this.keys.length; j++) {
      const key = this.keys[j];
      if (key.start > num.unitEnd + 12 || key.start >= this.nextNum || key.start >= this.nextBoundary) break;
      if (INDICATOR_KINDS.has(key.kind)) return [key];
    }
    return [];
  }

  /** `2023年收到申请20件` in the 2024 report: last year's figure. */
  private otherYear(lead: string): boolean {
    if (this.year === null) return false;
    const named = YEAR_NAMED.exec(lead);
    return named !== null && Number(named[1]) !== this.year;
  }

  private push(ind: Indicator | undefined, num: NumberToken, tok: KeyToken, alone: boolean): void {
    const text = this.text, clauseStart = this.clauseStart, sentenceStart = this.sentenceStart;
    const lead = text.slice(Math.max(clauseStart, num.start - 40), num.start);
    if (!ind || PARTIAL.test(lead) || (!CARRIED.has(tok.kind) && this.otherYear(lead))) return;
    // `…110件（含上年结转10件）`: the qualifier stands in the clause or in brackets right after the unit.
    const tail = BRACKET_AFTER.test(text.slice(num.unitEnd, num.unitEnd + 3)) ? text.slice(num.unitEnd, num.unitEnd + 20) : '';
    const around = text.slice(Math.max(clauseStart, tok.start - 10), num.unitEnd) + tail;
    this.claims.push({
      indicator: ind, value: num.value, negated: false, para: this.p, start: num.start, end: num.end,
      range: rangeIn(this.p, num.start, num.end), chinese: num.chinese, keyword: tok.text, keywordStart: tok.start, keywordEnd: tok.end,
      phraseEnd: num.unitEnd, unit: num.unit, includesCarried: INCLUDES_CARRIED.test(around),
      scope: subUnit(text, sentenceStart, num.start, this.kind),
      confident: alone && tok.end <= num.start && (num.start - tok.end <= 15 || GOVERNED.test(text.slice(tok.end, num.start))), sentenceStart,
    });
  }

  /** The indicator a key word makes a figure a claim of, in its context; undefined for none. */
  private resolve(tok: KeyToken, num: NumberToken): Indicator | undefined {
    const text = this.text, court = this.court;
    const pos = num.start;
    const gap = tok.end <= num.start ? text.slice(tok.end, num.start) : text.slice(num.unitEnd, tok.start);
    if (NOT_THE_FIGURE.test(gap) || NOT_THE_FIGURE.test(text.slice(Math.max(this.clauseStart, tok.start - 6), tok.start))) return undefined;
    // In a sentence about a reconsideration or a lawsuit, `受理` and `办结` count those cases.
    if ((tok.kind === 'received' || tok.kind === 'completed') && court && court.start < tok.start) return undefined;
    switch (tok.kind) {
      case 'received': {
        const window = text.slice(Math.max(this.clauseStart, tok.start - 15), Math.min(text.length, num.unitEnd + 12));
        return this.appCtx(pos) && ABOUT_REQUESTS.test(window) ? INDICATORS.received : undefined;
      }
      case 'carriedOut': {
        // `2023年结转至2024年办理` in the 2024 report: carried over into this year.
        const named = YEAR.exec(tok.text);
        const into = named && this.year !== null && Number(named[0]) <= this.year ? 'carriedIn' : 'carriedOut';
        return this.appCtx(pos) ? INDICATORS[into] : undefined;
      }
      case 'carriedIn': case 'completed':
        return this.appCtx(pos) ? INDICATORS[tok.kind] : undefined;
      case 'result': return this.appCtx(pos) ? INDICATORS[resultKey(tok.text)] : undefined;
      case 'reviewCorrected': return this.courtCtx(pos) ? INDICATORS['review.2'] : undefined;
      case 'review': case 'litigation': case 'litDirect': case 'litAfter':
        return this.courtCtx(pos) ? INDICATORS[tok.kind] : undefined;
      case 'courtResult': {
        if (!court || !this.courtCtx(pos)) return undefined;
        const group = court.kind === 'reviewCorrected' ? 'review' : court.kind;
        return INDICATORS[`${group}.${courtResultIndex(tok.text)}`];
      }
      case 'docVerb': {
        const col = docColumn(tok.text);
        if (col === 1) {
          // Issued: the document type must stand in the same clause (`制发行政规范性文件 1 件`).
          const type = this.clauseDocType;
          return type ? INDICATORS[`${type.text.includes('规章') ? 'A' : 'B'}1`] : undefined;
        }
        return this.docTopic ? INDICATORS[`${this.docTopic}${col}`] : undefined;
      }
      default: return undefined;
    }
  }

  private closeClause(endPos: number): void {
    let site: NegationSite | null = null;
    for (let i = this.clauseFirstKey; i < this.nextKey; i++) {
      if (this.keys[i].kind !== 'neg') continue;
      site ??= {
        p: this.p, clauseStart: this.clauseStart, clauseEnd: endPos, sentenceStart: this.sentenceStart,
        keys: this.keys, firstKey: this.clauseFirstKey, endKey: this.nextKey, lastNum: this.lastClaimNum, kind: this.kind, ctx: this,
      };
      negationClaims(site, i, this.claims);
    }
    this.clauseFirstKey = this.nextKey;
    this.clauseDocType = null;
    // A new array only when the old one holds something: most clauses have no key word (no array per comma).
    if (this.pending.length) this.pending = [];
    this.clauseStart = endPos + 1;
  }
}

/** The result categories at the end of `near` joined by `和`/`、` (`予以公开和部分公开`). */
function joinedResults(text: string, near: KeyToken[]): KeyToken[] {
  let i = near.length - 1;
  if (i < 0 || near[i].kind !== 'result') return [];
  while (i > 0 && near[i - 1].kind === 'result' && JOINER.test(text.slice(near[i - 1].end, near[i].start))) i--;
  return near.slice(i);
}

/** Where a negation stands: its clause, the key words in it, and the context of the paragraph. */
interface NegationSite {
  p: Paragraph; clauseStart: number; clauseEnd: number; sentenceStart: number; lastNum: number; kind: IssuerKind;
  /** The clause's key words: `keys[firstKey … endKey)`. */
  keys: KeyToken[]; firstKey: number; endKey: number;
  ctx: Contexts;
}

/** A negated case word that is a case count, not part of an outcome (`被复议机关撤销`, `行政复议被纠错`). */
function negatedCase(text: string, k: KeyToken, clauseEnd: number): boolean {
  // The case word's own phrase ends at the next item of a list (`被复议、被诉讼`).
  const own = text.slice(k.end, Math.min(clauseEnd, k.end + 16)).split(LIST_JOINER)[0];
  return COURT_KINDS.has(k.kind) && k.kind !== 'reviewCorrected' && !OUTCOME.test(own);
}

/** Claims of 0 made by a negation in one clause: `全年无因…引起的行政复议`, `行政复议、行政诉讼均未发生`. */
function negationClaims(site: NegationSite, negIndex: number, claims: Claim[]): void {
  const { p, clauseStart, clauseEnd, keys, firstKey, endKey, lastNum, ctx } = site;
  const text = p.text;
  const neg = keys[negIndex];
  if (lastNum > neg.start && lastNum < clauseEnd) return; // a figure follows: not a plain negation
  const bare = neg.text === '无' || neg.text === '没有';
  // Only the few characters before the negation matter (bounded, so long clauses stay linear).
  const prefix = text.slice(Math.max(clauseStart, neg.start - 8), neg.start).trim();
  const short = neg.start - clauseStart <= 8 && prefix.length <= 4 && !DIGIT.test(prefix);
  const make = (target: KeyToken, ind: Indicator, start: number, end: number) => claims.push({
    indicator: ind, value: 0, negated: true, para: p, start, end, range: rangeIn(p, start, end), chinese: false,
    keyword: target.text, keywordStart: target.start, keywordEnd: target.end, phraseEnd: end, unit: '', includesCarried: false,
    scope: subUnit(text, site.sentenceStart, start, site.kind), confident: true, sentenceStart: site.sentenceStart,
  });
  if (neg.text !== '为零' && (!bare || short || NEG_PREFIX.test(prefix))) {
    // Prefix form: the negation governs the key words after it.
    let found = false;
    for (let i = negIndex + 1; i < endKey && keys[i].start <= neg.end + 30; i++) {
      const k = keys[i];
      if (negatedCase(text, k, clauseEnd) && ctx.courtCtx(k.start)) {
        make(k, INDICATORS[k.kind], neg.start, k.end);
        found = true;
      }
    }
    // `未收到政府信息公开申请`, but not `未收到申请人的补正材料` nor `未收到涉及国家秘密的申请`.
    if (!found && RECEIVE_NEG.test(neg.text)) {
      const after = text.slice(neg.end, Math.min(clauseEnd, neg.end + 20));
      const at = after.indexOf('申请');
      if (at >= 0 && after[at + 2] !== '人' && RECEIVE_GAP.test(after.slice(0, at))) {
        const end = neg.end + at + 2;
        make({ kind: 'received', start: neg.end + at, end, text: '申请' }, INDICATORS.received, neg.start, end);
        found = true;
      }
    }
    // `全年无不予处理情形`: a result category said to be empty.
    const next = negIndex + 1 < endKey ? keys[negIndex + 1] : undefined;
    if (!found && next?.kind === 'result' && next.start - neg.end <= 4 && ctx.appCtx(next.start)
      && RESULT_TAIL.test(text.slice(next.end, clauseEnd))) {
      make(next, INDICATORS[resultKey(next.text)], neg.start, next.end);
      found = true;
    }
    if (found) return;
  }
  // Postfix form: key words, then `均未发生` / `为零` at the end of the clause.
  if (clauseEnd - neg.end > 3 || !POSTFIX_NEG.test(neg.text)) return;
  const targets: KeyToken[] = [];
  for (let i = negIndex - 1; i >= firstKey && keys[i].start > lastNum && neg.start - keys[i].end <= 30; i--) {
    if (negatedCase(text, keys[i], neg.start) && ctx.courtCtx(keys[i].start)) targets.unshift(keys[i]);
  }
  for (const k of targets) make(k, INDICATORS[k.kind], k.start, neg.end);
}
