// Numbers in prose: Arabic (`1,234`, full width already folded) and Chinese numerals (`十二`,
// `两`, `一百零五`, `二〇二四`). Pure and linear.

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
/** The same by char code: a numeral is read without a string per character. */
const DIGIT_OF = codeMap(DIGITS);
const UNIT_OF = codeMap(UNITS);
const TEN = 0x5341 /* 十 */, WAN = 0x4e07 /* 万 */;
// Patterns are constants: a literal in a function is a new object each call.
const NUMERAL_UNIT = /[十百千万]/;
const THOUSANDS = /[,，]/g;
const ARABIC = /^\d+(\.\d+)?$/;

function codeMap(values: Record<string, number>): ReadonlyMap<number, number> {
  return new Map(Object.entries(values).map(([ch, v]) => [ch.charCodeAt(0), v]));
}

/** Characters a Chinese numeral is made of. */
export const CHINESE_NUMERAL = '零〇一二两三四五六七八九十百千万';

/** Value of a Chinese numeral (`十二`, `一百零五`, `两万三千`), or null when the characters do not form one. */
export function parseChinese(s: string): number | null {
  if (!s) return null;
  if (s.length === 1) return DIGITS[s] ?? (s === '十' ? 10 : null);
  let total = 0, section = 0;
  let digit: number | null = null;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const d = DIGIT_OF.get(c);
    const unit = UNIT_OF.get(c);
    if (d !== undefined) {
      if (digit !== null && digit !== 0 && d !== 0) return null; // `三四`
      digit = d;
    } else if (unit) {
      const m = digit ?? (c === TEN ? 1 : null);
      if (m === null) return null;
      section += m * unit;
      digit = null;
    } else if (c === WAN) {
      section += digit ?? 0;
      if (section === 0) return null;
      total += section * 10000;
      section = 0;
      digit = null;
    } else return null;
  }
  if (!NUMERAL_UNIT.test(s)) return null; // `一二` is no numeral
  return total + section + (digit ?? 0);
}

/** Value of an Arabic number with optional thousands separators; null above 2^53 (never rounded). */
export function parseArabic(s: string): number | null {
  const plain = s.replace(THOUSANDS, '');
  if (!ARABIC.test(plain)) return null;
  const value = Number(plain);
  return Number.isSafeInteger(Math.trunc(value)) ? value : null;
}

const CN = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** A non-negative integer below 100 000 000 written in Chinese numerals (`12` → `十二`). */
export function toChinese(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1e8) return String(n);
  if (n === 0) return '零';
  const below10k = (v: number, leading: boolean): string => {
    let out = '';
    let zero = false;
    const parts: [number, string][] = [[1000, '千'], [100, '百'], [10, '十'], [1, '']];
    for (const [p, u] of parts) {
      const d = Math.floor(v / p) % 10;
      if (d === 0) { if (out) zero = true; continue; }
      if (zero) { out += '零'; zero = false; }
      out += (p === 10 && d === 1 && !out && leading) ? u : CN[d] + u;
    }
    return out;
  };
  const high = Math.floor(n / 10000), low = n % 10000;
  if (!high) return below10k(low, true);
  return below10k(high, true) + '万' + (low ? (low < 1000 ? '零' : '') + below10k(low, false) : '');
}
