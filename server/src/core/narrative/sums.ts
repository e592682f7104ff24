// Arithmetic inside the prose (spec N11): `累计发布…3337 条，其中：…1872 条、…1344 条…`. The parts
// listed after `其中` (same unit, same bracket level, up to the end of the sentence) cannot add up
// to more than the total. Linear: each `其中` scans its own sentence once.

import type { Paragraph } from './prose';
import { endsSentence, tokenize, type NumberToken, type Tokens } from './tokens';

export interface ProseSum { para: Paragraph; total: NumberToken; parts: NumberToken[]; sum: number }

// The marks the parts' scan stops or nests at, tested by char code (no pattern and no string per character).
const OPEN = 0x28, FULL_OPEN = 0xff08, CLOSE = 0x29, FULL_CLOSE = 0xff09, LING = 0x53e6 /* 另 */, QI = 0x5176 /* 其 */, CI = 0x6b64 /* 此 */;
/** What may stand between a total and its `其中`. */
const LEAD_IN = /^[\s，,：:（(]*$/;

/** The sums of the paragraphs; `tokens[i]`, when given, are the tokens of `paragraphs[i]` (shared with the claims). */
export function extractSums(paragraphs: Paragraph[], tokens?: Tokens[]): ProseSum[] {
  const out: ProseSum[] = [];
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi];
    if (p.heading || !p.text.includes('其中')) continue;
    const text = p.text;
    const nums = (tokens?.[pi] ?? tokenize(text)).nums;
    let after = 0; // first number starting after the current `其中` (positions only grow)
    for (let at = text.indexOf('其中'); at >= 0; at = text.indexOf('其中', at + 2)) {
      while (after < nums.length && nums[after].start <= at) after++;
      let b = after - 1;
      while (b >= 0 && nums[b].unitEnd > at) b--;
      const total = b >= 0 ? nums[b] : undefined;
      if (!total || total.approx || at - total.unitEnd > 3 || !LEAD_IN.test(text.slice(total.unitEnd, at))) continue;
      const parts: NumberToken[] = [];
      let depth = 0, k = after < nums.length ? after : -1;
      let approx = false;
      for (let i = at + 2; i < text.length && k >= 0 && k < nums.length; i++) {
        const c = text.charCodeAt(i);
        if (c === FULL_OPEN || c === OPEN) depth++;
        else if (c === FULL_CLOSE || c === CLOSE) { if (--depth < 0) break; }
        else if (depth <= 0 && (endsSentence(text, i) || c === LING || (c === QI && text.startsWith('其中', i)) || (c === CI && text.startsWith('此外', i)))) break;
        if (nums[k].start === i) {
          if (depth === 0 && nums[k].unit === total.unit) { parts.push(nums[k]); approx ||= nums[k].approx; }
          k++;
        }
      }
      if (approx || parts.length < 2) continue;
      const sum = Math.round(parts.reduce((s, n) => s + n.value, 0) * 100) / 100;
      out.push({ para: p, total, parts, sum });
    }
  }
  return out;
}
