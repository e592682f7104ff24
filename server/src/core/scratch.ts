// A list filled item by item and copied out at its exact size, its room kept from one fill to the
// next. A list grown by `push` from empty gets room for 16 items at its first push and more at
// each growth after, and most lists here (a line's cells, a paragraph's tokens) use a few of them.

export class Scratch<T> {
  private readonly items: (T | undefined)[] = [];
  length = 0;

  add(item: T): void {
    if (this.length < this.items.length) this.items[this.length] = item; else this.items.push(item);
    this.length++;
  }

  at(i: number): T { return this.items[i]!; }

  /** Items `[from, to)` as a new array of that size. */
  slice(from = 0, to = this.length): T[] { return this.items.slice(from, to) as T[]; }

  /** Empties it, keeping its room and none of its items (nothing stays alive through it). */
  clear(): void {
    for (let i = 0; i < this.length; i++) this.items[i] = undefined;
    this.length = 0;
  }
}
