/**
 * map() and filter() whose result has one shape whatever runs them. Array.prototype.map and filter return a packed
 * array from the builtin and a holey one where the optimising compiler inlined them, so an array kept in the model
 * (a relation's parts) has one hidden class or the other by how warm its maker was; code reading it that met only
 * one of them drops its optimised code when it meets the other, and a large sheet, reviewed a few times only, pays
 * for the compilations again in every review. Pushed into an array literal, the result is packed in every tier.
 */
export function mapPacked<T, U>(xs: readonly T[], f: (x: T) => U): U[] {
  // (a large list through a PackedList: allocated once at its size)
  if (xs.length > CHUNK) {
    const big = new PackedList<U>();
    for (let i = 0; i < xs.length; i++) big.push(f(xs[i]));
    return big.list();
  }
  const out: U[] = [];
  for (let i = 0; i < xs.length; i++) out.push(f(xs[i]));
  return out;
}

export function filterPacked<T>(xs: readonly T[], keep: (x: T) => unknown): T[] {
  if (xs.length > CHUNK) {
    const big = new PackedList<T>();
    for (let i = 0; i < xs.length; i++) if (keep(xs[i])) big.push(xs[i]);
    return big.list();
  }
  const out: T[] = [];
  for (let i = 0; i < xs.length; i++) if (keep(xs[i])) out.push(xs[i]);
  return out;
}

/** Elements per chunk of a PackedList: a chunk of object slots stays below V8's large-object size (128 KB). */
const CHUNK = 8192;

/**
 * A list built by push, read once when complete (list()): held in chunks of CHUNK elements and joined at the end by one
 * concat, so that a list of a row of a 40,000-row table is allocated once at its size. Grown by push from empty, an
 * array past CHUNK elements is a large object at every growth step (about 1.5 times the last), each on pages fresh from
 * the system. A list of at most CHUNK elements is the array it was pushed into. Packed in every tier, as mapPacked's.
 */
export class PackedList<T> {
  private full: T[][] | null = null;
  private last: T[] = [];

  push(x: T): void {
    if (this.last.length === CHUNK) {
      (this.full ??= []).push(this.last);
      this.last = [];
    }
    this.last.push(x);
  }

  /** The elements pushed, in order (call once: the list is then no longer pushed into). */
  list(): T[] {
    const full = this.full;
    if (full === null) return this.last;
    full.push(this.last);
    this.full = null;
    return Array.prototype.concat.apply([], full) as T[];
  }
}
