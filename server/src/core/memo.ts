// A bounded cache for a pure function of a label: labels repeat within one analysis and from one
// keystroke's analysis to the next. Long strings (prose) are computed, not kept.

export function memoised<T>(fn: (s: string) => T, limit = 20000): (s: string) => T {
  const memo = new Map<string, T>();
  return s => {
    const hit = memo.get(s);
    if (hit !== undefined || memo.has(s)) return hit as T;
    const v = fn(s);
    if (s.length <= 200) {
      if (memo.size >= limit) memo.clear();
      memo.set(s, v);
    }
    return v;
  };
}
