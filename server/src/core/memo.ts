// A bounded cache for a pure function of a label: labels repeat within one analysis and from one
// keystroke's analysis to the next. Long strings (prose) are computed, not kept.

/** A copy of `s` that does not keep alive the text it was cut from (V8 keeps a slice's whole parent:
 * a label cut from a report would hold the report for as long as the cache holds the label). */
const detached = (s: string): string => (' ' + s).slice(1);

export function memoised<T>(fn: (s: string) => T, limit = 20000): (s: string) => T {
  const memo = new Map<string, T>();
  return s => {
    const hit = memo.get(s);
    if (hit !== undefined || memo.has(s)) return hit as T;
    const v = fn(s);
    if (s.length <= 200) {
      if (memo.size >= limit) memo.clear();
      memo.set(detached(s), typeof v === 'string' ? detached(v) as T : v);
    }
    return v;
  };
}
