/**
 * A Map from row numbers (integers ≥ 0) to values, held in an array indexed by row: one slot per row up to the
 * last one set, no hash table and no entry object per row (a 40,000-row table's outcomes are read in row order
 * by every rule). Reads and writes as a Map<number, V>; it iterates in row order, not in the order rows were set.
 * A key that is not a row number (negative, fractional) is kept in a Map beside the array.
 */
export class RowMap<V> implements Map<number, V> {
  // row 0 (never a sheet's row) held from the start: the slots hold objects from their first element, so that no push
  // changes their kind (a change of kind deoptimises the code that pushes); made at their size by fill (holey arrays,
  // every RowMap's of one kind, sized or not), so that a map sized for its rows grows none
  private slots: (V | undefined)[];
  /**
   * 1 where a row is set: bytes outside the heap (a 40,000-row table's would be a large object of 320 KB on fresh pages,
   * 40 KB here), at least as long as `slots`
   */
  private present: Uint8Array;
  private others: Map<number, V> | null = null;
  private count = 0;

  /** `rows`: the last row it will hold, where known (its arrays made at their size: no copy left behind each growth) */
  constructor(rows = 0) {
    const n = rows >= 0 && rows <= 1 << 24 ? Math.floor(rows) + 1 : 1;
    this.slots = new Array<V | undefined>(n).fill(undefined);
    this.present = new Uint8Array(n);
  }

  get size(): number {
    return this.count + (this.others?.size ?? 0);
  }

  get [Symbol.toStringTag](): string {
    return "RowMap";
  }

  private static isRow(k: number): boolean {
    return Number.isInteger(k) && k >= 0 && k <= 1 << 24;
  }

  get(k: number): V | undefined {
    if (k >= 0 && k < this.slots.length && (k | 0) === k) return this.slots[k];
    return this.others?.get(k);
  }

  has(k: number): boolean {
    if (k >= 0 && k < this.present.length && (k | 0) === k) return this.present[k] === 1;
    return this.others?.has(k) ?? false;
  }

  set(k: number, v: V): this {
    if (!RowMap.isRow(k)) {
      (this.others ??= new Map()).set(k, v);
      return this;
    }
    while (this.slots.length <= k) this.slots.push(undefined);
    if (k >= this.present.length) {
      const grown = new Uint8Array(Math.max(k + 1, this.present.length * 2));
      grown.set(this.present);
      this.present = grown;
    }
    if (this.present[k] === 0) {
      this.present[k] = 1;
      this.count++;
    }
    this.slots[k] = v;
    return this;
  }

  delete(k: number): boolean {
    if (RowMap.isRow(k)) {
      if (k >= this.present.length || this.present[k] === 0) return false;
      this.present[k] = 0;
      this.slots[k] = undefined;
      this.count--;
      return true;
    }
    return this.others?.delete(k) ?? false;
  }

  clear(): void {
    this.slots = new Array<V | undefined>(1).fill(undefined);
    this.present = new Uint8Array(1);
    this.others = null;
    this.count = 0;
  }

  *entries(): MapIterator<[number, V]> {
    for (let k = 0; k < this.present.length; k++) if (this.present[k] === 1) yield [k, this.slots[k] as V];
    if (this.others) yield* this.others.entries();
  }

  *keys(): MapIterator<number> {
    for (const [k] of this.entries()) yield k;
  }

  *values(): MapIterator<V> {
    for (const [, v] of this.entries()) yield v;
  }

  [Symbol.iterator](): MapIterator<[number, V]> {
    return this.entries();
  }

  forEach(fn: (value: V, key: number, map: Map<number, V>) => void, thisArg?: unknown): void {
    for (const [k, v] of this.entries()) fn.call(thisArg, v, k, this);
  }
}
